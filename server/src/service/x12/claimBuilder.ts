import type { DiagnosisMention, DiagnosisPointer, Encounter, InsertionPoint, ProcedureMention, StructuralProblem } from '../model';
import { dateName } from '../modelBase';
import { spanOf } from '../spans';
import { indexWithin, splitElements } from './elements';
import { mentionsFromReading, readHiSegment } from './hiComposites';
import type { ClaimReading } from './claimReading';
import { ClaimDiagnoses, IndexedClaim } from './claimDiagnoses';
import { ClaimHead } from './claimHead';
import { readPointerComponents } from './diagnosisPointers';
import type { ClaimSlot } from './claimSlots';
import type { ClaimBuildOptions } from './x12Model';
import type { InterchangeContext } from './interchangeContext';
import { SegmentId } from './segmentTable';

/**
 * Collects one claim (a `CLM` and the segments after it up to the next CLM, HL or trailer) into an
 * {@link Encounter}. Only the segments that matter are split into elements.
 */

/** HI composites one segment may hold (HI01 to HI12). */
const MAX_HI_COMPOSITES = 12;

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

/** The procedures of a claim that has none (every claim built from the screen's reading, nearly): one shared frozen list. */
const NO_PROCEDURES: readonly ProcedureMention[] = Object.freeze([]);

/** Builds the encounter of one claim slot (see {@link buildClaimAt}). */
export function buildClaim(context: InterchangeContext, slot: ClaimSlot, options?: ClaimBuildOptions): BuiltClaim {
  return buildClaimAt(new ClaimBuilder(context), slot.encounterIndex, slot.firstSegment, slot.lastSegment, slot.version, options);
}

/**
 * Builds the encounter of the claim whose CLM is segment `firstSegment` and whose last segment is
 * `lastSegment`, the encounter at position `encounterIndex`, sent under `version` (ST03 or GS08), with
 * `builder`, which reads its interchange. A caller that builds many claims of one interchange passes the
 * same builder each time (it is reset for each claim), so building a claim allocates what the encounter
 * keeps and little more; nothing the builder holds between claims is reachable from a built claim.
 */
