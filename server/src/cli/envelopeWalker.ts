import type { Position, Range } from 'vscode-languageserver-types';
import { elementBounds } from '../service/x12/elements';
import { SegmentId } from '../service/x12/segmentTable';

/**
 * The envelope checks of the X12 parser (server/src/service/x12/envelopeWalk.ts), made while the
 * command line streams an interchange: SE/GE/IEA counts, control numbers and missing trailers. The
 * streaming checker parses an interchange in pieces of whole claims, so no single parse sees a whole
 * envelope; this walker sees every segment once and gives the same problem ids, messages and ranges.
 * test/cli/chunkedCheck.test.ts holds it to the parser's own findings.
 */

/** One envelope problem, positioned in the whole file. */
export interface EnvelopeProblem {
  readonly range: Range;
  readonly severity: 'error' | 'warning';
  readonly rule: string;
  readonly message: string;
}

/** Gives the file position of an offset in the current text; offsets asked only increase. */
export type PositionAt = (offset: number) => Position;

interface OpenEnvelope {
  /** The segment's text with its terminator, to set a later piece's envelope context. */
  readonly segmentText: string;
  readonly controlNumber: string;
  /** Where a missing-trailer problem for this envelope points (the segment id), settled when it was seen. */
  readonly idRange: Range;
  /** For ST: the walker's segment number of the ST, for the SE01 count. */
  readonly segmentNumber: number;
}

/** A segment as the streaming scanner found it: content in `[start, end)` of `text`, terminator at `terminatorAt`. */
export interface ScannedSegment {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly terminatorAt: number;
  readonly id: number;
}

/** Walks one interchange segment by segment; create one per ISA. */
export class EnvelopeWalker {
  #group: OpenEnvelope | undefined;
  #transaction: OpenEnvelope | undefined;
  #groupCount = 0;
  #transactionsInGroup = 0;
  #segmentNumber = 0;
  #sawIea = false;

  constructor(
    private readonly element: string,
    /** ISA13, or undefined when the header could not be read (then IEA02 is not checked, as in the parser). */
    private readonly controlNumber: string | undefined,
    /** Where problems go, in the order the parser would report them. */
    private readonly problems: EnvelopeProblem[],
  ) {}

  /** The open GS and ST segments (each with its terminator), which a piece cut here needs as context. */
  openEnvelopes(): string[] {
    const open: string[] = [];
    if (this.#group !== undefined) open.push(this.#group.segmentText);
    if (this.#transaction !== undefined) open.push(this.#transaction.segmentText);
    return open;
  }

  /** Counts segments the walker need not read (anything but ST, SE, GS, GE and IEA). */
  count(segments: number): void {
    this.#segmentNumber += segments;
  }

  visit(segment: ScannedSegment, at: PositionAt): void {
    const number = this.#segmentNumber++;
    switch (segment.id) {
      case SegmentId.GS:
        this.#closeTransaction('the next GS');
        if (this.#group !== undefined) this.#missing(this.#group, 'This GS functional group has no GE trailer before the next GS.');
        this.#groupCount++;
        this.#transactionsInGroup = 0;
        this.#group = this.#open(segment, 6, number, at);
        break;
      case SegmentId.ST:
        this.#closeTransaction('the next ST');
        this.#transactionsInGroup++;
        this.#transaction = this.#open(segment, 2, number, at);
        break;
      case SegmentId.SE:
        if (this.#transaction !== undefined) {
          const bounds = this.#bounds(segment);
          this.#checkCount(segment, bounds, 'x12-se-count-mismatch', number - this.#transaction.segmentNumber + 1, at,
            (declared, actual) => `SE01 says the transaction set has ${declared} segments, but ST through SE count ${actual}.`);
          this.#checkControl(segment, bounds, 'SE02', this.#transaction.controlNumber, 'ST02', at);
          this.#transaction = undefined;
        }
        break;
      case SegmentId.GE:
        this.#closeTransaction('GE');
        if (this.#group !== undefined) {
          const bounds = this.#bounds(segment);
          this.#checkCount(segment, bounds, 'x12-ge-count-mismatch', this.#transactionsInGroup, at,
            (declared, actual) => `GE01 says the functional group has ${declared} transaction sets, but it holds ${actual}.`);
          this.#checkControl(segment, bounds, 'GE02', this.#group.controlNumber, 'GS06', at);
          this.#group = undefined;
        }
        break;
      case SegmentId.IEA: {
        this.#closeTransaction('IEA');
        if (this.#group !== undefined) this.#missing(this.#group, 'This GS functional group has no GE trailer before IEA.');
        this.#group = undefined;
        this.#sawIea = true;
        const bounds = this.#bounds(segment);
        this.#checkCount(segment, bounds, 'x12-iea-count-mismatch', this.#groupCount, at,
          (declared, actual) => `IEA01 says the interchange has ${declared} functional groups, but it holds ${actual}.`);
        if (this.controlNumber !== undefined) this.#checkControl(segment, bounds, 'IEA02', this.controlNumber, 'ISA13', at);
        break;
      }
      default:
        break;
    }
  }

  /** Reports what the end of the interchange leaves open. `isaRange` is where the ISA's id stands. */
  finish(isaRange: Range): void {
    this.#closeTransaction('the end of the interchange');
    if (this.#group !== undefined) this.#missing(this.#group, 'This GS functional group has no GE trailer before the end of the interchange.');
    this.#group = undefined;
    if (!this.#sawIea && this.controlNumber !== undefined) {
      this.problems.push({ range: isaRange, severity: 'error', rule: 'x12-missing-trailer', message: 'This ISA interchange has no IEA trailer.' });
    }
  }

  #closeTransaction(reason: string): void {
    if (this.#transaction === undefined) return;
    this.#missing(this.#transaction, `This ST transaction set has no SE trailer before ${reason}.`);
    this.#transaction = undefined;
  }

  #missing(envelope: OpenEnvelope, message: string): void {
    this.problems.push({ range: envelope.idRange, severity: 'error', rule: 'x12-missing-trailer', message });
  }

  #open(segment: ScannedSegment, controlElement: number, segmentNumber: number, at: PositionAt): OpenEnvelope {
    const bounds = this.#bounds(segment);
    return {
      // Copied, so that keeping the context does not keep the whole read buffer alive.
      segmentText: copyString(segment.text.slice(segment.start, segment.terminatorAt + 1)),
      controlNumber: copyString(elementText(segment.text, bounds, controlElement)),
      idRange: idRange(segment, this.element, at),
      segmentNumber,
    };
  }

