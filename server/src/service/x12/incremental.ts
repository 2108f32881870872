import type { StructuralProblem } from '../model';
import type { Span } from '../spans';
import type { ClaimSlot } from './envelopeWalk';
import { indexWithin } from './elements';
import { createDocument, interchangeOf, x12Internals } from './parseX12';
import type { X12Internals } from './parseX12';
import { InterchangeContext } from './interchangeContext';
import { SegmentId } from './segmentTable';
import type { SegmentTable } from './segmentTable';
import type { X12Document, X12Interchange } from './x12Model';

/**
 * Incremental re-parse of an 837 after a small edit. Re-scanning a 20 MB file costs tens of
 * milliseconds, more than the whole budget of an edit, while most edits change a code or a date
 * inside one segment. Such an edit cannot move a segment boundary, an envelope or a claim boundary,
 * so the new parse reuses the segment table (later offsets shifted lazily, see
 * {@link SegmentTable.shifted}), the envelope walk's results and the claim ranges, and records which
 * claim the edit touched. Any other edit returns undefined and the caller parses the whole text again,
 * so the result is always what a full parse would give.
 *
 * The checks read only the earlier parse's text and the edited segments: a new 20 MB text is a
 * concatenation that V8 flattens (copies into fresh memory) on its first character read, which alone
 * costs about 10 ms, and the texts between several edits are never read at all.
 */

/** One text change by offset into the text before it: `length` characters at `offset` become `text`. */
export interface OffsetEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** One applied edit, as needed to move an offset of the earlier text into the later one. */
export interface EditStep {
  readonly start: number;
  /** End (exclusive) of the replaced range in the text before the edit. */
  readonly oldEnd: number;
  readonly delta: number;
}

/** What changed between an earlier parse and a later one derived from it. */
export interface X12Lineage {
  /** The edits in the order applied; offsets of each refer to the text before it. */
  readonly steps: readonly EditStep[];
  /** Claims (by index, the same in both documents) whose text an edit changed. */
  readonly changedClaims: ReadonlySet<number>;
}

/** One derivation: the document it came from (by id, so old texts are not kept alive) and the edit. */
interface Derivation extends EditStep {
  readonly fromId: number;
  /** The claim the edit touched, or -1 when it touched no claim. */
  readonly claim: number;
}

/** How many derivations a document remembers; a validation further back than this starts afresh. */
const MAX_DERIVATIONS = 64;
const derivations = new WeakMap<X12Document, readonly Derivation[]>();
const ids = new WeakMap<X12Document, number>();
let nextId = 1;

/** A number that identifies a parsed document without keeping it (or its text) alive. */
export function documentIdOf(document: X12Document): number {
  let id = ids.get(document);
  if (id === undefined) {
    id = nextId++;
    ids.set(document, id);
  }
  return id;
}

/**
 * What changed from the parse with id `ancestorId` to `document`, when `document` was derived from it
 * by {@link applyX12Edit} (possibly over several edits); undefined otherwise.
 */
export function lineageSince(document: X12Document, ancestorId: number): X12Lineage | undefined {
  if (documentIdOf(document) === ancestorId) return { steps: [], changedClaims: new Set() };
  const chain = derivations.get(document);
  if (chain === undefined) return undefined;
  const first = chain.findIndex((derivation) => derivation.fromId === ancestorId);
  if (first === -1) return undefined;
  const steps = chain.slice(first);
  const changedClaims = new Set<number>();
  for (const step of steps) if (step.claim !== -1) changedClaims.add(step.claim);
  return { steps, changedClaims };
}

/**
 * Moves an offset of the base text through the steps. Offsets inside a replaced range only occur in
 * changed claims, which are never moved; they are treated as lying before the edit.
 */
export function mapOffset(steps: readonly EditStep[], offset: number): number {
  let moved = offset;
  for (const step of steps) if (moved >= step.oldEnd) moved += step.delta;
  return moved;
}

/** Envelope segments: their content feeds counts, control numbers and versions of the walk. */
const ENVELOPE_IDS = new Set<number>([SegmentId.ISA, SegmentId.IEA, SegmentId.GS, SegmentId.GE, SegmentId.ST, SegmentId.SE]);
/** Segments whose composites the walk probes for an undeclared component separator. */
const PROBED_IDS = new Set<number>([SegmentId.CLM, SegmentId.HI, SegmentId.SV1, SegmentId.SV2]);

