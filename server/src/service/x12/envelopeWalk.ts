import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import type { Span } from '../spans';
import { elementBounds, indexWithin } from './elements';
import type { ClaimSlots } from './claimSlots';
import type { InterchangeContext } from './interchangeContext';
import type { ScannedInterchange } from './scanner';
import { SegmentId } from './segmentTable';

/**
 * The second pass over one interchange: follow the ISA/GS/ST envelopes, check their trailers'
 * counts and control numbers, and cut the segments into claims. Claims are only delimited here; their
 * diagnoses are read later by the claim builder, one claim at a time.
 *
 * A walk can stop in front of a claim boundary and hand its {@link EnvelopeState} to a walk over the
 * next piece of the same interchange (see pieceParse.ts), so a file parsed in pieces gets the same
 * envelope findings as a file parsed whole.
 */

/** An open GS or ST: what its trailer is checked against, and where a missing-trailer problem points. */
interface OpenEnvelope {
  /** The segment's number within the interchange (the ISA is 0), for the SE01 count. */
  readonly ordinal: number;
  readonly controlNumber: string;
  /** The segment id's span in the text of the piece being walked. */
  readonly idSpan: Span;
}

/** Where a walk stands between two segments of an interchange; spans are in the current piece's offsets. */
export interface EnvelopeState {
  /** GS08 of the first functional group. */
  readonly version: string | undefined;
  readonly isaIdSpan: Span;
  readonly group: OpenEnvelope | undefined;
  readonly groupVersion: string | undefined;
  readonly transaction: OpenEnvelope | undefined;
  readonly transactionVersion: string | undefined;
  readonly groupCount: number;
  readonly transactionsInGroup: number;
  /** How many segments of the interchange were walked (the next segment's ordinal). */
  readonly segments: number;
}

/** The state with every span moved by `delta` characters, for a piece that starts `-delta` characters later. */
export function shiftEnvelopeState(state: EnvelopeState, delta: number): EnvelopeState {
  const shift = (envelope: OpenEnvelope | undefined): OpenEnvelope | undefined =>
    envelope === undefined ? undefined : { ...envelope, idSpan: shiftSpan(envelope.idSpan, delta) };
  return { ...state, isaIdSpan: shiftSpan(state.isaIdSpan, delta), group: shift(state.group), transaction: shift(state.transaction) };
}

/** The offsets a later piece's missing-trailer problem may point at: the open envelopes' id spans. */
export function envelopeStateSpans(state: EnvelopeState): Span[] {
  const spans = [state.isaIdSpan];
  if (state.group !== undefined) spans.push(state.group.idSpan);
  if (state.transaction !== undefined) spans.push(state.transaction.idSpan);
  return spans;
}

function shiftSpan(span: Span, delta: number): Span {
  return { offset: span.offset + delta, length: span.length };
}

/** What walking one interchange (or the part of it in one piece) produced. */
export interface InterchangeWalk {
  /** GS08 of the first functional group. */
  readonly version: string | undefined;
  /** Where the walk stopped, when the interchange goes on in the next piece. */
  readonly state: EnvelopeState | undefined;
}

/**
 * Walks the interchange, appending claim ranges and pushing problems into the context. `resumed` is the
 * state an earlier piece of the interchange ended in; `continues` says the interchange goes on after
 * the last scanned segment, so nothing is reported missing at its end.
 */
export function walkInterchange(
  context: InterchangeContext, scanned: ScannedInterchange, claims: ClaimSlots, resumed?: EnvelopeState, continues = false,
): InterchangeWalk {
  const walk = new EnvelopeWalk(context, scanned, claims, resumed);
  walk.walk(scanned.firstSegment, scanned.lastSegment);
  if (continues) return { version: walk.version, state: walk.state(scanned.lastSegment + 1) };
  walk.finish(resumed !== undefined || scanned.lastSegment >= scanned.firstSegment);
  return { version: walk.version, state: undefined };
}

/** The walk's state over one interchange (or the part of it in one piece). */
class EnvelopeWalk {
  version: string | undefined;
  readonly #isaIdSpan: Span;
  #group: OpenEnvelope | undefined;
  #groupVersion: string | undefined;
  #transaction: OpenEnvelope | undefined;
  #transactionVersion: string | undefined;
  #groupCount = 0;
  #transactionsInGroup = 0;
  #sawIea = false;
  /** Added to a segment index to give its ordinal within the interchange. */
  readonly #ordinalShift: number;

