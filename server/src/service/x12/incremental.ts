import type { StructuralProblem } from '../model';
import type { Span } from '../spans';
import { createDocument, interchangeOf, x12Internals } from './parseX12';
import { InterchangeContext } from './interchangeContext';
import { SegmentId, SegmentTable } from './segmentTable';
import type { X12Document, X12Interchange } from './x12Model';

/**
 * Incremental re-parse of an 837 after a small edit. Re-scanning a 20 MB file costs tens of
 * milliseconds, more than the whole budget of an edit, while most edits change a code or a date
 * inside one segment. Such an edit cannot move a segment boundary, an envelope or a claim boundary,
 * so the new parse reuses the segment table (later offsets shifted), the envelope walk's results and
 * the claim ranges, and records which claim the edit touched. Any other edit returns undefined and
 * the caller parses the whole text again, so the result is always what a full parse would give.
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
 * The parse of `newText`, which is `previous`'s text with `edit` applied, or undefined when the edit
 * is not one this fast path can take (the caller then parses `newText` in full).
 */
export function applyX12Edit(previous: X12Document, newText: string, edit: OffsetEdit): X12Document | undefined {
  const old = x12Internals(previous);
  if (old === undefined) return undefined;
  const start = edit.offset;
  const oldEnd = edit.offset + edit.length;
  const delta = edit.text.length - edit.length;
  if (start < 0 || oldEnd > old.text.length || newText.length !== old.text.length + delta) return undefined;
  const { table } = old;
  const segmentIndex = table.lastStartingAtOrBefore(start);
  if (segmentIndex < 0 || old.interchanges.length === 0) return undefined;
  const segmentStart = table.starts[segmentIndex] ?? 0;
  const contentEnd = table.ends[segmentIndex] ?? 0;
  const interchangeIndex = old.interchanges.indexOf(interchangeOf(old.interchanges, segmentIndex));
  const interchange = old.interchanges[interchangeIndex];
  const context = old.contexts[interchangeIndex];
  if (interchange === undefined || context === undefined) return undefined;
  if (interchange.observedComponent !== undefined || segmentIndex > interchange.lastSegment) return undefined;
  if (ENVELOPE_IDS.has(table.ids[segmentIndex] ?? 0)) return undefined;
  // The edit must lie after the segment id's element separator and not beyond the terminator.
  const separator = old.text.indexOf(interchange.delimiters.element, segmentStart);
  if (separator === -1 || separator >= start || oldEnd > contentEnd) return undefined;
  if (!isPlain(edit.text, 0, edit.text.length, interchange.delimiters) || !isPlain(old.text, start, oldEnd, interchange.delimiters)) return undefined;

  const step: EditStep = { start, oldEnd, delta };
  const nextTable = shiftedTable(table, segmentIndex, delta);
  const envelopeProblems: StructuralProblem[] = [];
  for (const problem of old.envelopeProblems) {
    const span = moveSpan(problem.span, step);
    if (span === undefined) return undefined;
    envelopeProblems.push(span === problem.span ? problem : { ...problem, span });
  }
  const interchanges: X12Interchange[] = [];
  for (const each of old.interchanges) {
    const span = moveSpan(each.span, step);
    if (span === undefined) return undefined;
    interchanges.push(span === each.span ? each : { ...each, span });
  }
  const contexts = old.contexts.map((each) => {
    const moved = new InterchangeContext(newText, nextTable, each.delimiters, each.interchangeIndex, [], each.codeStrings);
    moved.observedComponent = each.observedComponent;
    return moved;
  });
  if (PROBED_IDS.has(table.ids[segmentIndex] ?? 0)) {
    // The edited composite must not now look like one written with an undeclared separator.
    const probe = new InterchangeContext(newText, nextTable, interchange.delimiters, interchangeIndex, [], context.codeStrings);
    probe.probeComposites(nextTable.starts[segmentIndex] ?? 0, nextTable.ends[segmentIndex] ?? 0);
    if (probe.observedComponent !== undefined) return undefined;
  }

  const document = createDocument(newText, nextTable, interchanges, contexts, old.slots, envelopeProblems);
  const derivation: Derivation = { start, oldEnd, delta, fromId: documentIdOf(previous), claim: claimHolding(old.slots, segmentIndex) };
  derivations.set(document, [...(derivations.get(previous) ?? []), derivation].slice(-MAX_DERIVATIONS));
  return document;
}

/**
 * A copy of the table with the edited segment's end and every later segment moved by `delta`. The ids
 * do not change and a parsed table is never appended to, so the copy shares them.
 */
function shiftedTable(table: SegmentTable, segmentIndex: number, delta: number): SegmentTable {
  const next = new SegmentTable(0);
  next.starts = table.starts.slice(0, table.count);
  next.ends = table.ends.slice(0, table.count);
  next.ids = table.ids;
  next.count = table.count;
  if (delta !== 0) {
    const { starts, ends } = next;
    ends[segmentIndex] = (ends[segmentIndex] ?? 0) + delta;
    for (let i = segmentIndex + 1; i < next.count; i++) {
      starts[i] = (starts[i] ?? 0) + delta;
      ends[i] = (ends[i] ?? 0) + delta;
    }
  }
  return next;
}

/** The index of the claim whose segment range holds the segment, or -1 (binary search; claims are in order). */
function claimHolding(slots: readonly { readonly firstSegment: number; readonly lastSegment: number }[], segmentIndex: number): number {
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

/**
 * Applies several edits in order (each relative to the text after the previous one), ending at
 * `finalText`; undefined as soon as one edit needs a full parse.
 */
export function applyX12Edits(previous: X12Document, finalText: string, edits: readonly OffsetEdit[]): X12Document | undefined {
  let current = previous;
  for (let i = 0; i < edits.length; i++) {
    const edit = edits[i] as OffsetEdit;
    const before = x12Internals(current)?.text;
    if (before === undefined) return undefined;
    const text = i === edits.length - 1 ? finalText : before.slice(0, edit.offset) + edit.text + before.slice(edit.offset + edit.length);
    const next = applyX12Edit(current, text, edit);
    if (next === undefined) return undefined;
    current = next;
  }
  return edits.length === 0 && x12Internals(current)?.text !== finalText ? undefined : current;
}