/** Letters, digits and the dot: characters that can be neither a delimiter nor junk nor whitespace. */
function isPlain(text: string, start: number, end: number, delimiters: X12Interchange['delimiters']): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    const plain = (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46;
    if (!plain) return false;
  }
  // A file may (unwisely) use a letter, digit or dot as a delimiter; then nothing is plain.
  for (const delimiter of [delimiters.element, delimiters.component, delimiters.segment, delimiters.repetition]) {
    if (delimiter === undefined) continue;
    const code = delimiter.charCodeAt(0);
    if ((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 46) return false;
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
  /** Content (id to terminator) of each segment an earlier step edited, in the text after the steps so far. */
  readonly edited: Map<number, string>;
}

/**
 * The parse of `finalText`, which is `previous`'s text with `edits` applied in order (each relative to
 * the text after the previous one), or undefined when an edit is not one this fast path can take (the
 * caller then parses `finalText` in full).
 */
export function applyX12Edits(previous: X12Document, finalText: string, edits: readonly OffsetEdit[]): X12Document | undefined {
  const base = x12Internals(previous);
  if (base === undefined) return undefined;
  if (edits.length === 0) return base.text === finalText ? previous : undefined;
  if (base.interchanges.length === 0) return undefined;
  const state: EditState = {
    base, table: base.table, length: base.text.length, envelopeProblems: base.envelopeProblems, interchanges: base.interchanges, steps: [], claims: [], edited: new Map(),
  };
  for (const edit of edits) if (!applyStep(state, edit)) return undefined;
  if (finalText.length !== state.length) return undefined;

  const { table } = state;
  const contexts = base.contexts.map((each) => {
    const moved = new InterchangeContext(finalText, table, each.delimiters, each.interchangeIndex, [], each.codeStrings);
    moved.observedComponent = each.observedComponent;
    return moved;
  });
  const document = createDocument(finalText, table, state.interchanges, contexts, base.slots, state.envelopeProblems);
  // The texts between the edits never become documents; their ids only keep the chain's steps apart.
  const added = state.steps.map((step, index): Derivation => ({ ...step, fromId: index === 0 ? documentIdOf(previous) : nextId++, claim: state.claims[index] ?? -1 }));
  derivations.set(document, [...(derivations.get(previous) ?? []), ...added].slice(-MAX_DERIVATIONS));
  return document;
}

/** The parse of `newText`, which is `previous`'s text with one `edit` applied, or undefined (see {@link applyX12Edits}). */
export function applyX12Edit(previous: X12Document, newText: string, edit: OffsetEdit): X12Document | undefined {
  return applyX12Edits(previous, newText, [edit]);
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
  const segmentStart = table.starts[segmentIndex] ?? 0;
  const contentEnd = table.ends[segmentIndex] ?? 0;
  const interchangeIndex = state.interchanges.indexOf(interchangeOf(state.interchanges, segmentIndex));
  const interchange = state.interchanges[interchangeIndex];
  const context = base.contexts[interchangeIndex];
  if (interchange === undefined || context === undefined) return false;
  if (interchange.observedComponent !== undefined || segmentIndex > interchange.lastSegment) return false;
  if (ENVELOPE_IDS.has(table.ids[segmentIndex] ?? 0)) return false;
  if (oldEnd > contentEnd) return false;

  // The segment's content as it stands: from an earlier step, else from the earlier parse's text,
  // where it lies `origin` characters before its place now.
  const edited = state.edited.get(segmentIndex);
  const source = edited ?? base.text;
  const origin = edited === undefined ? shiftBefore(state.steps, start) : segmentStart;
  const { delimiters } = interchange;
  // The edit must lie after the segment id's element separator.
  const separator = indexWithin(source, delimiters.element, segmentStart - origin, contentEnd - origin);
  if (separator === -1 || separator + origin >= start) return false;
  if (!isPlain(edit.text, 0, edit.text.length, delimiters) || !isPlain(source, start - origin, oldEnd - origin, delimiters)) return false;
  const content = source.slice(segmentStart - origin, start - origin) + edit.text + source.slice(oldEnd - origin, contentEnd - origin);
  if (PROBED_IDS.has(table.ids[segmentIndex] ?? 0)) {
    // The edited composite must not now look like one written with an undeclared separator.
    const probe = new InterchangeContext(content, table, delimiters, interchangeIndex, [], context.codeStrings);
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
  state.claims.push(claimHolding(base.slots, segmentIndex));
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

/** The index of the claim whose segment range holds the segment, or -1 (binary search; claims are in order). */
function claimHolding(slots: readonly ClaimSlot[], segmentIndex: number): number {
  let low = 0;
  let high = slots.length - 1;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const slot = slots[middle];
    if (slot === undefined) return -1;
    if (segmentIndex < slot.firstSegment) high = middle - 1;
    else if (segmentIndex > slot.lastSegment) low = middle + 1;
    else return middle;
  }
  return -1;
}
