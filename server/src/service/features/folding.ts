import type { FoldingRange } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../model';
import type { Span, TextSource } from '../spans';
import { SegmentReader } from '../x12/loopWalk';

/**
 * Folding ranges: in an 837 one per interchange (ISA…IEA), transaction (ST…SE), claim (the 2300 loop)
 * and service line (the 2400 loop); in a note one per encounter. Ranges on a single line (a one-line
 * 837) fold nothing and are left out. At most `limit` ranges are returned, in file order.
 */

/** The most ranges when the client states no limit; VS Code's own default for `editor.foldingMaximumRegions`. */
export const DEFAULT_FOLDING_LIMIT = 5000;

/** Segment ids that end an open claim or service line. */
const CLOSES_CLAIM = new Set(['CLM', 'HL', 'ST', 'SE', 'GS', 'GE', 'ISA', 'IEA']);

export function foldingRanges(document: TextSource, parsed: ParsedDocument, limit = DEFAULT_FOLDING_LIMIT): FoldingRange[] {
  const ranges = new RangeCollector(document, limit);
  if (parsed.languageId !== 'x12-837') {
    for (const encounter of parsed.encounters) if (!ranges.add(encounter.span.offset, encounter.span.offset + encounter.span.length)) break;
    return ranges.ranges;
  }
  const x12 = parsed;
  const reader = new SegmentReader(x12, document.text);
  for (const interchange of x12.interchanges) {
    if (!ranges.addSpan(interchange.span)) break;
    if (!foldInterchange(reader, interchange.firstSegment, interchange.lastSegment, ranges)) break;
  }
  // Claims and lines are added when they close, after the lines inside them: put them in file order.
  return ranges.ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** Adds the transactions, claims and service lines of one interchange; false once the limit is reached. */
function foldInterchange(reader: SegmentReader, first: number, last: number, ranges: RangeCollector): boolean {
  let transaction = -1;
  let claim = -1;
  let line = -1;
  const close = (from: number, to: number): boolean => from < 0 || ranges.add(reader.boundsOf(from).start, reader.boundsOf(to).end);
  for (let index = first; index <= last; index++) {
    const id = reader.idOf(index);
    if (id === 'LX' || CLOSES_CLAIM.has(id)) {
      if (!close(line, index - 1)) return false;
      line = id === 'LX' && claim >= 0 ? index : -1;
    }
    if (CLOSES_CLAIM.has(id)) {
      if (!close(claim, index - 1)) return false;
      claim = id === 'CLM' ? index : -1;
    }
    if (id === 'ST') transaction = index;
    if (id === 'SE') {
      if (!close(transaction, index)) return false;
      transaction = -1;
    }
  }
  return close(line, last) && close(claim, last);
}

/** Collects ranges in lines, dropping one-line ranges, until the limit. */
class RangeCollector {
  readonly ranges: FoldingRange[] = [];
  readonly #document: TextSource;
  readonly #limit: number;

  constructor(document: TextSource, limit: number) {
    this.#document = document;
    this.#limit = Math.max(0, limit);
  }

  addSpan(span: Span): boolean {
    return this.add(span.offset, span.offset + span.length);
  }

  /** Adds the range of `[start, end)`; returns false when the limit is reached. */
  add(start: number, end: number): boolean {
    if (this.ranges.length >= this.#limit) return false;
    const startLine = this.#document.positionAt(start).line;
    const endLine = this.#document.positionAt(Math.max(start, end - 1)).line;
    if (endLine > startLine) this.ranges.push({ startLine, endLine });
    return this.ranges.length < this.#limit;
  }
}
