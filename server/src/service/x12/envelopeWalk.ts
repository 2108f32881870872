import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { elementBounds, indexWithin } from './elements';
import type { ClaimSlots } from './claimSlots';
import type { InterchangeContext } from './interchangeContext';
import type { ScannedInterchange } from './scanner';
import { SegmentId } from './segmentTable';
import type { X12ClaimRange } from './x12Model';

/**
 * The second pass over one interchange: follow the ISA/GS/ST envelopes, check their trailers'
 * counts and control numbers, and cut the segments into claims. Claims are only delimited here; their
 * diagnoses are read later by the claim builder, one claim at a time.
 */

/** A claim's segment range plus what the builder needs from its envelope. */
export interface ClaimSlot extends X12ClaimRange {
  /** ST03, else GS08: the implementation guide the claim was sent under. */
  readonly version: string | undefined;
}

/** What walking one interchange produced. */
export interface InterchangeWalk {
  /** GS08 of the first functional group. */
  readonly version: string | undefined;
}

interface OpenEnvelope {
  readonly index: number;
  readonly controlNumber: string;
}

/** Walks the interchange, appending encounters and claim ranges, and pushing problems into the context. */
export function walkInterchange(context: InterchangeContext, scanned: ScannedInterchange, claims: ClaimSlots): InterchangeWalk {
  const { table, problems } = context;
  const element = (index: number, position: number): string => readElement(context, index, position);
  let firstVersion: string | undefined;
  let group: OpenEnvelope | undefined;
  let groupVersion: string | undefined;
  let transaction: OpenEnvelope | undefined;
  let transactionVersion: string | undefined;
  let groupCount = 0;
  let transactionsInGroup = 0;
  let claimStart = -1;
  let claimEnd = -1;
  let claimVersion: string | undefined;
  let sawIea = false;

  const closeClaim = (): void => {
    if (claimStart === -1) return;
    claims.push(claimStart, claimEnd, context.interchangeIndex, claimVersion);
    claimStart = -1;
  };
  const closeTransaction = (reason: string): void => {
    if (transaction === undefined) return;
    problems.push(missingTrailer(context, transaction.index, `This ST transaction set has no SE trailer before ${reason}.`));
    transaction = undefined;
  };

  for (let index = scanned.firstSegment; index <= scanned.lastSegment; index++) {
    const id = table.ids[index] ?? 0;
    switch (id) {
      case SegmentId.GS:
        closeClaim();
        closeTransaction('the next GS');
        if (group !== undefined) problems.push(missingTrailer(context, group.index, 'This GS functional group has no GE trailer before the next GS.'));
        groupCount++;
        transactionsInGroup = 0;
        group = { index, controlNumber: element(index, 6) };
        groupVersion = element(index, 8) || undefined;
        firstVersion ??= groupVersion;
        break;
      case SegmentId.ST:
        closeClaim();
        closeTransaction('the next ST');
        transactionsInGroup++;
        transaction = { index, controlNumber: element(index, 2) };
        transactionVersion = element(index, 3) || undefined;
        break;
      case SegmentId.SE:
        closeClaim();
        if (transaction !== undefined) {
          checkCount(context, index, 'x12-se-count-mismatch', index - transaction.index + 1,
            (declared, actual) => `SE01 says the transaction set has ${declared} segments, but ST through SE count ${actual}.`);
          checkControl(context, index, 'SE02', transaction.controlNumber, 'ST02');
          transaction = undefined;
          transactionVersion = undefined;
        }
        break;
      case SegmentId.GE:
        closeClaim();
        closeTransaction('GE');
        if (group !== undefined) {
          checkCount(context, index, 'x12-ge-count-mismatch', transactionsInGroup,
            (declared, actual) => `GE01 says the functional group has ${declared} transaction sets, but it holds ${actual}.`);
          checkControl(context, index, 'GE02', group.controlNumber, 'GS06');
          group = undefined;
        }
        break;
      case SegmentId.IEA:
        closeClaim();
        closeTransaction('IEA');
        if (group !== undefined) problems.push(missingTrailer(context, group.index, 'This GS functional group has no GE trailer before IEA.'));
        group = undefined;
        sawIea = true;
        checkCount(context, index, 'x12-iea-count-mismatch', groupCount,
          (declared, actual) => `IEA01 says the interchange has ${declared} functional groups, but it holds ${actual}.`);
        if (!scanned.guessed) checkControl(context, index, 'IEA02', scanned.controlNumber, 'ISA13');
        break;
      case SegmentId.HL:
        closeClaim();
        break;
      case SegmentId.CLM:
        closeClaim();
        claimStart = index;
        claimEnd = index;
        claimVersion = transactionVersion ?? groupVersion;
        context.probeComposites(table.starts[index] ?? 0, table.ends[index] ?? 0);
        break;
      case SegmentId.HI:
      case SegmentId.SV1:
      case SegmentId.SV2:
        context.probeComposites(table.starts[index] ?? 0, table.ends[index] ?? 0);
        claimEnd = index;
        break;
      default:
        claimEnd = index;
        break;
    }
  }
  closeClaim();
  closeTransaction('the end of the interchange');
  if (group !== undefined) problems.push(missingTrailer(context, group.index, 'This GS functional group has no GE trailer before the end of the interchange.'));
  if (!sawIea && !scanned.guessed && scanned.lastSegment >= scanned.firstSegment) {
    problems.push(missingTrailer(context, scanned.firstSegment, 'This ISA interchange has no IEA trailer.'));
  }
  return { version: firstVersion };
}

/** Reads element `position` (1-based) of a segment as trimmed text, or '' when absent. */
function readElement(context: InterchangeContext, index: number, position: number): string {
  const { text, table, delimiters } = context;
  const bounds = elementBounds(text, table.starts[index] ?? 0, table.ends[index] ?? 0, delimiters.element);
  const start = bounds[(position - 1) * 2];
  const end = bounds[(position - 1) * 2 + 1];
  return start === undefined || end === undefined ? '' : text.slice(start, end).trim();
}

function elementSpan(context: InterchangeContext, index: number, position: number): { offset: number; length: number } {
  const { text, table, delimiters } = context;
  const start = table.starts[index] ?? 0;
  const end = table.ends[index] ?? start;
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

function missingTrailer(context: InterchangeContext, index: number, message: string): StructuralProblem {
  const { text, table, delimiters } = context;
  const start = table.starts[index] ?? 0;
  const end = table.ends[index] ?? start;
  let idEnd = indexWithin(text, delimiters.element, start, end);
  if (idEnd === -1) idEnd = end;
  return { id: 'x12-missing-trailer', span: spanOf(start, idEnd), severity: 'error', message };
}
