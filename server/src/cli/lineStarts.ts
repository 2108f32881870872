/**
 * The offsets where the lines of a piece of text start, in ascending order, as they are found. A
 * typed array that doubles when full: a batch with one segment a line has a line every few dozen
 * characters, and appending to an array of numbers cost more than finding the line breaks.
 */
export class LineStarts {
  #values: Int32Array;
  #count = 0;

  /** @param capacity The starts expected (the reader passes the count of the piece before), so the array seldom grows. */
  constructor(capacity = 16) {
    this.#values = new Int32Array(Math.max(16, capacity));
  }

  get count(): number {
    return this.#count;
  }

  /** The offsets found so far; only the first {@link count} are valid. */
  get values(): Int32Array {
    return this.#values;
  }

  push(offset: number): void {
    if (this.#count === this.#values.length) this.#grow();
    this.#values[this.#count++] = offset;
  }

  /** Kept out of {@link push}: a growth the optimiser has not seen in the hot loop would throw its code away. */
  #grow(): void {
    const grown = new Int32Array(this.#values.length * 2);
    grown.set(this.#values);
    this.#values = grown;
  }

  /** The `index`th line start, or undefined past the last. */
  at(index: number): number | undefined {
    return index >= 0 && index < this.#count ? this.#values[index] : undefined;
  }
}
