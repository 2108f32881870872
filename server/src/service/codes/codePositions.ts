/**
 * The position of each code in the code index's list, for every lookup by code (status, title, notes).
 * An open-addressing hash table in one typed array: the index lists every code of every loaded
 * release, and filling a `Map` with them was the largest part of loading the code sets, which every run
 * of the command line and every server start pays; this table fills in one pass with no per-code entry.
 */
export class CodePositions {
  readonly #codes: readonly string[];
  /** Position + 1 of the code in each slot; 0 marks a free slot. */
  readonly #slots: Int32Array;
  readonly #mask: number;

  constructor(codes: readonly string[]) {
    this.#codes = codes;
    // At most three slots in eight taken, so a probe seldom passes more than one other code.
    let size = 16;
    while (size < codes.length * 8 / 3) size *= 2;
    this.#slots = new Int32Array(size);
    this.#mask = size - 1;
    // A code listed twice keeps its last position, as setting it in a map would.
    for (let position = 0; position < codes.length; position++) this.#slots[this.#slotOf(codes[position] as string)] = position + 1;
  }

  /** The code's position in the list, or undefined when the list does not hold it. */
  get(code: string): number | undefined {
    const taken = this.#slots[this.#slotOf(code)] ?? 0;
    return taken === 0 ? undefined : taken - 1;
  }

  has(code: string): boolean {
    return this.get(code) !== undefined;
  }

  /** The slot that holds the code, or the free slot where it would go. */
  #slotOf(code: string): number {
    let hash = 2166136261;
    for (let i = 0; i < code.length; i++) hash = Math.imul(hash ^ code.charCodeAt(i), 16777619);
    for (let slot = (hash >>> 0) & this.#mask; ; slot = (slot + 1) & this.#mask) {
      const taken = this.#slots[slot] ?? 0;
      if (taken === 0 || this.#codes[taken - 1] === code) return slot;
    }
  }
}
