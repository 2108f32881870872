import type { DiagnosisMention, DiagnosisPointer, Encounter, ProcedureMention, StructuralProblem } from '../model';
import { dateName } from '../modelBase';
import { spanOf } from '../spans';
import { emptyList } from '../reusedLists';
import { indexWithin, splitElements } from './elements';
import { mentionsFromReading, readHiSegment } from './hiComposites';
import type { ClaimReading } from './claimReading';
import { ClaimDiagnoses, IndexedClaim } from './claimDiagnoses';
import { readPointerComponents } from './diagnosisPointers';
import type { ClaimSlot } from './claimSlots';
import { ClaimUnderway, NO_PROCEDURES } from './claimUnderway';
import type { ClaimBuildOptions } from './x12Model';
import type { InterchangeContext } from './interchangeContext';
import { SegmentId } from './segmentTable';

/**
 * Collects one claim (a `CLM` and the segments after it up to the next CLM, HL or trailer) into an
 * {@link Encounter}. Only the segments that matter are split into elements.
 */

/** Whether the first element of the segment `[start, end)` starts with `434` (a statement period, DTP*434). */
function startsWithStatementQualifier(text: string, start: number, end: number, element: string): boolean {
  const separator = indexWithin(text, element, start, end);
  return separator !== -1 && separator + 4 <= end && text.startsWith('434', separator + 1);
}

/**
 * Reads `CCYYMMDD` at `offset` of the context's text as `CCYY-MM-DD`, or undefined when it is not a
 * plausible date. The string is the context's shared one for those eight digits (`isoDate`).
 */
function readDate(context: InterchangeContext, offset: number): string | undefined {
  const { text } = context;
  let digits = 0;
  for (let i = offset; i < offset + 8; i++) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return undefined;
    digits = digits * 10 + code - 48;
  }
  const month = ((digits / 100) | 0) % 100;
  const day = digits % 100;
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return context.isoDate(digits);
}

/** A claim built from its segments, with the problems found inside it. */
export interface BuiltClaim {
  readonly encounter: Encounter;
  /** Read-only: a claim with none shares one frozen list (`NO_PROBLEMS`), which a push would throw on. */
  readonly problems: readonly StructuralProblem[];
}

/** The problems of a claim that has none: one frozen list shared by every such claim. */
const NO_PROBLEMS: readonly StructuralProblem[] = Object.freeze([]);

/** Builds the encounter of one claim slot (see {@link buildClaimAt}). */
export function buildClaim(context: InterchangeContext, slot: ClaimSlot, options?: ClaimBuildOptions): BuiltClaim {
  return buildClaimAt(new ClaimBuilder(context), slot.encounterIndex, slot.firstSegment, slot.lastSegment, slot.version, options);
}

/**
 * Builds the encounter of the claim whose CLM is segment `firstSegment` and whose last segment is
 * `lastSegment`, the encounter at position `encounterIndex`, sent under `version` (ST03 or GS08), with
 * `builder`, which reads its interchange. A caller that builds many claims of one interchange passes the
 * same builder each time (it is reset for each claim), so building a claim allocates what the encounter
 * keeps and little more; nothing the builder holds between claims is reachable from a claim the caller keeps.
 *
 * With `options.borrowedCodes` the caller drops the claim before it builds the next one (see
 * `ClaimBuildOptions`), so a claim built from the screen's reading is returned as the builder's own
 * record of it, in an answer the builder reuses, with the builder's problems list: all three are valid
 * only until the next build.
 */
