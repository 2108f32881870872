import type { Encounter, StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { stringReader } from '../document/textReader';
import type { TextReader } from '../document/textReader';
import type { BuiltClaim } from './claimBuilder';
import type { ClaimSlot } from './claimSlots';
import { buildClaimAt, ClaimBuilder } from './claimBuilder';
import { readClaimCodes } from './claimCodes';
import type { ClaimReading } from './claimReading';
import { buildClaimInWindow, readClaimCodesInWindow } from './claimWindow';
import type { ClaimWindowSource } from './claimWindow';
import { CodeStrings } from './codeStrings';
import { ElementScratch } from './elementScratch';
import { ClaimSlots } from './claimSlots';
import { walkInterchange } from './envelopeWalk';
import { InterchangeContext } from './interchangeContext';
import { findBinaryJunk } from './binaryJunk';
import { scanX12 } from './scanner';
import { SegmentTable } from './segmentTable';
import { viewSegment } from './segmentElements';
import type { ClaimBuildOptions, CodeNumbers, X12ClaimRange, X12Document, X12Interchange, X12Segment } from './x12Model';

/**
 * Parses an X12 837 into an {@link X12Document}: a scan into the segment table, then a walk over each
 * interchange's envelopes that cuts the segments into claims. Claims' diagnoses are read when first
 * asked for: `encounters` builds and keeps them all, while {@link X12Document.buildEncounter} builds one
 * claim without keeping it. Damage becomes problems; this function does not throw on bad input.
 */
export function parseX12(text: string, codeStrings: CodeStrings = new CodeStrings()): ParsedX12 {
  const envelopeProblems: StructuralProblem[] = [];
  const { table, interchanges: scanned } = scanX12(text, envelopeProblems);
  const slots = new ClaimSlots();
  const interchanges: X12Interchange[] = [];
  const contexts: InterchangeContext[] = [];
  const elements = new ElementScratch();
  scanned.forEach((interchange, interchangeIndex) => {
    const context = new InterchangeContext(text, table, interchange.delimiters, interchangeIndex, envelopeProblems, codeStrings, elements);
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
  return createDocument({ reader: stringReader(text), flat: text }, table, interchanges, contexts, slots, envelopeProblems);
}

/** An 837 with no interchange that reports only `problems` (what a parse that failed unexpectedly gives). */
export function emptyX12(problems: readonly StructuralProblem[]): ParsedX12 {
  return createDocument({ reader: stringReader(''), flat: '' }, new SegmentTable(0), [], [], new ClaimSlots(), problems);
}

/** What an incremental re-parse needs from an earlier parse; kept out of the public document. */
export interface X12Internals {
  /** The parse's text: a flat string for a full parse, or the pieces an edit left. */
  readonly text: X12Text;
  readonly table: SegmentTable;
  readonly interchanges: readonly X12Interchange[];
  readonly contexts: readonly InterchangeContext[];
  readonly slots: ClaimSlots;
  readonly envelopeProblems: readonly StructuralProblem[];
}

/**
 * The text a parse reads. A full parse reads a flat string (`flat`); a parse derived from an earlier
 * one by an edit reads its text through `reader` only, a claim or a segment at a time (the text of an
 * edited 20 MB document is a concatenation that a read of the whole would copy).
 */
export interface X12Text {
  readonly reader: TextReader;
  readonly flat?: string;
}

/** An 837 parse as this parser makes it: the public document and what a re-parse needs. */
export interface ParsedX12 extends X12Document {
  readonly internals: X12Internals;
}

/** The internals of a document made by this parser, or undefined for any other object. */
export function x12Internals(document: X12Document): X12Internals | undefined {
  return 'internals' in document ? (document as ParsedX12).internals : undefined;
}

function byOffset(a: StructuralProblem, b: StructuralProblem): number {
  return a.span.offset - b.span.offset;
}

/** How a document reads one claim and one segment: from its flat text, or from windows cut from its reader. */
interface ClaimAccess {
  buildEncounter(claimIndex: number, options?: ClaimBuildOptions): BuiltClaim;
  claimCodes(claimIndex: number, out: string[], numbers?: CodeNumbers, reading?: ClaimReading): number;
  segment(index: number, interchange: X12Interchange): X12Segment;
}

function flatAccess(reader: TextReader, table: SegmentTable, slots: ClaimSlots, contextOf: (claimIndex: number) => InterchangeContext): ClaimAccess {
  // One builder serves the claims of an interchange, reset for each claim; claims are mostly asked for in order, so
  // keeping the last interchange's builder makes a new one only when the interchange changes.
  let builder: ClaimBuilder | undefined;
  const builderOf = (context: InterchangeContext): ClaimBuilder => (builder?.context === context ? builder : (builder = new ClaimBuilder(context)));
  return {
    // The claim's numbers are passed one by one: a slot object per built claim would be made and dropped at once.
    buildEncounter: (claimIndex, options) => buildClaimAt(
      builderOf(contextOf(claimIndex)), claimIndex, slots.firstSegment(claimIndex), slots.lastSegment(claimIndex), slots.versionOf(claimIndex), options,
    ),
    claimCodes: (claimIndex, out, numbers, reading) => readClaimCodes(contextOf(claimIndex), slots.firstSegment(claimIndex), slots.lastSegment(claimIndex), out, numbers, reading),
    segment: (index, interchange) => viewSegment(reader, table, index, interchange.delimiters, interchange.observedComponent),
  };
}

function windowAccess(reader: TextReader, table: SegmentTable, slots: ClaimSlots, contextOf: (claimIndex: number) => InterchangeContext): ClaimAccess {
  const source = (claimIndex: number): ClaimWindowSource => ({ table, textLength: reader.length, context: contextOf(claimIndex), read: (start, end) => reader.slice(start, end) });
  return {
    buildEncounter: (claimIndex, options) => buildClaimInWindow(source(claimIndex), slots.get(claimIndex) as ClaimSlot, options),
    claimCodes: (claimIndex, out, numbers, reading) => readClaimCodesInWindow(source(claimIndex), slots.get(claimIndex) as ClaimSlot, out, numbers, reading),
    // A segment's elements are read through the reader a character at a time, so the pieces an edit left are never joined.
    segment: (index, interchange) => viewSegment(reader, table, index, interchange.delimiters, interchange.observedComponent),
  };
}

/**
 * Builds the document as a plain object whose methods are closures and whose `encounters` and
 * `problems` are own enumerable getters: spreading it (`{ ...parsed, encounters }`) keeps working.
 */
export function createDocument(
  text: X12Text,
  table: SegmentTable,
  interchanges: readonly X12Interchange[],
  contexts: readonly InterchangeContext[],
  slots: ClaimSlots,
  envelopeProblems: readonly StructuralProblem[],
): ParsedX12 {
  let encounters: Encounter[] | undefined;
  let problems: StructuralProblem[] | undefined;

  const contextOf = (claimIndex: number): InterchangeContext => {
    const context = claimIndex >= 0 && claimIndex < slots.length && Number.isInteger(claimIndex) ? contexts[slots.interchangeIndex(claimIndex)] : undefined;
    if (context === undefined) throw new RangeError(`Claim index ${claimIndex} is outside 0..${slots.length - 1}.`);
    return context;
  };
  const access = text.flat === undefined ? windowAccess(text.reader, table, slots, contextOf) : flatAccess(text.reader, table, slots, contextOf);
  let claimsView: readonly X12ClaimRange[] | undefined;
  const buildAll = (): void => {
    const built: Encounter[] = [];
    const found: StructuralProblem[] = [...envelopeProblems];
    for (let claimIndex = 0; claimIndex < slots.length; claimIndex++) {
      const claim = access.buildEncounter(claimIndex);
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
    return access.segment(index, interchangeOf(interchanges, index));
  };
  const segmentAt = (offset: number): X12Segment | undefined => {
    const index = table.lastStartingAtOrBefore(offset);
    // The terminator belongs to the segment, so a cursor right after the content still finds it.
    if (index === -1 || offset > table.endOf(index)) return undefined;
    return segment(index);
  };

  const document = {
    languageId: 'x12-837' as const,
    interchanges,
    claimCount: slots.length,
    claimOfSegment: (segmentIndex: number): number => slots.indexOfSegment(segmentIndex),
    envelopeProblems,
    segmentCount: table.count,
    buildEncounter: (claimIndex: number, options?: ClaimBuildOptions): BuiltClaim => access.buildEncounter(claimIndex, options),
    claimCodes: (claimIndex: number, out: string[], numbers?: CodeNumbers, reading?: ClaimReading): number => access.claimCodes(claimIndex, out, numbers, reading),
    segment,
    segmentAt,
    internals: { text, table, interchanges, contexts, slots, envelopeProblems },
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
  return document as typeof document & Pick<X12Document, 'encounters' | 'problems' | 'claims'>;
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
