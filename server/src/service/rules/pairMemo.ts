import type { TabularNote } from '../codes/codeSet';

/**
 * Remembered answers of "does this carrier's note name the code with id N?": two bit sets (asked,
 * named) indexed by code id, and the note for the rare hits. A pair costs two array reads, which is
 * what keeps the pairwise rules cheap on a batch of hundreds of thousands of code pairs.
 *
 * The memo also knows below which id every pair has been asked, and the ids it found named. Ids are
 * given out in the order codes are first met, so once the carrier has been asked about every code met
 * so far, a claim whose codes all lie below that bound is answered from the short list of named ids,
 * one look-up per carrier instead of one per pair.
 */
export class PairMemo {
  #asked = new Uint32Array(8);
  #named = new Uint32Array(8);
  readonly #notes = new Map<number, TabularNote>();
  /** Every id below this one has been asked about. */
  #completeBelow = 0;
  /** The ids asked about that a note names, in the order they were asked. */
  readonly #namedIds: number[] = [];

  /** The lowest id not asked about yet: every pair with a lower id is remembered. */
  get completeBelow(): number {
    return this.#completeBelow;
  }

  /** Whether every id up to and including `id` has been asked about. */
  covers(id: number): boolean {
    return id < this.#completeBelow;
  }

  /** The ids asked about whose answer is a note; with {@link covers}, every named id up to that bound. */
  get namedIds(): readonly number[] {
    return this.#namedIds;
  }

  /** The remembered note, null for "names nothing", undefined when not asked yet. */
  get(id: number): TabularNote | null | undefined {
    const word = id >>> 5;
    if (word >= this.#asked.length) return undefined;
    const bit = 1 << (id & 31);
    if (((this.#asked[word] ?? 0) & bit) === 0) return undefined;
    return ((this.#named[word] ?? 0) & bit) === 0 ? null : this.#notes.get(id) ?? null;
  }

  /** Whether the pair was asked about and a note names the code: one array read, for a carrier whose named ids are not empty. */
  names(id: number): boolean {
    const word = id >>> 5;
    if (word >= this.#named.length) return false;
    return ((this.#named[word] ?? 0) & (1 << (id & 31))) !== 0;
  }

  /** Whether the pair was asked about and names nothing: the answer for almost every pair of a batch, in two array reads. */
  namesNothing(id: number): boolean {
    const word = id >>> 5;
    if (word >= this.#asked.length) return false;
    return (((this.#asked[word] ?? 0) & ~(this.#named[word] ?? 0)) & (1 << (id & 31))) !== 0;
  }

  set(id: number, note: TabularNote | null): void {
    const word = id >>> 5;
    if (word >= this.#asked.length) {
      const size = Math.max(word + 1, this.#asked.length * 2);
      const asked = new Uint32Array(size);
      const named = new Uint32Array(size);
      asked.set(this.#asked);
      named.set(this.#named);
      this.#asked = asked;
      this.#named = named;
    }
    const bit = 1 << (id & 31);
    if (note !== null && ((this.#named[word] ?? 0) & bit) === 0) this.#namedIds.push(id);
    this.#asked[word] = (this.#asked[word] ?? 0) | bit;
    if (note !== null) {
      this.#named[word] = (this.#named[word] ?? 0) | bit;
      this.#notes.set(id, note);
    }
    if (id === this.#completeBelow) this.#advance();
  }

  /** Moves the complete bound past every id asked about in a row from it. */
  #advance(): void {
    let next = this.#completeBelow;
    while ((next >>> 5) < this.#asked.length && ((this.#asked[next >>> 5] ?? 0) & (1 << (next & 31))) !== 0) next++;
    this.#completeBelow = next;
  }
}