  constructor(
    private readonly context: InterchangeContext,
    private readonly scanned: ScannedInterchange,
    private readonly claims: ClaimSlots,
    resumed: EnvelopeState | undefined,
  ) {
    this.#ordinalShift = (resumed?.segments ?? 0) - scanned.firstSegment;
    this.#isaIdSpan = resumed?.isaIdSpan ?? idSpan(context, scanned.firstSegment);
    if (resumed === undefined) return;
    this.version = resumed.version;
    this.#group = resumed.group;
    this.#groupVersion = resumed.groupVersion;
    this.#transaction = resumed.transaction;
    this.#transactionVersion = resumed.transactionVersion;
    this.#groupCount = resumed.groupCount;
    this.#transactionsInGroup = resumed.transactionsInGroup;
  }

  /** The state in front of segment `nextIndex`, for the next piece. */
  state(nextIndex: number): EnvelopeState {
    return {
      version: this.version, isaIdSpan: this.#isaIdSpan, group: this.#group, groupVersion: this.#groupVersion,
      transaction: this.#transaction, transactionVersion: this.#transactionVersion, groupCount: this.#groupCount,
      transactionsInGroup: this.#transactionsInGroup, segments: nextIndex + this.#ordinalShift,
    };
  }

  /**
   * Walks segments `first` to `last`, closing the claim still open after the last. Every segment of
   * the file passes through this loop, so claim bounds are kept in locals and only envelope segments
   * leave it.
   */
  walk(first: number, last: number): void {
    const { context, claims } = this;
    const { table } = context;
    const ids = table.ids;
    let claimStart = -1;
    let claimEnd = -1;
    let claimVersion: string | undefined;
    for (let index = first; index <= last; index++) {
      const id = ids[index] ?? 0;
      switch (id) {
        case SegmentId.CLM:
          if (claimStart !== -1) claims.push(claimStart, claimEnd, context.interchangeIndex, claimVersion);
          claimStart = index;
          claimEnd = index;
          claimVersion = this.#transactionVersion ?? this.#groupVersion;
          context.probeComposites(table.startOf(index), table.endOf(index));
          break;
        case SegmentId.HI:
        case SegmentId.SV1:
        case SegmentId.SV2:
          context.probeComposites(table.startOf(index), table.endOf(index));
          claimEnd = index;
          break;
        case SegmentId.GS:
        case SegmentId.ST:
        case SegmentId.SE:
        case SegmentId.GE:
        case SegmentId.IEA:
        case SegmentId.HL:
          if (claimStart !== -1) claims.push(claimStart, claimEnd, context.interchangeIndex, claimVersion);
          claimStart = -1;
          this.#envelope(id, index);
          break;
        default:
          claimEnd = index;
          break;
      }
    }
    if (claimStart !== -1) claims.push(claimStart, claimEnd, context.interchangeIndex, claimVersion);
  }

  /** An envelope segment (or HL, which only closes a claim). */
  #envelope(id: number, index: number): void {
    const { context } = this;
    switch (id) {
      case SegmentId.GS:
        this.#closeTransaction('the next GS');
        if (this.#group !== undefined) this.#missing(this.#group.idSpan, 'This GS functional group has no GE trailer before the next GS.');
        this.#groupCount++;
        this.#transactionsInGroup = 0;
        this.#group = this.#open(index, 6);
        this.#groupVersion = readElement(context, index, 8) || undefined;
        this.version ??= this.#groupVersion;
        break;
      case SegmentId.ST:
        this.#closeTransaction('the next ST');
        this.#transactionsInGroup++;
        this.#transaction = this.#open(index, 2);
        this.#transactionVersion = readElement(context, index, 3) || undefined;
        break;
      case SegmentId.SE:
        this.#closeSe(index);
        break;
      case SegmentId.GE:
        this.#closeTransaction('GE');
        this.#closeGe(index);
        break;
      case SegmentId.IEA:
        this.#closeIea(index);
        break;
      default:
        break;
    }
  }

