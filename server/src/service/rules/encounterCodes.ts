import type { CodeRangeRef } from '../codes/codeSet';

/**
 * The distinct codes of one encounter, ranked by first appearance and sorted by code, so that the
 * codes a tabular note reference names are found by binary search instead of by comparing each code
 * with every other one. A reference (`C81-C86`, `C83.3-`, `Z08`) covers the codes whose prefix of the
 * bound's length lies between its bounds; in code order those codes form one contiguous run, because
 * taking a prefix of fixed length never reverses the order of two strings. Built per encounter and
 * dropped with it: nothing here outlives the check that made it.
 */
export class EncounterCodes {
  /** The distinct codes in order of first appearance; a code's position here is its rank. */
  readonly distinct: readonly string[];
  /** Per rank, the position of the code's first appearance in the list the index was made from. */
  readonly firstIndex: readonly number[];
  /** Ranks ordered by their code. */
  readonly #sortedRanks: Int32Array;

  private constructor(distinct: string[], firstIndex: number[]) {
    this.distinct = distinct;
    this.firstIndex = firstIndex;
    const ranks = Array.from({ length: distinct.length }, (_, rank) => rank);
    ranks.sort((a, b) => compare(distinct[a] as string, distinct[b] as string));
    this.#sortedRanks = Int32Array.from(ranks);
  }

  /** The index of the first `count` codes of `codes` (all of them when `count` is absent). */
  static of(codes: ArrayLike<string>, count: number = codes.length): EncounterCodes {
    const seen = new Set<string>();
    const distinct: string[] = [];
    const firstIndex: number[] = [];
    for (let index = 0; index < count; index++) {
      const code = codes[index] as string;
      if (seen.has(code)) continue;
      seen.add(code);
      distinct.push(code);
      firstIndex.push(index);
    }
    return new EncounterCodes(distinct, firstIndex);
  }

  /** How many distinct codes there are (also the number of sorted positions). */
  get size(): number {
    return this.distinct.length;
  }

  /** The rank of the code at a sorted position. */
  rankAt(sortedPosition: number): number {
    return this.#sortedRanks[sortedPosition] ?? -1;
  }

  /** The sorted positions `[from, to)` of the codes that `ref` covers. */
  covered(ref: CodeRangeRef): readonly [number, number] {
    const from = this.#firstWhere((code) => compare(code.slice(0, ref.first.length), ref.first) >= 0);
    const to = this.#firstWhere((code) => compare(code.slice(0, ref.last.length), ref.last) > 0);
    return [from, Math.max(from, to)];
  }

  /** The first sorted position whose code passes `test`, which must be false and then true along the order. */
  #firstWhere(test: (code: string) => boolean): number {
    let low = 0;
    let high = this.#sortedRanks.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (test(this.distinct[this.#sortedRanks[middle] as number] as string)) high = middle;
      else low = middle + 1;
    }
    return low;
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** No rank: larger than every real one. */
const NONE = 0x7fffffff;

/**
 * For each rank, the smallest rank after it among the codes its references name (`refsOf(rank)`), or
 * -1 when none of them is named or the code has no references. The ranks are visited from last to first
 * and each code is entered into a range-minimum tree over the sorted positions only after its own
 * question was answered, so a question sees exactly the codes that appear later: n log n in all.
 */
export function earliestLaterNamed(codes: EncounterCodes, refsOf: (rank: number) => readonly CodeRangeRef[] | undefined): Int32Array {
  const answers = new Int32Array(codes.size).fill(-1);
  const tree = new MinimumTree(codes.size);
  const positionOf = new Int32Array(codes.size);
  for (let position = 0; position < codes.size; position++) positionOf[codes.rankAt(position)] = position;
  for (let rank = codes.size - 1; rank >= 0; rank--) {
    const refs = refsOf(rank);
    if (refs !== undefined) {
      let best = NONE;
      for (const ref of refs) {
        const [from, to] = codes.covered(ref);
        best = Math.min(best, tree.minimum(from, to));
      }
      if (best !== NONE) answers[rank] = best;
    }
    tree.set(positionOf[rank] as number, rank);
  }
  return answers;
}

/** A bottom-up segment tree answering "the smallest value in positions [from, to)". */
class MinimumTree {
  readonly #size: number;
  readonly #values: Int32Array;

  constructor(size: number) {
    this.#size = Math.max(1, size);
    this.#values = new Int32Array(2 * this.#size).fill(NONE);
  }

  set(position: number, value: number): void {
    let node = position + this.#size;
    this.#values[node] = value;
    for (node >>= 1; node >= 1; node >>= 1) {
      this.#values[node] = Math.min(this.#values[2 * node] as number, this.#values[2 * node + 1] as number);
    }
  }

  minimum(from: number, to: number): number {
    let best = NONE;
    let low = from + this.#size;
    let high = to + this.#size;
    while (low < high) {
      if ((low & 1) === 1) best = Math.min(best, this.#values[low++] as number);
      if ((high & 1) === 1) best = Math.min(best, this.#values[--high] as number);
      low >>= 1;
      high >>= 1;
    }
    return best;
  }
}
