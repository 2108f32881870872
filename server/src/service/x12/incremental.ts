import type { StructuralProblem } from '../model';
import type { Span } from '../spans';
import type { EditStep, OffsetEdit } from '../document/offsetEdit';
import { stringReader } from '../document/textReader';
import type { TextReader } from '../document/textReader';
import { indexWithin } from './elements';
import { createDocument, interchangeOf, x12Internals } from './parseX12';
import type { ParsedX12, X12Internals } from './parseX12';
import { InterchangeContext } from './interchangeContext';
import { SegmentId } from './segmentTable';
import type { SegmentTable } from './segmentTable';
import type { X12Document, X12Interchange } from './x12Model';

/**
 * Incremental re-parse of an 837 after small edits. Re-scanning a 20 MB file costs tens of
 * milliseconds, more than the whole budget of an edit, while most edits change a code or a date
 * inside one segment. Such an edit cannot move a segment boundary, an envelope or a claim boundary,
 * so the new parse reuses the segment table (later offsets shifted lazily, see
 * {@link SegmentTable.shifted}), the envelope walk's results and the claim ranges, and says which
 * claims the edits touched. Any other edit returns undefined and the caller parses the whole text
 * again, so the result is always what a full parse would give.
 *
 * A derived parse never reads its whole text: the text of an edited 20 MB document is kept in pieces
 * (`DocumentText`), and reading it whole would copy it. The checks here read the edited segments of the
 * earlier parse's text, and the derived parse reads claims and segments through windows cut from its
 * reader (see claimWindow.ts). Once the host has made the text flat, {@link onFlatText} gives the same
 * parse over the flat string.
 */

export type { EditStep, OffsetEdit };

/** What changed between an earlier parse and a later one derived from it. */
export interface X12Lineage {
  /** The edits in the order applied; offsets of each refer to the text before it. */
  readonly steps: readonly EditStep[];
  /** Claims (by index, the same in both documents) whose text an edit changed. */
  readonly changedClaims: ReadonlySet<number>;
}

/** A parse derived from an earlier one, the steps between them and the claim each step touched (-1 for none). */
export interface X12Derivation {
  readonly document: ParsedX12;
  readonly steps: readonly EditStep[];
  readonly claims: readonly number[];
}

/** Envelope segments: their content feeds counts, control numbers and versions of the walk. */
const ENVELOPE_IDS = new Set<number>([SegmentId.ISA, SegmentId.IEA, SegmentId.GS, SegmentId.GE, SegmentId.ST, SegmentId.SE]);
/** Segments whose composites the walk probes for an undeclared component separator. */
const PROBED_IDS = new Set<number>([SegmentId.CLM, SegmentId.HI, SegmentId.SV1, SegmentId.SV2]);

function isPlainCode(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
}

/** Letters, digits and the dot: characters that can be neither a delimiter nor junk nor whitespace. */
function isPlain(text: string, start: number, end: number, delimiters: X12Interchange['delimiters']): boolean {
  for (let i = start; i < end; i++) if (!isPlainCode(text.charCodeAt(i))) return false;
  // A file may (unwisely) use a letter, digit or dot as a delimiter; then nothing is plain.
  for (const delimiter of [delimiters.element, delimiters.component, delimiters.segment, delimiters.repetition]) {
    if (delimiter !== undefined && isPlainCode(delimiter.charCodeAt(0))) return false;
  }
  return true;
}

/** A span after the edit, or undefined when it overlaps the edit only in part (the caller then parses afresh). */
function moveSpan(span: Span, step: EditStep): Span | undefined {
  const end = span.offset + span.length;
  if (end <= step.start) return span;
  if (span.offset >= step.oldEnd) return { offset: span.offset + step.delta, length: span.length };
  if (span.offset <= step.start && end >= step.oldEnd) return { offset: span.offset, length: span.length + step.delta };
  return undefined;
}

/** What the steps so far made of the earlier parse. */
interface EditState {
  readonly base: X12Internals;
  table: SegmentTable;
  /** Length of the text after the steps so far. */
  length: number;
  envelopeProblems: readonly StructuralProblem[];
  interchanges: readonly X12Interchange[];
  readonly steps: EditStep[];
  readonly claims: number[];
  /** Content (id to terminator) of each segment an earlier step of this call edited, as it stands now. */
  readonly edited: Map<number, string>;
}

/**
 * The parse of `text`, which is `previous`'s text with `edits` applied in order (each relative to the
 * text after the previous one), or undefined when an edit is not one this fast path can take (the
 * caller then parses the whole text).
 */
export function applyX12Edits(previous: X12Document, text: TextReader, edits: readonly OffsetEdit[]): X12Derivation | undefined {
  const base = x12Internals(previous);
  if (base === undefined || base.interchanges.length === 0 || edits.length === 0) return undefined;
  const state: EditState = {
    base,
    table: base.table,
    length: base.text.reader.length,
    envelopeProblems: base.envelopeProblems,
    interchanges: base.interchanges,
    steps: [],
    claims: [],
    edited: new Map(),
  };
  for (const edit of edits) if (!applyStep(state, edit)) return undefined;
  if (text.length !== state.length) return undefined;
  const contexts = base.contexts.map((each) => movedContext(each, '', state.table));
  const document = createDocument({ reader: text }, state.table, state.interchanges, contexts, base.slots, state.envelopeProblems);
  return { document, steps: state.steps, claims: state.claims };
}

