import { lastAtOrBefore } from '../sortedSearch';

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

/** One edit as the table sees it: `delta` added to the end of segment `segment` and to every later segment. */
interface Shift {
  readonly segment: number;
  readonly delta: number;
}

/**
 * Offset arrays shared by a parsed table and the tables derived from it by edits. They hold the
 * offsets of one table at a time (`current`); reading another table's `starts` or `ends` moves them
 * there in place, along the derivation steps between the two.
 */
interface SharedOffsets {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  current: SegmentTable;
}

/** Where a table stands among the tables sharing its offset arrays. */
interface Lineage {
  readonly shared: SharedOffsets;
  /** The table this one was derived from, and the step from it; undefined for the table that first owned the arrays. */
  readonly parent: SegmentTable | undefined;
  readonly shift: Shift | undefined;
  readonly depth: number;
}

/**
 * How many derivations may share one pair of offset arrays. Every derived table keeps its parent, so
 * a long editing session would keep a long chain; past this depth the next table copies the arrays
 * and starts a new chain (one copy per this many edits).
 */
const MAX_SHARED_DEPTH = 256;

/**
 * Parallel arrays of segment start offset, content end offset (the terminator's offset) and packed id.
 *
 * An edit that stays inside one segment moves the offsets of every later segment. Copying and shifting
 * three arrays of a million entries per keystroke costs more than the rest of the edit, so a table made
 * by {@link shifted} shares its parent's arrays and records only the step; `starts` and `ends` are
 * getters that first move the shared arrays to the table being read (in place, over the segments after
 * the edit, allocating nothing). Readers index the returned arrays directly, so they must not keep them
 * across a read of another table of the same document.
 */
export class SegmentTable {
  /** Packed ids; never changed after the scan, so derived tables share them. */
  ids: Int32Array;
  count = 0;
  #starts: Int32Array;
  #ends: Int32Array;
  /** Undefined while the table owns its arrays alone (a fresh scan that nothing was derived from). */
  #lineage: Lineage | undefined;

  /** `expectedCount` sizes the arrays up front (callers estimate from the text length) to avoid regrowth. */
  constructor(expectedCount = 1024) {
    const size = Math.max(16, expectedCount);
    this.#starts = new Int32Array(size);
    this.#ends = new Int32Array(size);
    this.ids = new Int32Array(size);
  }

  /** Segment start offsets, valid for this table (indices below {@link count}). */
  get starts(): Int32Array {
    const lineage = this.#lineage;
    if (lineage !== undefined && lineage.shared.current !== this) SegmentTable.#moveShared(lineage.shared, this);
    return this.#starts;
  }

  /** Segment content end offsets (exclusive; the terminator's offset when there is one), valid for this table. */
  get ends(): Int32Array {
    const lineage = this.#lineage;
    if (lineage !== undefined && lineage.shared.current !== this) SegmentTable.#moveShared(lineage.shared, this);
    return this.#ends;
  }

  /** Appends one segment; `end` is exclusive and points at the terminator when there is one. Only while scanning. */
  push(start: number, end: number, id: number): void {
    if (this.#lineage !== undefined) throw new Error('A segment table that others were derived from cannot grow.');
    if (this.count === this.#starts.length) this.grow();
    this.#starts[this.count] = start;
    this.#ends[this.count] = end;
    this.ids[this.count] = id;
    this.count++;
  }

  /** Forgets the segments from index `count` on; only while scanning, like {@link push}. */
  truncate(count: number): void {
    if (this.#lineage !== undefined) throw new Error('A segment table that others were derived from cannot shrink.');
    this.count = Math.min(this.count, Math.max(0, count));
  }

  /** The index of the last segment starting at or before `offset`, or -1. */
  lastStartingAtOrBefore(offset: number): number {
    return lastAtOrBefore(this.starts, this.count, offset);
  }


  /**
   * The table after an edit that changed the length of segment `segment` by `delta` without moving
   * any segment boundary: that segment's end and every later segment move by `delta`. Costs nothing
   * until the new table is read; this table stays valid.
   */
  shifted(segment: number, delta: number): SegmentTable {
    if (delta === 0) return this;
    const child = new SegmentTable(0);
    child.ids = this.ids;
    child.count = this.count;
    const lineage = this.#lineage ?? this.#share();
    if (lineage.depth >= MAX_SHARED_DEPTH) {
      // Start a new chain with copies, so that the old chain can be collected with the old tables.
      const starts = this.starts.slice(0, this.count);
      const ends = this.ends.slice(0, this.count);
      child.#starts = starts;
      child.#ends = ends;
      applyShifts(starts, ends, this.count, [{ segment, delta }]);
      return child;
    }
    child.#starts = lineage.shared.starts;
    child.#ends = lineage.shared.ends;
    child.#lineage = { shared: lineage.shared, parent: this, shift: { segment, delta }, depth: lineage.depth + 1 };
    return child;
  }

  /** Makes this table's arrays shareable with tables derived from it. */
  #share(): Lineage {
    const lineage: Lineage = { shared: { starts: this.#starts, ends: this.#ends, current: this }, parent: undefined, shift: undefined, depth: 0 };
    this.#lineage = lineage;
    return lineage;
  }

  /**
   * Moves the shared arrays from the table they hold to `target`: the steps from the current table up
   * to the common ancestor are undone and those down to `target` applied, all in one pass.
   */
  static #moveShared(shared: SharedOffsets, target: SegmentTable): void {
    const steps: Shift[] = [];
    let from = shared.current.#lineage as Lineage;
    let to = target.#lineage as Lineage;
    while (from !== to) {
      if (from.depth >= to.depth) {
        const shift = from.shift as Shift;
        steps.push({ segment: shift.segment, delta: -shift.delta });
        from = (from.parent as SegmentTable).#lineage as Lineage;
      } else {
        steps.push(to.shift as Shift);
        to = (to.parent as SegmentTable).#lineage as Lineage;
      }
    }
    applyShifts(shared.starts, shared.ends, target.count, steps);
    shared.current = target;
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

/**
 * Adds the shifts to the arrays in one pass from the first shifted segment: a segment's start moves
 * by the shifts of earlier segments, its end also by its own.
 */
function applyShifts(starts: Int32Array, ends: Int32Array, count: number, shifts: Shift[]): void {
  if (shifts.length === 0) return;
  shifts.sort((a, b) => a.segment - b.segment);
  let moved = 0;
  let next = (shifts[0] as Shift).segment;
  for (let k = 0; k < shifts.length;) {
    const segment = (shifts[k] as Shift).segment;
    addToRange(starts, ends, next, segment, moved);
    let own = 0;
    while (k < shifts.length && (shifts[k] as Shift).segment === segment) own += (shifts[k++] as Shift).delta;
    starts[segment] = (starts[segment] ?? 0) + moved;
    ends[segment] = (ends[segment] ?? 0) + moved + own;
    moved += own;
    next = segment + 1;
  }
  addToRange(starts, ends, next, count, moved);
}

function addToRange(starts: Int32Array, ends: Int32Array, from: number, to: number, delta: number): void {
  if (delta === 0) return;
  for (let i = from; i < to; i++) starts[i] = (starts[i] ?? 0) + delta;
  for (let i = from; i < to; i++) ends[i] = (ends[i] ?? 0) + delta;
}
