import type { TextReader } from '../document/textReader';
import { indexWithin } from './elements';
import { interchangeOf, x12Internals } from './parseX12';
import { UNKNOWN_SEGMENT_ID } from './segmentTable';
import type { Guide } from './loops';
import { GUIDES, guideOfVersion, LoopTracker } from './loops';
import type { X12Document } from './x12Model';

/**
 * Walks an 837's segments through the implementation guide's loops: the loop of one segment (for
 * hovers) and the tree of loops (for the outline). Segment ids come from the parser's packed id table,
 * so only the HL and NM1 segments whose level or entity code decides a loop are materialised.
 */

/** Reads segment ids and single element values of one parsed document. */
export class SegmentReader {
  readonly #document: X12Document;
  readonly #text: TextReader;
  readonly #ids: Int32Array | undefined;
  readonly #names = new Map<number, string>();

  constructor(document: X12Document, text: TextReader) {
    this.#document = document;
    this.#text = text;
    this.#ids = x12Internals(document)?.table.ids;
  }

  get count(): number {
    return this.#document.segmentCount;
  }

  /** The segment id (`CLM`), or '' for a segment whose id is not one to three letters or digits. */
  idOf(index: number): string {
    const packed = this.#ids?.[index];
    if (packed === undefined) return this.#document.segment(index).id;
    if (packed === UNKNOWN_SEGMENT_ID) return '';
    let name = this.#names.get(packed);
    if (name === undefined) {
      name = String.fromCharCode(packed >> 16, (packed >> 8) & 255) + (packed & 255 ? String.fromCharCode(packed & 255) : '');
      this.#names.set(packed, name);
    }
    return name;
  }

