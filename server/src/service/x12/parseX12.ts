import type { Encounter, StructuralProblem } from '../model';
import { spanOf } from '../spans';
import type { BuiltClaim } from './claimBuilder';
import type { ClaimSlot } from './claimSlots';
import { buildClaim } from './claimBuilder';
import { readClaimCodes } from './claimCodes';
import { CodeStrings } from './codeStrings';
import { materializeSegment } from './elements';
import { ClaimSlots } from './claimSlots';
import { walkInterchange } from './envelopeWalk';
import { InterchangeContext } from './interchangeContext';
import { findBinaryJunk } from './binaryJunk';
import { scanX12 } from './scanner';
import type { SegmentTable } from './segmentTable';
import type { X12ClaimRange, X12Document, X12Interchange, X12Segment } from './x12Model';

/**
 * Parses an X12 837 into an {@link X12Document}: a scan into the segment table, then a walk over each
 * interchange's envelopes that cuts the segments into claims. Claims' diagnoses are read when first
 * asked for: `encounters` builds and keeps them all, while {@link X12Document.buildEncounter} builds one
 * claim without keeping it. Damage becomes problems; this function does not throw on bad input.
 */
export function parseX12(text: string): X12Document {
  const envelopeProblems: StructuralProblem[] = [];
  const { table, interchanges: scanned } = scanX12(text, envelopeProblems);
  const slots = new ClaimSlots();
  const interchanges: X12Interchange[] = [];
  const contexts: InterchangeContext[] = [];
  const codeStrings = sharedCodeStrings();
  scanned.forEach((interchange, interchangeIndex) => {
    const context = new InterchangeContext(text, table, interchange.delimiters, interchangeIndex, envelopeProblems, codeStrings);
    const walk = walkInterchange(context, interchange, slots);
    contexts.push(context);
    interchanges.push({
      span: spanOf(interchange.start, interchange.end),
      delimiters: interchange.delimiters,
      firstSegment: interchange.firstSegment,
      lastSegment: interchange.lastSegment,
      ...(walk.version === undefined ? {} : { version: walk.version }),
      ...(context.observedComponent === undefined ? {} : { observedComponent: context.observedComponent }),
    });
  });
  findBinaryJunk(text, interchanges, envelopeProblems);
  envelopeProblems.sort(byOffset);
  return createDocument(text, table, interchanges, contexts, slots, envelopeProblems);
}

/**
 * Code strings shared by every parse in the process: the command line parses a large batch as a few
 * hundred pieces, and the server parses each version of a document, all with the same few thousand
 * codes. A file full of distinct junk "codes" must not grow it without end, so past a bound it is
 * replaced (strings already handed out stay valid; they are ordinary strings).
 */
let codeStringsInUse = new CodeStrings();
const MAX_SHARED_CODE_STRINGS = 50_000;

function sharedCodeStrings(): CodeStrings {
  if (codeStringsInUse.size > MAX_SHARED_CODE_STRINGS) codeStringsInUse = new CodeStrings();
  return codeStringsInUse;
}

/** What an incremental re-parse needs from an earlier parse; kept out of the public document. */
export interface X12Internals {
  readonly text: string;
  readonly table: SegmentTable;
  readonly interchanges: readonly X12Interchange[];
  readonly contexts: readonly InterchangeContext[];
  readonly slots: ClaimSlots;
  readonly envelopeProblems: readonly StructuralProblem[];
}

const internals = new WeakMap<X12Document, X12Internals>();

/** The internals of a document made by this parser, or undefined for any other object. */
export function x12Internals(document: X12Document): X12Internals | undefined {
  return internals.get(document);
}

function byOffset(a: StructuralProblem, b: StructuralProblem): number {
  return a.span.offset - b.span.offset;
}

/**
 * Builds the document as a plain object whose methods are closures and whose `encounters` and
 * `problems` are own enumerable getters: spreading it (`{ ...parsed, encounters }`) keeps working.
 */
