import type { Encounter, StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { materializeSegment } from './elements';
import { walkInterchange } from './envelopeWalk';
import { InterchangeContext } from './interchangeContext';
import { printable } from './isaHeader';
import { scanX12 } from './scanner';
import type { SegmentTable } from './segmentTable';
import type { X12ClaimRange, X12Document, X12Interchange, X12Segment } from './x12Model';

/**
 * Parses an X12 837 into an {@link X12Document}: a scan into the segment table, then a walk over each
 * interchange's envelopes and claims. Damage becomes problems; this function does not throw on bad input.
 */
export function parseX12(text: string): X12Document {
  const problems: StructuralProblem[] = [];
  const { table, interchanges: scanned } = scanX12(text, problems);
  const encounters: Encounter[] = [];
  const claims: X12ClaimRange[] = [];
  const interchanges: X12Interchange[] = [];
  const codeStrings = new Map<string, string>();
  scanned.forEach((interchange, interchangeIndex) => {
    const context = new InterchangeContext(text, table, interchange.delimiters, interchangeIndex, problems, codeStrings);
    const walk = walkInterchange(context, interchange, encounters, claims);
    interchanges.push({
      span: spanOf(interchange.start, interchange.end),
      delimiters: interchange.delimiters,
      firstSegment: interchange.firstSegment,
      lastSegment: interchange.lastSegment,
      ...(walk.version === undefined ? {} : { version: walk.version }),
      ...(context.observedComponent === undefined ? {} : { observedComponent: context.observedComponent }),
    });
  });
  findBinaryJunk(text, interchanges, problems);
  problems.sort((a, b) => a.span.offset - b.span.offset);
  return new ParsedX12Document(text, table, interchanges, encounters, claims, problems);
}

/** The document object: plain data plus lazy segment access over the shared table. */
class ParsedX12Document implements X12Document {
  readonly languageId = 'x12-837' as const;
  readonly #text: string;
  readonly #table: SegmentTable;

  constructor(
    text: string,
    table: SegmentTable,
    readonly interchanges: readonly X12Interchange[],
    readonly encounters: readonly Encounter[],
    readonly claims: readonly X12ClaimRange[],
    readonly problems: readonly StructuralProblem[],
  ) {
    this.#text = text;
    this.#table = table;
  }

  get segmentCount(): number {
    return this.#table.count;
  }

  segment(index: number): X12Segment {
    if (!Number.isInteger(index) || index < 0 || index >= this.#table.count) {
      throw new RangeError(`Segment index ${index} is outside 0..${this.#table.count - 1}.`);
    }
    const interchange = this.#interchangeOf(index);
    return materializeSegment(this.#text, this.#table, index, interchange.delimiters, interchange.observedComponent);
  }

  segmentAt(offset: number): X12Segment | undefined {
    const index = this.#table.lastStartingAtOrBefore(offset);
    if (index === -1) return undefined;
    // The terminator belongs to the segment, so a cursor right after the content still finds it.
    if (offset > (this.#table.ends[index] ?? 0)) return undefined;
    return this.segment(index);
  }

  #interchangeOf(index: number): X12Interchange {
    let low = 0;
    let high = this.interchanges.length - 1;
    let found = 0;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      if ((this.interchanges[middle]?.firstSegment ?? 0) <= index) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const interchange = this.interchanges[found];
    if (interchange === undefined) throw new RangeError('The document has no interchange.');
    return interchange;
  }
}

/** Control characters that are not line breaks or tabs, and U+FFFD from a failed decode. */
// eslint-disable-next-line no-control-regex -- Matching control characters is the point of this pattern.
const JUNK = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]+/g;
const MAX_JUNK_REPORTS = 20;

/** Reports runs of control characters that are not one of the interchange's own delimiters. */
function findBinaryJunk(text: string, interchanges: readonly X12Interchange[], problems: StructuralProblem[]): void {
  const delimiters = new Set<string>();
  for (const { delimiters: d } of interchanges) {
    delimiters.add(d.element).add(d.component).add(d.segment);
    if (d.repetition !== undefined) delimiters.add(d.repetition);
  }
  JUNK.lastIndex = 0;
  let reports = 0;
  for (let match = JUNK.exec(text); match !== null && reports < MAX_JUNK_REPORTS; match = JUNK.exec(text)) {
    const run = match[0];
    let start = match.index;
    let end = start + run.length;
    while (start < end && delimiters.has(text.charAt(start))) start++;
    while (end > start && delimiters.has(text.charAt(end - 1))) end--;
    if (end === start) continue;
    reports++;
    problems.push({
      id: 'x12-binary-junk',
      span: spanOf(start, end),
      severity: 'error',
      message: `The file contains binary data here (${printable(text.charAt(start))}${end - start > 1 ? ' and more' : ''}), which is not valid in an X12 interchange.`,
    });
  }
}
