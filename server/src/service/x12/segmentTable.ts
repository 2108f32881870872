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

/** Growable parallel arrays of segment start offset, content end offset (the terminator's offset) and packed id. */
export class SegmentTable {
  starts: Int32Array;
  ends: Int32Array;
  ids: Int32Array;
  count = 0;

  /** `expectedCount` sizes the arrays up front (callers estimate from the text length) to avoid regrowth. */
  constructor(expectedCount = 1024) {
    const size = Math.max(16, expectedCount);
    this.starts = new Int32Array(size);
    this.ends = new Int32Array(size);
    this.ids = new Int32Array(size);
  }

  /** Appends one segment; `end` is exclusive and points at the terminator when there is one. */
  push(start: number, end: number, id: number): void {
    if (this.count === this.starts.length) this.grow();
    this.starts[this.count] = start;
    this.ends[this.count] = end;
    this.ids[this.count] = id;
    this.count++;
  }

  /** The index of the last segment starting at or before `offset`, or -1. */
  lastStartingAtOrBefore(offset: number): number {
    let low = 0;
    let high = this.count - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if ((this.starts[middle] ?? 0) <= offset) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  private grow(): void {
    const size = this.starts.length * 2;
    const starts = new Int32Array(size);
    const ends = new Int32Array(size);
    const ids = new Int32Array(size);
    starts.set(this.starts);
    ends.set(this.ends);
    ids.set(this.ids);
    this.starts = starts;
    this.ends = ends;
    this.ids = ids;
  }
}
