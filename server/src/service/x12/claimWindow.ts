import type { DiagnosisMention, Encounter, ProcedureMention, StructuralProblem } from '../model';
import type { Span } from '../spans';
import type { BuiltClaim } from './claimBuilder';
import { buildClaim } from './claimBuilder';
import { readClaimCodes } from './claimCodes';
import type { ClaimReading } from './claimReading';
import type { ClaimSlot } from './claimSlots';
import { InterchangeContext } from './interchangeContext';
import { SegmentTable } from './segmentTable';
import type { ClaimBuildOptions, CodeNumbers } from './x12Model';

/**
 * Reading one claim from a window: the claim's own text, with offsets counted from the claim's start,
 * instead of the whole document's text. After an edit, the new text of a 20 MB document is a
 * concatenation that V8 copies whole (about 10 ms) the first time anything reads a character of it;
 * the claims an edit changed are read from a window built from the edited segments and the earlier
 * flat text instead, and their spans are moved back to the document's offsets. The claim builder and
 * the claim-codes reader run unchanged on the window, so a claim reads exactly as from the whole text.
 */

/** What a window is cut from. */
export interface ClaimWindowSource {
  /** Offsets of the whole document (the window's segment offsets are taken from it). */
  readonly table: SegmentTable;
  /** Length of the whole document's text. */
  readonly textLength: number;
  /** The claim's interchange, for its delimiters, observed separator and shared code strings. */
  readonly context: InterchangeContext;
  /** The document's text in `[start, end)`, read without reading the whole text. */
  read(start: number, end: number): string;
}

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

interface ClaimWindow {
  readonly context: InterchangeContext;
  readonly slot: ClaimSlot;
  /** Where the window starts in the document. */
  readonly offset: number;
}

/**
 * The window of one claim: its segments, and the start of the next one (the insertion point of a new
 * HI segment sits there), renumbered from 0.
 */
function windowOf(source: ClaimWindowSource, slot: ClaimSlot): ClaimWindow {
  const { table } = source;
  const { ids } = table;
  const offset = table.startOf(slot.firstSegment);
  const hasNext = slot.lastSegment + 1 < table.count;
  const end = hasNext ? table.startOf(slot.lastSegment + 1) : source.textLength;
  const window = new SegmentTable(slot.lastSegment - slot.firstSegment + 2);
  for (let index = slot.firstSegment; index <= slot.lastSegment; index++) {
    window.push(table.startOf(index) - offset, table.endOf(index) - offset, ids[index] ?? 0);
  }
  if (hasNext) window.push(end - offset, end - offset, ids[slot.lastSegment + 1] ?? 0);
  const { context } = source;
  const windowContext = new InterchangeContext(source.read(offset, end), window, context.delimiters, context.interchangeIndex, [], context.codeStrings, context.elements);
  windowContext.observedComponent = context.observedComponent;
  return { context: windowContext, slot: { ...slot, firstSegment: 0, lastSegment: slot.lastSegment - slot.firstSegment }, offset };
}

/** Builds the claim from its window, with spans in the document's offsets. */
export function buildClaimInWindow(source: ClaimWindowSource, slot: ClaimSlot, options?: ClaimBuildOptions): BuiltClaim {
  const window = windowOf(source, slot);
  const built = buildClaim(window.context, window.slot, options);
  return { encounter: movedEncounter(built.encounter, window.offset), problems: built.problems.map((problem) => movedProblem(problem, window.offset)) };
}

/** The claim's ICD-10-CM codes (see `readClaimCodes`), read from its window. */
export function readClaimCodesInWindow(source: ClaimWindowSource, slot: ClaimSlot, out: string[], numbers?: CodeNumbers, reading?: ClaimReading): number {
  const window = windowOf(source, slot);
  // The reading holds the window's own context, which no later build shares: such a claim is built from its segments.
  return readClaimCodes(window.context, window.slot.firstSegment, window.slot.lastSegment, out, numbers, reading);
}

function moved(span: Span, by: number): Span {
  return { offset: span.offset + by, length: span.length };
}

function movedProblem(problem: StructuralProblem, by: number): StructuralProblem {
  return { ...problem, span: moved(problem.span, by) };
}

function movedDiagnosis(mention: DiagnosisMention, by: number): DiagnosisMention {
  const result: Mutable<DiagnosisMention> = { ...mention, span: moved(mention.span, by) };
  if (mention.qualifierSpan !== undefined) result.qualifierSpan = moved(mention.qualifierSpan, by);
  return result;
}

function movedProcedure(mention: ProcedureMention, by: number): ProcedureMention {
  const result: Mutable<ProcedureMention> = { ...mention, span: moved(mention.span, by) };
  if (mention.pointers !== undefined) result.pointers = mention.pointers.map((pointer) => ({ value: pointer.value, span: moved(pointer.span, by) }));
  return result;
}

/**
 * The encounter with every offset moved: its span, its mentions' spans and its insertion point. A new
 * offset-carrying field in the model must be moved here too (the incremental tests compare claims
 * read this way with a full parse).
 */
function movedEncounter(encounter: Encounter, by: number): Encounter {
  const result: Mutable<Encounter> = {
    ...encounter,
    label: encounter.label,
    span: moved(encounter.span, by),
    diagnoses: encounter.diagnoses.map((mention) => movedDiagnosis(mention, by)),
    procedures: encounter.procedures.map((mention) => movedProcedure(mention, by)),
  };
  if (encounter.insertionPoint !== undefined) result.insertionPoint = { ...encounter.insertionPoint, offset: encounter.insertionPoint.offset + by };
  return result;
}
