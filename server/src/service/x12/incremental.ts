import type { StructuralProblem } from '../model';
import type { Span } from '../spans';
import { buildClaimInWindow, readClaimCodesInWindow } from './claimWindow';
import type { ClaimWindowSource } from './claimWindow';
import type { ClaimSlot, ClaimSlots } from './claimSlots';
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
 * A derived parse never reads its own text: a new 20 MB text is a concatenation that V8 flattens
 * (copies into fresh memory) on its first character read, which alone costs about 10 ms and leaves
 * 20 MB of garbage per keystroke. The checks read the edited segments and a flat text read in full
 * earlier (the root), and the claims an edit changed are built from windows cut from the same (see
 * claimWindow.ts). Other reads (hover, a full validation) read the text as usual; once the caller has
 * made it flat, a re-parse with no edits lets the parse read it directly again and the root go.
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

/**
 * How a derived parse reads its text without reading the whole string: the root (a flat text that an
 * earlier parse read in full), the steps since, and the content of each segment they edited. A parse
 * made by a full scan has none: its text is flat.
 */
interface ReadState {
  readonly root: string;
  /** The steps since the root, in order. */
  readonly steps: readonly EditStep[];
  /** Content (id to terminator) of each segment edited since the root, as it stands in the parse's text. */
  readonly edited: ReadonlyMap<number, string>;
  /** The claims holding an edited segment: they are built from windows. */
  readonly claims: ReadonlySet<number>;
}

const readStates = new WeakMap<X12Document, ReadState>();

/**
 * How many steps a parse reads through before it reads its text again (which copies it once). Each
 * step costs a little in every read, and the edited segments stay in memory until then.
 */
const MAX_STEPS_SINCE_ROOT = 64;

/** What the steps so far made of the earlier parse. */
interface EditState {
  readonly base: X12Internals;
  readonly root: string;
  table: SegmentTable;
  /** Length of the text after the steps so far. */
  length: number;
  envelopeProblems: readonly StructuralProblem[];
  interchanges: readonly X12Interchange[];
  /** The steps of this call, and the claim each touched (-1 for none). */
  readonly steps: EditStep[];
  readonly claims: number[];
  /** The steps since the root, this call's included. */
  readonly rootSteps: EditStep[];
  /** Content (id to terminator) of each segment edited since the root, in the text after the steps so far. */
  readonly edited: Map<number, string>;
  readonly editedClaims: Set<number>;
}

/**
 * The parse of `finalText`, which is `previous`'s text with `edits` applied in order (each relative to
 * the text after the previous one), or undefined when an edit is not one this fast path can take (the
 * caller then parses `finalText` in full).
 */
export function applyX12Edits(previous: X12Document, finalText: string, edits: readonly OffsetEdit[]): X12Document | undefined {
  const base = x12Internals(previous);
  if (base === undefined) return undefined;
  if (edits.length === 0) {
    if (base.text !== finalText) return undefined;
    // The same text, which the caller has made flat: read it directly from now on and let the root go.
    readStates.delete(previous);
    return previous;
  }
  if (base.interchanges.length === 0) return undefined;
  let read = readStates.get(previous);
  if (read !== undefined && read.steps.length + edits.length > MAX_STEPS_SINCE_ROOT) read = undefined;
  const state: EditState = {
    base,
    root: read?.root ?? base.text,
    table: base.table,
    length: base.text.length,
    envelopeProblems: base.envelopeProblems,
    interchanges: base.interchanges,
    steps: [],
    claims: [],
    rootSteps: [...(read?.steps ?? [])],
    edited: new Map(read?.edited ?? []),
    editedClaims: new Set(read?.claims ?? []),
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
  readStates.set(document, { root: state.root, steps: state.rootSteps, edited: state.edited, claims: state.editedClaims });
  readEditedClaimsThroughWindows(document, base.slots, contexts, table, finalText.length);
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

  // The segment's content as it stands: from an earlier step, else from the root, where it lies
  // `origin` characters before its place now.
  const edited = state.edited.get(segmentIndex);
  const source = edited ?? state.root;
  const origin = edited === undefined ? shiftBefore(state.rootSteps, start) : segmentStart;
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
  state.rootSteps.push(step);
  const claim = base.slots.indexOfSegment(segmentIndex);
  state.claims.push(claim);
  if (claim !== -1) state.editedClaims.add(claim);
  return true;
}

/**
 * Makes the document build (and read the codes of) the claims edited since the root from windows, so
 * that validating an edit does not read the new text. Other claims read the text as usual.
 */
function readEditedClaimsThroughWindows(
  document: X12Document, slots: ClaimSlots, contexts: readonly InterchangeContext[], table: SegmentTable, textLength: number,
): void {
  const { buildEncounter, claimCodes } = document;
  const windowSource = (claimIndex: number): { source: ClaimWindowSource; slot: ClaimSlot } | undefined => {
    const read = readStates.get(document);
    const slot = slots.get(claimIndex);
    const context = slot === undefined ? undefined : contexts[slot.interchangeIndex];
    if (read === undefined || slot === undefined || context === undefined || !read.claims.has(claimIndex)) return undefined;
    return { slot, source: { table, textLength, context, read: (start, end) => readText(read, table, start, end) } };
  };
  Object.assign(document, {
    buildEncounter: (claimIndex: number) => {
      const window = windowSource(claimIndex);
      return window === undefined ? buildEncounter(claimIndex) : buildClaimInWindow(window.source, window.slot);
    },
    claimCodes: (claimIndex: number, out: string[]) => {
      const window = windowSource(claimIndex);
      return window === undefined ? claimCodes(claimIndex, out) : readClaimCodesInWindow(window.source, window.slot, out);
    },
  });
}

/**
 * The parse's text in `[start, end)`, made of the edited segments' contents and, between them, slices
 * of the root (that text is unchanged since the root, only moved).
 */
function readText(read: ReadState, table: SegmentTable, start: number, end: number): string {
  let text = '';
  let position = start;
  const { starts } = table;
  for (let index = Math.max(0, table.lastStartingAtOrBefore(start)); index < table.count; index++) {
    const segmentStart = starts[index] ?? 0;
    if (segmentStart >= end) break;
    const content = read.edited.get(index);
    if (content === undefined || segmentStart < position) continue;
    text += rootSlice(read, position, segmentStart) + content.slice(0, end - segmentStart);
    position = Math.min(end, segmentStart + content.length);
  }
  return text + rootSlice(read, position, end);
}

/** Text that no step since the root replaced, `[start, end)` in the parse's offsets, from the root. */
function rootSlice(read: ReadState, start: number, end: number): string {
  if (end <= start) return '';
  const shift = shiftBefore(read.steps, start);
  return read.root.slice(start - shift, end - shift);
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