/** The same parse over its text made flat (`flat` must be that text): claims are read from it directly again. */
export function onFlatText(document: X12Document, flat: string): X12Document {
  const base = x12Internals(document);
  if (base === undefined || base.text.flat !== undefined) return document;
  if (flat.length !== base.text.reader.length) throw new Error('The flat text does not match the parse.');
  const contexts = base.contexts.map((each) => movedContext(each, flat, base.table));
  // A reader of its own over the flat text: the earlier reader's pieces would keep the earlier texts alive.
  return createDocument({ reader: stringReader(flat), flat }, base.table, base.interchanges, contexts, base.slots, base.envelopeProblems);
}

/**
 * An interchange's context over another text and table. A parse that reads through windows gives the
 * empty text: its windows make contexts of their own, and read only the delimiters and code strings.
 */
function movedContext(context: InterchangeContext, text: string, table: SegmentTable): InterchangeContext {
  const moved = new InterchangeContext(text, table, context.delimiters, context.interchangeIndex, [], context.codeStrings, context.elements);
  moved.observedComponent = context.observedComponent;
  return moved;
}

/** Applies one edit to the state; false when it needs a full parse. */
function applyStep(state: EditState, edit: OffsetEdit): boolean {
  const { base, table } = state;
  const start = edit.offset;
  const oldEnd = edit.offset + edit.length;
  const delta = edit.text.length - edit.length;
  if (start < 0 || edit.length < 0 || oldEnd > state.length) return false;
  const segmentIndex = table.lastStartingAtOrBefore(start);
  if (segmentIndex < 0) return false;
  const segmentStart = table.startOf(segmentIndex);
  const contentEnd = table.endOf(segmentIndex);
  const interchangeIndex = state.interchanges.indexOf(interchangeOf(state.interchanges, segmentIndex));
  const interchange = state.interchanges[interchangeIndex];
  const context = base.contexts[interchangeIndex];
  if (interchange === undefined || context === undefined) return false;
  if (interchange.observedComponent !== undefined || segmentIndex > interchange.lastSegment) return false;
  if (ENVELOPE_IDS.has(table.ids[segmentIndex] ?? 0)) return false;
  if (oldEnd > contentEnd) return false;

  // The segment's content as it stands: from an earlier step of this call, else from the earlier
  // parse's text, where it lies as far back as this call's earlier steps moved it.
  const origin = shiftBefore(state.steps, segmentStart);
  const current = state.edited.get(segmentIndex) ?? base.text.reader.slice(segmentStart - origin, contentEnd - origin);
  const from = start - segmentStart;
  const to = oldEnd - segmentStart;
  const { delimiters } = interchange;
  // The edit must lie after the segment id's element separator.
  const separator = indexWithin(current, delimiters.element, 0, current.length);
  if (separator === -1 || separator >= from) return false;
  if (!isPlain(edit.text, 0, edit.text.length, delimiters) || !isPlain(current, from, to, delimiters)) return false;
  const content = current.slice(0, from) + edit.text + current.slice(to);
  if (PROBED_IDS.has(table.ids[segmentIndex] ?? 0)) {
    // The edited composite must not now look like one written with an undeclared separator.
    const probe = new InterchangeContext(content, table, delimiters, interchangeIndex, [], context.codeStrings, context.elements);
    probe.probeComposites(0, content.length);
    if (probe.observedComponent !== undefined) return false;
  }

  const step: EditStep = { start, oldEnd, delta };
  const envelopeProblems: StructuralProblem[] = [];
  for (const problem of state.envelopeProblems) {
    const span = moveSpan(problem.span, step);
    if (span === undefined) return false;
    envelopeProblems.push(span === problem.span ? problem : { ...problem, span });
  }
  const interchanges: X12Interchange[] = [];
  for (const each of state.interchanges) {
    const span = moveSpan(each.span, step);
    if (span === undefined) return false;
    interchanges.push(span === each.span ? each : { ...each, span });
  }
  state.edited.set(segmentIndex, content);
  state.table = table.shifted(segmentIndex, delta);
  state.length += delta;
  state.envelopeProblems = envelopeProblems;
  state.interchanges = interchanges;
  state.steps.push(step);
  state.claims.push(base.slots.indexOfSegment(segmentIndex));
  return true;
}

/** How far the earlier steps moved text that now stands at `offset` and that none of them replaced. */
function shiftBefore(steps: readonly EditStep[], offset: number): number {
  let shift = 0;
  // Walking back from the last step, `position` is where the text stood before each one.
  let position = offset;
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i] as EditStep;
    if (position >= step.oldEnd + step.delta) {
      position -= step.delta;
      shift += step.delta;
    }
  }
  return shift;
}
