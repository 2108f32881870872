import { lastAtOrBefore, lastAtOrBeforeBy } from '../sortedSearch';

/**
 * The segment table: segment starts, ends and packed ids in growable typed arrays. Scanning a
 * tens-of-megabytes 837 fills these arrays without creating a string or object per segment.
 */

/** Packs a segment id of up to three characters into one integer (`CLM` → 0x434c4d). */
export function packSegmentId(id: string): number {
  let packed = 0;
  for (let i = 0; i < 3; i++) packed = (packed << 8) | (i < id.length ? id.charCodeAt(i) : 0);
  return packed;
}

/** Packed ids of the segments the parser looks at. */
export const SegmentId = {
  ISA: packSegmentId('ISA'),
  IEA: packSegmentId('IEA'),
  GS: packSegmentId('GS'),
  GE: packSegmentId('GE'),
  ST: packSegmentId('ST'),
  SE: packSegmentId('SE'),
  HL: packSegmentId('HL'),
  CLM: packSegmentId('CLM'),
  HI: packSegmentId('HI'),
  SV1: packSegmentId('SV1'),
  SV2: packSegmentId('SV2'),
  CL1: packSegmentId('CL1'),
  DTP: packSegmentId('DTP'),
  LX: packSegmentId('LX'),
} as const;

/** A packed id for ids that are not one to three letters or digits. */
export const UNKNOWN_SEGMENT_ID = -1;

function isIdCharacter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}

/**
 * Reads the packed id of the segment in `[start, end)`: the characters before the first element
 * separator, which must be one to three upper-case letters or digits.
 */
export function readPackedId(text: string, start: number, end: number, elementCode: number): number {
  // Nearly every segment has a two- or three-character id followed by an element: read those four
  // characters straight, without the loop (this runs once per segment of a batch).
  if (end - start >= 4) {
    const first = text.charCodeAt(start);
    const second = text.charCodeAt(start + 1);
    const third = text.charCodeAt(start + 2);
    if (first !== elementCode && second !== elementCode && isIdCharacter(first) && isIdCharacter(second)) {
      if (third === elementCode) return (first << 16) | (second << 8);
      if (isIdCharacter(third) && text.charCodeAt(start + 3) === elementCode) return (first << 16) | (second << 8) | third;
    }
  }
  let packed = 0;
  let length = 0;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === elementCode) break;
    if (length === 3 || !isIdCharacter(code)) return UNKNOWN_SEGMENT_ID;
    packed = (packed << 8) | code;
    length++;
  }
  if (length < 2) return UNKNOWN_SEGMENT_ID;
  return length === 2 ? packed << 8 : packed;
}

/**
 * How many segments share one entry of a derived table's block offsets. An edit copies the block it
 * falls in and the per-block offsets, so it costs about `count / BLOCK_SIZE + BLOCK_SIZE` steps, whatever
 * the size of the file and wherever the edit is; this size keeps both terms small for files of
 * millions of segments.
 */
const BLOCK_BITS = 10;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;

/**
 * The offsets of a table derived by edits: the segments in blocks of {@link BLOCK_SIZE}, each block an
 * array of offsets plus one amount added to every offset of the block. Blocks an edit did not touch
 * are shared with the parent table (they start as views of the scanned arrays), so every table stays
 * valid and immutable, and none is ever moved or rewritten when another is read.
 */
interface BlockOffsets {
  readonly starts: readonly Int32Array[];
  readonly ends: readonly Int32Array[];
  readonly added: Int32Array;
}

/**
 * Parallel arrays of segment start offset, content end offset (the terminator's offset) and packed id.
 *
 * An edit that stays inside one segment moves the offsets of every later segment. Shifting arrays of
 * a million entries per keystroke would cost more than the rest of the edit, so a table made by
 * {@link shifted} keeps its offsets in blocks ({@link BlockOffsets}): the edit copies one block and
 * the per-block amounts, and a read adds the block's amount. A scanned table reads its flat arrays.
 * Readers ask for one offset at a time ({@link startOf}, {@link endOf}).
 */
export class SegmentTable {
  /** Packed ids; never changed after the scan, so derived tables share them. */
  ids: Int32Array;
  count = 0;
  #starts: Int32Array;
  #ends: Int32Array;
  /** Set on tables derived by edits; a scanned table reads {@link #starts} and {@link #ends}. */
  #blocks: BlockOffsets | undefined;
  /** Whether tables were derived from this one: they read its arrays, so it must not change any more. */
  #derivedFrom = false;

