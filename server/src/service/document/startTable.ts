/** Lines per block, as a shift: a block's starts are kept as distances from its first start. */
const BLOCK_SHIFT = 6;
const BLOCK_MASK = (1 << BLOCK_SHIFT) - 1;
/** The largest distance a 16-bit entry holds. */
const MAX_DISTANCE = 0xffff;

/**
 * The line starts of one text, never changed once built. While every block of 64 lines spans fewer
 * than 65,536 characters (any text of ordinary lines) a start is kept as a 16-bit distance from the
 * first start of its block, two bytes a line instead of four; otherwise as a 32-bit offset (a text of
 * such long lines has few of them).
 */
export class StartTable {
  readonly count: number;
  readonly #blockStarts: Int32Array;
  readonly #distances: Uint16Array;
  readonly #offsets: Int32Array | undefined;

  constructor(count: number, blockStarts: Int32Array, distances: Uint16Array, offsets: Int32Array | undefined) {
    this.count = count;
    this.#blockStarts = blockStarts;
    this.#distances = distances;
    this.#offsets = offsets;
  }

  /** Where line `line` starts; 0 past the end. */
  at(line: number): number {
    if (this.#offsets !== undefined) return this.#offsets[line] ?? 0;
    return line < this.count ? (this.#blockStarts[line >>> BLOCK_SHIFT] ?? 0) + (this.#distances[line] ?? 0) : 0;
  }
}

/** Builds a {@link StartTable} of a known number of lines from their starts, given in order. */
export class StartTableBuilder {
  readonly #count: number;
  #blockStarts: Int32Array;
  #distances: Uint16Array;
  /** Set once a block spans too far for 16-bit distances: every start is written here from then on. */
  #offsets: Int32Array | undefined;
  #next = 0;

  constructor(count: number) {
    this.#count = count;
    this.#blockStarts = new Int32Array((count + BLOCK_MASK) >>> BLOCK_SHIFT);
    this.#distances = new Uint16Array(count);
  }

  push(start: number): void {
    const line = this.#next++;
    if (this.#offsets !== undefined) {
      this.#offsets[line] = start;
      return;
    }
    if ((line & BLOCK_MASK) === 0) this.#blockStarts[line >>> BLOCK_SHIFT] = start;
    const distance = start - (this.#blockStarts[line >>> BLOCK_SHIFT] ?? 0);
    if (distance >= 0 && distance <= MAX_DISTANCE) {
      this.#distances[line] = distance;
      return;
    }
    this.#widen(line)[line] = start;
  }

  build(): StartTable {
    if (this.#next !== this.#count) throw new Error('A line-start table was built with a wrong number of lines.');
    return new StartTable(this.#count, this.#blockStarts, this.#distances, this.#offsets);
  }

  /** Switches to 32-bit offsets, writing the `written` starts pushed so far into them. */
  #widen(written: number): Int32Array {
    const offsets = new Int32Array(this.#count);
    for (let line = 0; line < written; line++) offsets[line] = (this.#blockStarts[line >>> BLOCK_SHIFT] ?? 0) + (this.#distances[line] ?? 0);
    this.#offsets = offsets;
    this.#blockStarts = new Int32Array(0);
    this.#distances = new Uint16Array(0);
    return offsets;
  }
}