  #bounds(segment: ScannedSegment): number[] {
    return elementBounds(segment.text, segment.start, segment.end, this.element);
  }

  #checkCount(
    segment: ScannedSegment, bounds: number[], rule: string, actual: number, at: PositionAt, message: (declared: string, actual: number) => string,
  ): void {
    const declared = elementText(segment.text, bounds, 1);
    if (/^\d+$/.test(declared) && Number(declared) === actual) return;
    this.problems.push({ range: elementRange(segment, bounds, 1, at), severity: 'warning', rule, message: message(declared || 'nothing', actual) });
  }

  #checkControl(segment: ScannedSegment, bounds: number[], name: string, expected: string, expectedName: string, at: PositionAt): void {
    const actual = elementText(segment.text, bounds, 2);
    if (actual === expected || Number(actual) === Number(expected) && /^\d+$/.test(actual) && /^\d+$/.test(expected)) return;
    this.problems.push({
      range: elementRange(segment, bounds, 2, at),
      severity: 'warning',
      rule: 'x12-control-number-mismatch',
      message: `${name} '${actual}' does not match ${expectedName} '${expected}'.`,
    });
  }
}

/** Element `position` (1-based) as trimmed text, or '' when absent (as the parser reads it). */
function elementText(text: string, bounds: number[], position: number): string {
  const start = bounds[(position - 1) * 2];
  const end = bounds[(position - 1) * 2 + 1];
  return start === undefined || end === undefined ? '' : text.slice(start, end).trim();
}

function elementRange(segment: ScannedSegment, bounds: number[], position: number, at: PositionAt): Range {
  const start = bounds[(position - 1) * 2];
  const end = bounds[(position - 1) * 2 + 1];
  if (start === undefined || end === undefined) return { start: at(segment.start), end: at(segment.end) };
  return { start: at(start), end: at(end) };
}

/** The range of a segment's id, where the parser points a missing-trailer problem. */
export function idRange(segment: ScannedSegment, element: string, at: PositionAt): Range {
  let idEnd = segment.text.indexOf(element, segment.start);
  if (idEnd === -1 || idEnd > segment.end) idEnd = segment.end;
  return { start: at(segment.start), end: at(idEnd) };
}

/** A flat copy of a short string: a slice of a large string would otherwise keep the large one alive. */
export function copyString(text: string): string {
  return Buffer.from(text, 'utf8').toString('utf8');
}