export function buildClaimAt(
  builder: ClaimBuilder, encounterIndex: number, firstSegment: number, lastSegment: number, version: string | undefined, options?: ClaimBuildOptions,
): BuiltClaim {
  const { context } = builder;
  const serviceLines = options?.serviceLines !== false;
  const borrowedCodes = options?.borrowedCodes;
  builder.reset(firstSegment, encounterIndex, version, serviceLines, borrowedCodes !== undefined);
  const scratch = builder.problems;
  context.problems = scratch;
  const reading = options?.reading;
  if (!serviceLines && reading?.holds(context, firstSegment) === true) {
    builder.take(reading, lastSegment, borrowedCodes);
  } else {
    const { ids } = context.table;
    for (let index = firstSegment + 1; index <= lastSegment; index++) builder.add(index, ids[index] ?? 0);
  }
  const encounter = builder.finish(borrowedCodes !== undefined);
  checkCodeSets(builder.diagnoses, encounter, scratch);
  if (encounter instanceof ClaimUnderway) return builder.dropped(encounter);
  // The builder's list is reused by the next claim, so a claim with problems takes a copy.
  return { encounter, problems: scratch.length === 0 ? NO_PROBLEMS : scratch.slice() };
}

/**
 * The first day on which ICD-10-CM replaced ICD-9-CM for diagnoses (dates of service, or inpatient
 * discharges, on or after it): HHS final rule, 45 CFR 162.1002(c), compliance date 2015-10-01.
 */
export const ICD10_COMPLIANCE_DATE = '2015-10-01';

/**
 * ICD-9 qualifiers on a claim: an error when the claim's date is on or after the ICD-10 compliance
 * date (payers reject such a claim), otherwise one information note that the codes are not checked;
 * and a warning when a claim mixes ICD-9 and ICD-10 qualifiers.
 */
function checkCodeSets(diagnoses: readonly DiagnosisMention[], encounter: Encounter, problems: StructuralProblem[]): void {
  // A claim kept as numbers has no mentions here (and no ICD-9-CM code): no search, and no closure made for one.
  if (diagnoses.length === 0) return;
  const firstIcd9 = diagnoses.find((mention) => mention.system === 'icd9cm');
  if (firstIcd9 === undefined) return;
  const compositeStart = firstIcd9.qualifierSpan?.offset ?? firstIcd9.span.offset;
  const span = spanOf(compositeStart, firstIcd9.span.offset + firstIcd9.span.length);
  const qualifier = firstIcd9.qualifier ?? 'BK';
  const date = encounter.serviceDate;
  if (date !== undefined && date >= ICD10_COMPLIANCE_DATE) {
    problems.push({
      id: 'icd9-after-icd10-date',
      span,
      severity: 'error',
      message: `This claim reports diagnoses with the ICD-9-CM qualifier ${qualifier} for the ${dateName(encounter)} ${date}, but ICD-9-CM codes are not valid for dates on or after ${ICD10_COMPLIANCE_DATE}, so payers reject the claim; report ICD-10-CM codes with the ABK/ABF qualifiers (HIPAA code sets, 45 CFR 162.1002).`,
    });
  } else {
    problems.push({
      id: 'icd9-not-checked',
      span,
      severity: 'information',
      message: `This claim uses ICD-9-CM qualifiers (${qualifier}); the extension checks ICD-10-CM codes only, so these diagnoses are not checked.`,
    });
  }
  const first = diagnoses[0];
  const odd = diagnoses.find((mention) => mention.system !== first?.system);
  if (first === undefined || odd === undefined) return;
  problems.push({
    id: 'x12-mixed-icd-versions',
    span: odd.qualifierSpan ?? odd.span,
    severity: 'warning',
    message: `This claim mixes ICD-9-CM and ICD-10-CM qualifiers (${first.qualifier ?? ''} and ${odd.qualifier ?? ''}); a claim must use one code set.`,
  });
}

/** Principal diagnoses first, the rest in the order written: `diagnoses` (the claim's own copy) is sorted in place when needed. */
function principalFirst(diagnoses: DiagnosisMention[]): DiagnosisMention[] {
  const needsMove = diagnoses.some((mention, index) => index > 0 && mention.role === 'principal' && diagnoses[0]?.role !== 'principal');
  // Array.prototype.sort is stable, so the other diagnoses keep their written order.
  return needsMove ? diagnoses.sort((a, b) => Number(b.role === 'principal') - Number(a.role === 'principal')) : diagnoses;
}