  /** The segment's content as offsets: from its id to the character before its terminator. */
  boundsOf(index: number): { readonly start: number; readonly end: number } {
    const table = x12Internals(this.#document)?.table;
    if (table === undefined) {
      const span = this.#document.segment(index).span;
      return { start: span.offset, end: span.offset + span.length };
    }
    return { start: table.startOf(index), end: table.endOf(index) };
  }

  /**
   * The text of element `position` (one-based, `NM101` = 1) of segment `index`, or ''. Read by counting
   * element separators in the segment's own characters, without materialising the segment.
   */
  element(index: number, position: number): string {
    const { start, end } = this.boundsOf(index);
    const separator = interchangeOf(this.#document.interchanges, index).delimiters.element;
    // Only the segment's own characters are read, whatever pieces the text is kept in.
    const segment = this.#text.slice(start, end);
    let from = 0;
    for (let count = 0; count < position; count++) {
      const next = indexWithin(segment, separator, from, segment.length);
      if (next === -1) return '';
      from = next + 1;
    }
    const stop = indexWithin(segment, separator, from, segment.length);
    return segment.slice(from, stop === -1 ? segment.length : stop);
  }

  /** The element that decides which loop an HL or NM1 opens. */
  loopKey(index: number): string {
    return this.element(index, this.idOf(index) === 'HL' ? 3 : 1);
  }

  /** The claim index's first segment (its CLM) without making the claims array. */
  claimStart(claimIndex: number): number {
    return x12Internals(this.#document)?.slots.firstSegment(claimIndex) ?? this.#document.claims[claimIndex]?.firstSegment ?? 0;
  }
}

/** The loop a segment belongs to, with the guide that names it. */
export interface SegmentLoop {
  readonly guide: Guide;
  readonly loop: string;
}

/** Picks the guide of a claim from its content when the caller knows it (an 837I claim under an 837P GS08). */
export type ClaimGuide = (claimIndex: number) => Guide | undefined;

/**
 * The loop of segment `index`, or undefined for envelope segments, the transaction header and files
 * whose version has other loops (4010). Walks from the claim's CLM, or back to the nearest HL or ST.
 */
export function loopOfSegment(reader: SegmentReader, document: X12Document, index: number, claimGuide?: ClaimGuide): SegmentLoop | undefined {
  const interchange = interchangeOf(document.interchanges, index);
  let guide = guideOfVersion(interchange.version);
  if (guide === undefined) return undefined;
  const claimIndex = document.claimOfSegment(index);
  let start = index;
  if (claimIndex >= 0) {
    start = reader.claimStart(claimIndex);
    guide = claimGuide?.(claimIndex) ?? guide;
  } else {
    while (start > interchange.firstSegment && !STARTS.has(reader.idOf(start))) start--;
  }
  const tracker = new LoopTracker(guide);
  for (let segment = start; segment <= index; segment++) tracker.next(reader.idOf(segment), () => reader.loopKey(segment));
  return tracker.current === undefined ? undefined : { guide, loop: tracker.current };
}

/** Segments a backward walk may start from: each opens a known state. */
const STARTS = new Set(['HL', 'ST', 'GS', 'ISA']);

/** One loop instance in the tree: its segment range and the loops nested in it. */
export interface LoopNode {
  readonly loop: string;
  readonly guide: Guide;
  readonly firstSegment: number;
  lastSegment: number;
  readonly children: LoopNode[];
  /** The claim (`encounters` index) a 2300 loop is, or -1. */
  readonly claimIndex: number;
}

/** The loop tree of the transactions, up to the claim `maxClaims` (exclusive). */
export interface LoopForest {
  readonly roots: LoopNode[];
  /** How many claims the tree holds (at most `maxClaims`). */
  readonly claims: number;
}

/** Builds the loop tree of every interchange, stopping before claim number `maxClaims`. */
export function loopForest(reader: SegmentReader, document: X12Document, maxClaims: number, claimGuide?: ClaimGuide): LoopForest {
  const roots: LoopNode[] = [];
  const open: LoopNode[] = [];
  let claims = 0;
  const closeTo = (keep: number, last: number): void => {
    while (open.length > keep) (open.pop() as LoopNode).lastSegment = last;
  };
  for (const interchange of document.interchanges) {
    // A 4010 file's claim and service-line loops have the 5010 ids; its other loops differ, so they are left out.
    const knownGuide = guideOfVersion(interchange.version);
    const versionGuide = knownGuide ?? GUIDES['837P'];
    const tracker = new LoopTracker(versionGuide);
    for (let index = interchange.firstSegment; index <= interchange.lastSegment && claims <= maxClaims; index++) {
      const id = reader.idOf(index);
      const claimIndex = id === 'CLM' ? document.claimOfSegment(index) : -1;
      if (claimIndex >= 0) tracker.useGuide(claimGuide?.(claimIndex) ?? versionGuide);
      const step = tracker.next(id, () => reader.loopKey(index));
      if (step.loop === undefined) closeTo(0, index - 1);
      if (!step.opens || step.loop === undefined) continue;
      if (step.loop === '2300' && ++claims > maxClaims) {
        closeTo(0, index - 1);
        break;
      }
      if (knownGuide === undefined && step.loop !== '2300' && step.loop !== '2400') {
        // A hierarchical level still ends the claim before it; the loops inside a claim are not shown.
        if (step.loop.startsWith('2000')) closeTo(0, index - 1);
        continue;
      }
      const definition = tracker.guide.loops.get(step.loop);
      const parents = definition?.parents ?? [];
      let keep = open.length;
      while (keep > 0 && !parents.includes((open[keep - 1] as LoopNode).loop)) keep--;
      closeTo(keep, index - 1);
      const node: LoopNode = { loop: step.loop, guide: tracker.guide, firstSegment: index, lastSegment: index, children: [], claimIndex };
      (open.length === 0 ? roots : (open[open.length - 1] as LoopNode).children).push(node);
      open.push(node);
    }
    closeTo(0, interchange.lastSegment);
  }
  return { roots, claims: Math.min(claims, maxClaims) };
}