export function buildClaimAt(
  builder: ClaimBuilder, encounterIndex: number, firstSegment: number, lastSegment: number, version: string | undefined, options?: ClaimBuildOptions,
): BuiltClaim {
  const { context } = builder;
  const serviceLines = options?.serviceLines !== false;
  builder.reset(new ClaimHead(context, firstSegment, encounterIndex), firstSegment, version, serviceLines);
  const scratch = builder.problems;
  context.problems = scratch;
  const reading = options?.reading;
  if (!serviceLines && reading?.holds(context, firstSegment) === true) {
    builder.take(reading, lastSegment, options?.borrowedCodes);
  } else {
    const { ids } = context.table;
    for (let index = firstSegment + 1; index <= lastSegment; index++) builder.add(index, ids[index] ?? 0);
  }
  const encounter = builder.finish(encounterIndex);
  checkCodeSets(builder.diagnoses, encounter, scratch);
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
 * ends it. A document's claim access keeps one builder for an interchange's claims; its lists are scratch space,
 * copied into the encounter when the claim has anything in them.
 */
export class ClaimBuilder {
  /** The interchange whose claims this builder reads. */
  readonly context: InterchangeContext;
  #firstSegment = 0;
  #head: ClaimHead | undefined;
  #version: string | undefined;
  readonly #diagnoses: DiagnosisMention[] = [];
  readonly #procedures: ProcedureMention[] = [];
  /** The claim's structural problems; the context points its `problems` here while the claim is built. */
  readonly problems: StructuralProblem[] = [];
  /** The diagnoses as numbers, for a claim built from the screen's reading (then {@link #diagnoses} stays empty). */
  #diagnosisList: ClaimDiagnoses | undefined;
  #serviceDate: string | undefined;
  /** The through date of the statement period (DTP*434), the discharge date of an inpatient stay. */
  #statementThrough: string | undefined;
  #professionalLines = 0;
  #institutionalSegments = 0;
  /** Where the claim's last diagnosis HI segment stands, for the insertion point (segment -1: none yet). */
  #lastHiSegment = -1;
  #lastHiComposites = 0;
  #lastHiAppendOffset = 0;
  #lastSegment = 0;
  /** Whether service lines' codes and pointers are read (see `ClaimBuildOptions`); they are counted either way. */
  #serviceLines = true;

  constructor(context: InterchangeContext) {
    this.context = context;
  }

  /**
   * Starts a claim at the CLM segment `clmIndex`, whose `head` reads it when asked; `version` is ST03 or
   * GS08. Everything the last claim left is cleared.
   */
  reset(head: ClaimHead, clmIndex: number, version: string | undefined, serviceLines: boolean): void {
    this.#head = head;
    this.#serviceLines = serviceLines;
    this.#firstSegment = clmIndex;
    this.#lastSegment = clmIndex;
    this.#version = version;
    this.#diagnoses.length = 0;
    this.#procedures.length = 0;
    this.problems.length = 0;
    this.#diagnosisList = undefined;
    this.#serviceDate = undefined;
    this.#statementThrough = undefined;
    this.#professionalLines = 0;
    this.#institutionalSegments = 0;
    this.#lastHiSegment = -1;
    this.#lastHiComposites = 0;
    this.#lastHiAppendOffset = 0;
  }

  /** Adds the segment `index` (packed id `id`) to the claim. */
  add(index: number, id: number): void {
    this.#lastSegment = index;
    const { table } = this.context;
    const start = table.startOf(index);
    const end = table.endOf(index);
    switch (id) {
      case SegmentId.HI: this.#addHi(index, start, end); break;
      case SegmentId.SV1: this.#professionalLines++; if (this.#serviceLines) this.#addServiceLine(start, end, 0); break;
      case SegmentId.SV2: this.#institutionalSegments++; if (this.#serviceLines) this.#addServiceLine(start, end, 1); break;
      case SegmentId.CL1: this.#institutionalSegments++; break;
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
    this.#lastSegment = lastSegment;
    this.#professionalLines = reading.professionalLines;
    this.#institutionalSegments = reading.institutionalSegments;
    const borrowed = borrowedCodes === undefined ? undefined : ClaimDiagnoses.borrowing(this.context, reading, borrowedCodes);
    const list = borrowed ?? ClaimDiagnoses.fromReading(this.context, reading);
    // A claim with ICD-9-CM codes keeps mentions: the code-set checks read them as written, and such claims are rare.
    if (list.allIcd10()) this.#diagnosisList = list;
    // The composites are read again only for what the list does not hold: procedures, or the mentions of an ICD-9-CM claim.
    if (this.#diagnosisList === undefined) mentionsFromReading(this.context, reading, this.#diagnoses, this.#procedures);
    else if (reading.procedureCount > 0) mentionsFromReading(this.context, reading, undefined, this.#procedures);
    if (reading.lastHiSegment >= 0) this.#setLastDiagnosisHi(reading.lastHiSegment, reading.lastHiComposites, reading.lastHiAppendOffset);
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
    return this.#firstSegment;
  }

  get lastSegment(): number {
    return this.#lastSegment;
  }

  /**
   * Finishes the claim as the encounter at position `encounterIndex`. The encounter gets copies of the
   * builder's lists (or shared empty ones), never the lists themselves, which the next claim reuses.
   */
  finish(encounterIndex: number): Encounter {
    const { table } = this.context;
    const head = this.#head as ClaimHead;
    const start = table.startOf(this.#firstSegment);
    const end = table.endOf(this.#lastSegment);
    const institutional = this.#isInstitutional();
    const insertionPoint = this.#insertionPoint(institutional);
    // Only an institutional claim reads its CLM here: a professional one is never inpatient.
    const inpatient = institutional && head.facilityCode.startsWith('11');
    const dischargeDate = inpatient ? this.#statementThrough : undefined;
    const index = encounterIndex;
    const span = spanOf(start, end);
    const source = institutional ? 'x12-837i' : 'x12-837p';
    const procedures = this.#procedures.length === 0 ? NO_PROCEDURES : this.#procedures.slice();
    if (this.#diagnosisList !== undefined) {
      const serviceDate = dischargeDate ?? this.#serviceDate;
      return new IndexedClaim(index, span, source, procedures, inpatient, serviceDate, dischargeDate !== undefined, insertionPoint, this.#diagnosisList, head);
    }
    const label = head.label;
    const diagnoses = principalFirst(this.#diagnoses.slice());
    // An inpatient stay is coded with the code set in effect on its discharge date, so a stay
    // admitted in September and discharged in October takes the new fiscal year's codes. Two literals
    // rather than a spread, as every built claim makes one.
    if (dischargeDate === undefined) {
      return { index, label, span, source, diagnoses, procedures, inpatient, serviceDate: this.#serviceDate, insertionPoint };
    }
    return { index, label, span, source, diagnoses, procedures, inpatient, serviceDate: dischargeDate, dateIsDischarge: true, insertionPoint };
  }

  /**
   * Content decides when it is clear (SV2/CL1 only → 837I, SV1 only → 837P), because real files carry
   * a wrong GS08; otherwise ST03/GS08 decides (X223 → 837I).
   */
  #isInstitutional(): boolean {
    if (this.#institutionalSegments > 0 && this.#professionalLines === 0) return true;
    if (this.#professionalLines > 0 && this.#institutionalSegments === 0) return false;
    return this.#version !== undefined && this.#version.includes('X223');
  }

  #addHi(index: number, start: number, end: number): void {
    const content = readHiSegment(this.context, start, end, this.#diagnoses, this.#procedures);
    if (content.diagnosisCount > 0) this.#setLastDiagnosisHi(index, content.compositeCount, content.appendOffset);
  }

  #setLastDiagnosisHi(segmentIndex: number, compositeCount: number, appendOffset: number): void {
    this.#lastHiSegment = segmentIndex;
    this.#lastHiComposites = compositeCount;
    this.#lastHiAppendOffset = appendOffset;
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
    if (this.#serviceDate !== undefined && this.#statementThrough !== undefined) return;
    const { text, delimiters, elements } = this.context;
    // Once the date of service is known only a statement period can add anything (its through date):
    // a claim dates every service line, and those later DTP*472 segments are not split at all.
    if (this.#serviceDate !== undefined && !startsWithStatementQualifier(text, start, end, delimiters.element)) return;
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
    this.#serviceDate ??= readDate(this.context, valueStart);
    if (this.#statementThrough !== undefined || !text.startsWith('434', qualifierStart)) return;
    // RD8 is CCYYMMDD-CCYYMMDD; a one-day D8 statement is its own through date.
    this.#statementThrough = isRange ? (valueLength >= 17 ? readDate(this.context, valueStart + 9) : undefined) : readDate(this.context, valueStart);
  }

  /**
   * New diagnoses go at the end of the last HI segment that holds diagnoses while it has room; an
   * 837I, which may carry more diagnoses across several HI segments, gets a new HI segment after a full one.
   */
  #insertionPoint(institutional: boolean): InsertionPoint | undefined {
    const segmentIndex = this.#lastHiSegment;
    if (segmentIndex < 0) return undefined;
    const { text, table } = this.context;
    if (this.#lastHiComposites < MAX_HI_COMPOSITES) {
      return { offset: this.#lastHiAppendOffset, prefix: this.context.appendPrefix, suffix: '', dotted: false };
    }
    if (!institutional) return undefined;
    const terminatorOffset = table.endOf(segmentIndex);
    const nextStart = segmentIndex + 1 < table.count ? table.startOf(segmentIndex + 1) : text.length;
    const between = text.slice(terminatorOffset, nextStart);
    return { offset: nextStart, prefix: `HI${this.context.appendPrefix}`, suffix: between, dotted: false };
  }
}