/**
 * Builds one claim from its segments: {@link ClaimBuilder.reset} starts a claim, {@link ClaimBuilder.finish}
 * ends it. A document's claim access keeps one builder for an interchange's claims. What the builder learns
 * of a claim lives in its {@link ClaimUnderway}, restarted whole for each claim; the builder's lists are
 * scratch space, copied into the encounter when the claim has anything in them.
 */
export class ClaimBuilder {
  /** The interchange whose claims this builder reads. */
  readonly context: InterchangeContext;
  /** The claim being built, restarted for every claim. */
  readonly #claim: ClaimUnderway;
  // Scratch space kept from claim to claim, emptied by reset: a list added here must be emptied there too.
  readonly #diagnoses: DiagnosisMention[] = [];
  readonly #procedures: ProcedureMention[] = [];
  /** The claim's structural problems; the context points its `problems` here while the claim is built. */
  readonly problems: StructuralProblem[] = [];
  /** The diagnosis list of the last dropped claim that borrowed its codes, pointed at the next such claim (see `ClaimDiagnoses.borrowing`). */
  #borrowedList: ClaimDiagnoses | undefined;
  /** The answer for a claim the caller drops before the next build (see {@link dropped}), made once. */
  #droppedAnswer: { encounter: Encounter; problems: readonly StructuralProblem[] } | undefined;

  constructor(context: InterchangeContext) {
    this.context = context;
    this.#claim = new ClaimUnderway(context);
  }