  /** `expectedCount` sizes the arrays up front (callers estimate from the text length) to avoid regrowth. */
  constructor(expectedCount = 1024) {
    const size = Math.max(16, expectedCount);
    this.#starts = new Int32Array(size);
    this.#ends = new Int32Array(size);
    this.ids = new Int32Array(size);
  }

  /** The start offset of segment `index` (below {@link count}). */
  startOf(index: number): number {
    const blocks = this.#blocks;
    if (blocks === undefined) return this.#starts[index] ?? 0;
    const block = index >> BLOCK_BITS;
    return ((blocks.starts[block] as Int32Array)[index & BLOCK_MASK] ?? 0) + (blocks.added[block] ?? 0);
  }

  /** The content end offset of segment `index` (exclusive; the terminator's offset when there is one). */
  endOf(index: number): number {
    const blocks = this.#blocks;
    if (blocks === undefined) return this.#ends[index] ?? 0;
    const block = index >> BLOCK_BITS;
    return ((blocks.ends[block] as Int32Array)[index & BLOCK_MASK] ?? 0) + (blocks.added[block] ?? 0);
  }

  /** Appends one segment; `end` is exclusive and points at the terminator when there is one. Only while scanning. */
  push(start: number, end: number, id: number): void {
    if (this.#derivedFrom || this.#blocks !== undefined) throw new Error('A segment table that others were derived from cannot grow.');
    if (this.count === this.#starts.length) this.grow();
    this.#starts[this.count] = start;
    this.#ends[this.count] = end;
    this.ids[this.count] = id;
    this.count++;
  }

  /** Forgets the segments from index `count` on; only while scanning, like {@link push}. */
  truncate(count: number): void {
    if (this.#derivedFrom || this.#blocks !== undefined) throw new Error('A segment table that others were derived from cannot shrink.');
    this.count = Math.min(this.count, Math.max(0, count));
  }

  /** The index of the last segment starting at or before `offset`, or -1. */
  lastStartingAtOrBefore(offset: number): number {
    if (this.#blocks === undefined) return lastAtOrBefore(this.#starts, this.count, offset);
    return lastAtOrBeforeBy((index) => this.startOf(index), this.count, offset);
  }

  /**
   * The table after an edit that changed the length of segment `segment` by `delta` without moving
   * any segment boundary: that segment's end and every later segment move by `delta`. This table
   * stays valid and unchanged.
   */
  shifted(segment: number, delta: number): SegmentTable {
    if (delta === 0) return this;
    this.#derivedFrom = true;
    const parent = this.#blocks ?? this.#asBlocks();
    const block = segment >> BLOCK_BITS;
    const starts = parent.starts.slice();
    const ends = parent.ends.slice();
    const added = parent.added.slice();
    // Inside the edited block the later segments move by hand; the blocks after it move as a whole.
    const ownStarts = (starts[block] as Int32Array).slice();
    const ownEnds = (ends[block] as Int32Array).slice();
    const within = segment & BLOCK_MASK;
    ownEnds[within] = (ownEnds[within] ?? 0) + delta;
    for (let i = within + 1; i < ownStarts.length; i++) {
      ownStarts[i] = (ownStarts[i] ?? 0) + delta;
      ownEnds[i] = (ownEnds[i] ?? 0) + delta;
    }
    starts[block] = ownStarts;
    ends[block] = ownEnds;
    for (let later = block + 1; later < added.length; later++) added[later] = (added[later] ?? 0) + delta;
    const child = new SegmentTable(0);
    child.ids = this.ids;
    child.count = this.count;
    child.#blocks = { starts, ends, added };
    return child;
  }

  /** This scanned table's offsets as blocks that view its arrays (nothing is copied). */
  #asBlocks(): BlockOffsets {
    const blockCount = Math.max(1, Math.ceil(this.count / BLOCK_SIZE));
    const starts: Int32Array[] = [];
    const ends: Int32Array[] = [];
    for (let block = 0; block < blockCount; block++) {
      const from = block * BLOCK_SIZE;
      const to = Math.min(this.count, from + BLOCK_SIZE);
      starts.push(this.#starts.subarray(from, to));
      ends.push(this.#ends.subarray(from, to));
    }
    return { starts, ends, added: new Int32Array(blockCount) };
  }

  private grow(): void {
    const size = this.#starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const ids = new Int32Array(size);
    starts.set(this.#starts);
    ends.set(this.#ends);
    ids.set(this.ids);
    this.#starts = starts;
    this.#ends = ends;
    this.ids = ids;
  }
}