  /** Reports what the end of the interchange leaves open; `hasSegments` is false for an empty interchange. */
  finish(hasSegments: boolean): void {
    this.#closeTransaction('the end of the interchange');
    if (this.#group !== undefined) this.#missing(this.#group.idSpan, 'This GS functional group has no GE trailer before the end of the interchange.');
    if (!this.#sawIea && !this.scanned.guessed && hasSegments) this.#missing(this.#isaIdSpan, 'This ISA interchange has no IEA trailer.');
  }

  #open(index: number, controlElement: number): OpenEnvelope {
    return { ordinal: index + this.#ordinalShift, controlNumber: readElement(this.context, index, controlElement), idSpan: idSpan(this.context, index) };
  }

  #closeSe(index: number): void {
    const transaction = this.#transaction;
    if (transaction === undefined) return;
    checkCount(this.context, index, 'x12-se-count-mismatch', index + this.#ordinalShift - transaction.ordinal + 1,
      (declared, actual) => `SE01 says the transaction set has ${declared} segments, but ST through SE count ${actual}.`);
    checkControl(this.context, index, 'SE02', transaction.controlNumber, 'ST02');
    this.#transaction = undefined;
    this.#transactionVersion = undefined;
  }

  #closeGe(index: number): void {
    const group = this.#group;
    if (group === undefined) return;
    checkCount(this.context, index, 'x12-ge-count-mismatch', this.#transactionsInGroup,
      (declared, actual) => `GE01 says the functional group has ${declared} transaction sets, but it holds ${actual}.`);
    checkControl(this.context, index, 'GE02', group.controlNumber, 'GS06');
    this.#group = undefined;
  }

  #closeIea(index: number): void {
    this.#closeTransaction('IEA');
    if (this.#group !== undefined) this.#missing(this.#group.idSpan, 'This GS functional group has no GE trailer before IEA.');
    this.#group = undefined;
    this.#sawIea = true;
    checkCount(this.context, index, 'x12-iea-count-mismatch', this.#groupCount,
      (declared, actual) => `IEA01 says the interchange has ${declared} functional groups, but it holds ${actual}.`);
    if (!this.scanned.guessed) checkControl(this.context, index, 'IEA02', this.scanned.controlNumber, 'ISA13');
  }

  #closeTransaction(reason: string): void {
    if (this.#transaction === undefined) return;
    this.#missing(this.#transaction.idSpan, `This ST transaction set has no SE trailer before ${reason}.`);
    this.#transaction = undefined;
  }

  #missing(span: Span, message: string): void {
    this.context.problems.push({ id: 'x12-missing-trailer', span, severity: 'error', message } satisfies StructuralProblem);
  }
}

/** Reads element `position` (1-based) of a segment as trimmed text, or '' when absent. */
function readElement(context: InterchangeContext, index: number, position: number): string {
  const { text, table, delimiters } = context;
  const bounds = elementBounds(text, table.startOf(index), table.endOf(index), delimiters.element);
  const start = bounds[(position - 1) * 2];
  const end = bounds[(position - 1) * 2 + 1];
  return start === undefined || end === undefined ? '' : text.slice(start, end).trim();
}

function elementSpan(context: InterchangeContext, index: number, position: number): Span {
  const { text, table, delimiters } = context;
  const start = table.startOf(index);
  const end = table.endOf(index);
  const bounds = elementBounds(text, start, end, delimiters.element);
  const elementStart = bounds[(position - 1) * 2];
  const elementEnd = bounds[(position - 1) * 2 + 1];
  return elementStart === undefined || elementEnd === undefined ? spanOf(start, end) : spanOf(elementStart, elementEnd);
}

function checkCount(
  context: InterchangeContext, index: number, id: string, actual: number, message: (declared: string, actual: number) => string,
): void {
  const declared = readElement(context, index, 1);
  if (/^\d+$/.test(declared) && Number(declared) === actual) return;
  context.problems.push({ id, span: elementSpan(context, index, 1), severity: 'warning', message: message(declared || 'nothing', actual) });
}

function checkControl(context: InterchangeContext, index: number, name: string, expected: string, expectedName: string): void {
  const actual = readElement(context, index, 2);
  if (actual === expected || Number(actual) === Number(expected) && /^\d+$/.test(actual) && /^\d+$/.test(expected)) return;
  context.problems.push({
    id: 'x12-control-number-mismatch',
    span: elementSpan(context, index, 2),
    severity: 'warning',
    message: `${name} '${actual}' does not match ${expectedName} '${expected}'.`,
  });
}

/** The span of a segment's id, where a missing-trailer problem points. */
function idSpan(context: InterchangeContext, index: number): Span {
  const { text, table, delimiters } = context;
  const start = table.startOf(index);
  const end = table.endOf(index);
  let idEnd = indexWithin(text, delimiters.element, start, end);
  if (idEnd === -1) idEnd = end;
  return spanOf(start, idEnd);
}