  /**
   * Starts a claim at the CLM segment `clmIndex`, the encounter at position `encounterIndex`; `version` is
   * ST03 or GS08; `dropped` says the caller drops the claim before the next build (`ClaimBuildOptions.borrowedCodes`).
   * The claim's record is restarted whole and the scratch lists are emptied, so the last claim leaves nothing.
   */
  reset(clmIndex: number, encounterIndex: number, version: string | undefined, serviceLines: boolean, dropped: boolean): void {
    this.#claim.restart(clmIndex, encounterIndex, version, serviceLines, dropped);
    emptyList(this.#diagnoses);
    emptyList(this.#procedures);
    emptyList(this.problems);
  }

  /** Adds the segment `index` (packed id `id`) to the claim. */
  add(index: number, id: number): void {
    const claim = this.#claim;
    claim.lastSegment = index;
    const { table } = this.context;
    const start = table.startOf(index);
    const end = table.endOf(index);
    switch (id) {
      case SegmentId.HI: this.#addHi(index, start, end); break;
      case SegmentId.SV1: claim.professionalLines++; if (claim.serviceLines) this.#addServiceLine(start, end, 0); break;
      case SegmentId.SV2: claim.institutionalSegments++; if (claim.serviceLines) this.#addServiceLine(start, end, 1); break;
      case SegmentId.CL1: claim.institutionalSegments++; break;
      case SegmentId.DTP: this.#addDate(start, end); break;
      default: break;
    }
  }

  /**
   * Adds every segment up to `lastSegment` from what the claim screen recorded of this claim (its
   * service lines' codes are not read): the HI composites, the counts of service-line and
   * institutional segments and the DTP segments, without visiting the claim's segments again. With
   * `borrowedCodes` (see `ClaimBuildOptions.borrowedCodes`) the diagnoses stay in the reading when they can.
   */
  take(reading: ClaimReading, lastSegment: number, borrowedCodes: readonly string[] | undefined): void {
    const claim = this.#claim;
    claim.lastSegment = lastSegment;
    claim.professionalLines = reading.professionalLines;
    claim.institutionalSegments = reading.institutionalSegments;
    // Only a dropped claim borrows (see `ClaimBuildOptions.borrowedCodes`), so its list may serve the next one too.
    const borrowed = borrowedCodes === undefined ? undefined : ClaimDiagnoses.borrowing(this.context, reading, borrowedCodes, this.#borrowedList);
    if (borrowed !== undefined) this.#borrowedList = borrowed;
    const list = borrowed ?? ClaimDiagnoses.fromReading(this.context, reading);
    // A claim with ICD-9-CM codes keeps mentions: the code-set checks read them as written, and such claims are rare.
    if (list.allIcd10()) claim.list = list;
    // The composites are read again only for what the list does not hold: procedures, or the mentions of an ICD-9-CM claim.
    if (claim.list === undefined) mentionsFromReading(this.context, reading, this.#diagnoses, this.#procedures);
    else if (reading.procedureCount > 0) mentionsFromReading(this.context, reading, undefined, this.#procedures);
    if (reading.lastHiSegment >= 0) this.#claim.diagnosisHi(reading.lastHiSegment, reading.lastHiComposites, reading.lastHiAppendOffset);
    const { table } = this.context;
    for (let date = 0; date < reading.dateCount; date++) {
      const index = reading.dateSegment(date);
      this.#addDate(table.startOf(index), table.endOf(index));
    }
  }

  /** The claim's diagnoses so far (the parser checks code-set mixing on them). */
  get diagnoses(): readonly DiagnosisMention[] {
    return this.#diagnoses;
  }

  get firstSegment(): number {
    return this.#claim.firstSegment;
  }

  get lastSegment(): number {
    return this.#claim.lastSegment;
  }

  /**
   * Finishes the claim. The encounter gets copies of the builder's lists (or shared empty ones), never the
   * lists themselves, which the next claim reuses. With `dropped` (the caller drops the claim before the
   * next build) a claim whose diagnoses are kept as numbers is the builder's record of it, finished.
   */
  finish(dropped: boolean): Encounter {
    const claim = this.#claim;
    const procedures = this.#procedures.length === 0 ? NO_PROCEDURES : this.#procedures.slice();
    claim.finish(procedures);
    // A dropped claim works out its span and insertion point only if a rule reads them.
    if (claim.list !== undefined && dropped) return claim;
    const { index, span, source, inpatient, serviceDate, insertionPoint } = claim;
    if (claim.list !== undefined) {
      return new IndexedClaim(index, span, source, procedures, inpatient, serviceDate, claim.dateIsDischarge === true, insertionPoint, claim.list, claim.head);
    }
    const label = claim.label;
    const diagnoses = principalFirst(this.#diagnoses.slice());
    // Two literals rather than a spread, as every built claim makes one.
    if (claim.dateIsDischarge === undefined) {
      return { index, label, span, source, diagnoses, procedures, inpatient, serviceDate, insertionPoint };
    }
    return { index, label, span, source, diagnoses, procedures, inpatient, serviceDate, dateIsDischarge: true, insertionPoint };
  }

  /**
   * The answer for `claim` (the claim just finished) when the caller drops it before the next build: one
   * answer object reused from claim to claim, with the builder's own problems list.
   */
  dropped(claim: ClaimUnderway): BuiltClaim {
    const problems = this.problems.length === 0 ? NO_PROBLEMS : this.problems;
    const answer = (this.#droppedAnswer ??= { encounter: claim, problems });
    answer.encounter = claim;
    answer.problems = problems;
    return answer;
  }

  #addHi(index: number, start: number, end: number): void {
    const content = readHiSegment(this.context, start, end, this.#diagnoses, this.#procedures);
    if (content.diagnosisCount > 0) this.#claim.diagnosisHi(index, content.compositeCount, content.appendOffset);
  }

  /** SV101 (837P) or SV202 (837I) is `qualifier:code:modifiers`. */
  #addServiceLine(start: number, end: number, elementPosition: number): void {
    const context = this.context;
    const { text, delimiters, parts } = context;
    const bounds = context.elements.serviceLine;
    if (splitElements(text, start, end, delimiters.element, bounds) <= elementPosition) return;
    const elementStart = bounds[elementPosition * 2] ?? 0;
    const elementEnd = bounds[elementPosition * 2 + 1] ?? 0;
    if (elementEnd === elementStart || context.components(elementStart, elementEnd) < 2) return;
    const codeStart = parts[2] ?? 0;
    const codeEnd = parts[3] ?? 0;
    if (codeEnd === codeStart) return;
    const isHcpcs = (parts[1] ?? 0) - (parts[0] ?? 0) === 2 && text.startsWith('HC', parts[0]);
    const qualifier = isHcpcs ? 'HC' : text.slice(parts[0] ?? elementStart, parts[1] ?? elementStart);
    const code = context.cleanCode(codeStart, codeEnd);
    if (code === undefined) return;
    const pointers = elementPosition === 0 ? this.#pointers(start, end) : undefined;
    const span = spanOf(codeStart, codeEnd);
    const system = isHcpcs ? 'cpt-hcpcs' : 'other';
    // Two literals rather than a spread: every service line of every built claim makes one.
    this.#procedures.push(pointers === undefined ? { code, span, system, qualifier } : { code, span, system, qualifier, pointers });
  }

  /** The SV107 diagnosis pointers of the SV1 segment `[start, end)`, empty components left out. */
  #pointers(start: number, end: number): DiagnosisPointer[] | undefined {
    const { text, parts } = this.context;
    const count = readPointerComponents(this.context, start, end);
    const pointers: DiagnosisPointer[] = [];
    for (let part = 0; part < count; part++) {
      const pointerStart = parts[part * 2] ?? 0;
      const pointerEnd = parts[part * 2 + 1] ?? 0;
      if (pointerEnd > pointerStart) pointers.push({ value: text.slice(pointerStart, pointerEnd), span: spanOf(pointerStart, pointerEnd) });
    }
    return pointers.length === 0 ? undefined : pointers;
  }

  /**
   * The first DTP*472 (service) or DTP*434 (statement) in the claim gives the date of service; the
   * first statement period's through date (the second half of `RD8`) is kept as the discharge date.
   */
  #addDate(start: number, end: number): void {
    const claim = this.#claim;
    if (claim.firstDate !== undefined && claim.statementThrough !== undefined) return;
    const { text, delimiters, elements } = this.context;
    // Once the date of service is known only a statement period can add anything (its through date):
    // a claim dates every service line, and those later DTP*472 segments are not split at all.
    if (claim.firstDate !== undefined && !startsWithStatementQualifier(text, start, end, delimiters.element)) return;
    const bounds = elements.date;
    if (splitElements(text, start, end, delimiters.element, bounds) < 3) return;
    const qualifierStart = bounds[0] ?? 0;
    if ((bounds[1] ?? 0) - qualifierStart !== 3 || !(text.startsWith('472', qualifierStart) || text.startsWith('434', qualifierStart))) return;
    const formatStart = bounds[2] ?? 0;
    const formatLength = (bounds[3] ?? 0) - formatStart;
    const isDate = formatLength === 2 && text.startsWith('D8', formatStart);
    const isRange = formatLength === 3 && text.startsWith('RD8', formatStart);
    if (!isDate && !isRange) return;
    const valueStart = bounds[4] ?? 0;
    const valueLength = (bounds[5] ?? 0) - valueStart;
    if (valueLength < 8) return;
    claim.firstDate ??= readDate(this.context, valueStart);
    if (claim.statementThrough !== undefined || !text.startsWith('434', qualifierStart)) return;
    // RD8 is CCYYMMDD-CCYYMMDD; a one-day D8 statement is its own through date.
    claim.statementThrough = isRange ? (valueLength >= 17 ? readDate(this.context, valueStart + 9) : undefined) : readDate(this.context, valueStart);
  }
}