export function createDocument(
  text: string,
  table: SegmentTable,
  interchanges: readonly X12Interchange[],
  contexts: readonly InterchangeContext[],
  slots: ClaimSlots,
  envelopeProblems: readonly StructuralProblem[],
): X12Document {
  let encounters: Encounter[] | undefined;
  let problems: StructuralProblem[] | undefined;

  const contextOf = (claimIndex: number): InterchangeContext => {
    const context = claimIndex >= 0 && claimIndex < slots.length && Number.isInteger(claimIndex) ? contexts[slots.interchangeIndex(claimIndex)] : undefined;
    if (context === undefined) throw new RangeError(`Claim index ${claimIndex} is outside 0..${slots.length - 1}.`);
    return context;
  };
  const buildEncounter = (claimIndex: number): BuiltClaim => {
    const context = contextOf(claimIndex);
    return buildClaim(context, slots.get(claimIndex) as ClaimSlot);
  };
  const claimCodes = (claimIndex: number, out: string[]): number =>
    readClaimCodes(contextOf(claimIndex), slots.firstSegment(claimIndex), slots.lastSegment(claimIndex), out);
  let claimsView: readonly X12ClaimRange[] | undefined;
  const buildAll = (): void => {
    const built: Encounter[] = [];
    const found: StructuralProblem[] = [...envelopeProblems];
    for (let claimIndex = 0; claimIndex < slots.length; claimIndex++) {
      const claim = buildEncounter(claimIndex);
      built.push(claim.encounter);
      for (const problem of claim.problems) found.push(problem);
    }
    found.sort(byOffset);
    encounters = built;
    problems = found;
  };
  const segment = (index: number): X12Segment => {
    if (!Number.isInteger(index) || index < 0 || index >= table.count) {
      throw new RangeError(`Segment index ${index} is outside 0..${table.count - 1}.`);
    }
    const interchange = interchangeOf(interchanges, index);
    return materializeSegment(text, table, index, interchange.delimiters, interchange.observedComponent);
  };
  const segmentAt = (offset: number): X12Segment | undefined => {
    const index = table.lastStartingAtOrBefore(offset);
    // The terminator belongs to the segment, so a cursor right after the content still finds it.
    if (index === -1 || offset > (table.ends[index] ?? 0)) return undefined;
    return segment(index);
  };

  const document = {
    languageId: 'x12-837' as const,
    interchanges,
    claimCount: slots.length,
    claimOfSegment: (segmentIndex: number): number => slots.indexOfSegment(segmentIndex),
    envelopeProblems,
    segmentCount: table.count,
    buildEncounter,
    claimCodes,
    segment,
    segmentAt,
  };
  Object.defineProperty(document, 'encounters', {
    enumerable: true,
    get: (): readonly Encounter[] => {
      if (encounters === undefined) buildAll();
      return encounters ?? [];
    },
  });
  Object.defineProperty(document, 'claims', {
    enumerable: true,
    // Made on first use only: the typed slots are what the checks read.
    get: (): readonly X12ClaimRange[] => (claimsView ??= slots.toArray()),
  });
  Object.defineProperty(document, 'problems', {
    enumerable: true,
    get: (): readonly StructuralProblem[] => {
      if (problems === undefined) buildAll();
      return problems ?? [];
    },
  });
  const result = document as typeof document & Pick<X12Document, 'encounters' | 'problems' | 'claims'>;
  internals.set(result, { text, table, interchanges, contexts, slots, envelopeProblems });
  return result;
}

/** The interchange that holds segment `index`, by binary search over the interchanges' first segments. */
export function interchangeOf(interchanges: readonly X12Interchange[], index: number): X12Interchange {
  let low = 0;
  let high = interchanges.length - 1;
  let found = 0;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if ((interchanges[middle]?.firstSegment ?? 0) <= index) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const interchange = interchanges[found];
  if (interchange === undefined) throw new RangeError('The document has no interchange.');
  return interchange;
}
