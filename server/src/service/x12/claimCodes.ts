import { CODE_CHAR_VALUES } from './codeStrings';
import { MAX_HI_ELEMENTS_READ } from './elementScratch';
import { DIAGNOSIS_QUALIFIERS, packQualifier, PROCEDURE_QUALIFIERS } from './hiComposites';
import type { InterchangeContext } from './interchangeContext';
import type { ClaimReading } from './claimReading';
import { SegmentId } from './segmentTable';
import type { CodeNumbers } from './x12Model';
import { highestPointer, NOT_A_POINTER } from './diagnosisPointers';

/**
 * Reading a claim's ICD-10-CM diagnosis codes straight from its HI segments, without building its
 * encounter. A batch of 100,000 claims has findings on a few thousand; validation screens every
 * claim with the codes alone and builds (mentions, spans, procedures, dates) only the claims a rule
 * could fire on. The screen is only sound when building the claim would find no structural problem,
 * so this reader follows `readHiSegment` (hiComposites.ts) composite by composite and gives up, with
 * -1, wherever the builder would report something or read a diagnosis that is not ICD-10-CM.
 */

/** A return value of {@link readClaimCodes}: the claim must be built to be checked. */
export const NEEDS_BUILD = -1;

/** What a qualifier means to the screen, by its packed characters (no string per composite). */
const QualifierKind = {
  /** ICD-10-CM diagnosis (`ABK`, `ABF`, …): the code is read. */
  Icd10Diagnosis: 1,
  /** ICD-9-CM diagnosis (`BK`, …): the builder reports `icd9-not-checked`, so the claim must be built. */
  Icd9Diagnosis: 2,
  /** A procedure qualifier (`BBR`, `BR`, …): no rule reads procedures, but an empty or unclean code is a problem. */
  Procedure: 3,
} as const;

const QUALIFIER_KINDS = new Map<number, number>();
for (const [name, meaning] of DIAGNOSIS_QUALIFIERS) {
  QUALIFIER_KINDS.set(packQualifier(name, 0, name.length), meaning.system === 'icd10cm' ? QualifierKind.Icd10Diagnosis : QualifierKind.Icd9Diagnosis);
}
for (const name of PROCEDURE_QUALIFIERS.keys()) QUALIFIER_KINDS.set(packQualifier(name, 0, name.length), QualifierKind.Procedure);

const PRINCIPAL = packQualifier('ABK', 0, 3);
const OTHER = packQualifier('ABF', 0, 3);

/**
 * Writes the ICD-10-CM diagnosis codes of the claim whose segments are `firstSegment` (its CLM) to
 * `lastSegment` (upper-cased shared strings) into `out` from index 0 in the encounter's reporting order (a principal diagnosis written later moves first, as the claim
 * builder does) and returns how many, or {@link NEEDS_BUILD} when building the claim would find a
 * structural problem or an ICD-9-CM diagnosis. With `reading`, what the claim builder needs from the
 * same segments is recorded in it as they go by (see claimReading.ts); it holds the claim only when
 * the count is returned.
 */
export function readClaimCodes(
  context: InterchangeContext, firstSegment: number, lastSegment: number, out: string[], numbers?: CodeNumbers, reading?: ClaimReading,
): number {
  const { table } = context;
  const { ids } = table;
  let count = 0;
  // The highest diagnosis pointer of the claim's service lines, read in the same pass as its codes.
  let highest = 0;
  context.principalCount = 0;
  reading?.begin();
  for (let index = firstSegment + 1; index <= lastSegment; index++) {
    const id = ids[index];
    if (id === SegmentId.HI) {
      count = readHiCodes(context, index, out, count, numbers?.values, reading);
      if (count === NEEDS_BUILD) return NEEDS_BUILD;
    } else if (id === SegmentId.SV1) {
      const pointer = highestPointer(context, table.startOf(index), table.endOf(index));
      // A pointer that names no position is a finding (diagnosis-pointer-invalid): build the claim.
      if (pointer === NOT_A_POINTER) return NEEDS_BUILD;
      if (pointer > highest) highest = pointer;
      reading?.addProfessionalLine();
    } else if (reading !== undefined) {
      recordForBuilder(reading, index, id ?? 0);
    }
  }
  const { principals, principalCount } = context;
  if (principalCount > 0 && principals[0] !== 0) {
    principalFirst(principals, principalCount, out, count);
    if (numbers !== undefined) principalFirst(principals, principalCount, numbers.values, count);
  }
  if (numbers !== undefined) numbers.numbering = context.codeStrings;
  // So is a service line pointing past the claim's diagnoses.
  if (highest > count) return NEEDS_BUILD;
  reading?.complete(context, firstSegment);
  return count;
}

/** Notes the segments besides HI and SV1 that the claim builder reads: the dates and the institutional segments. */
function recordForBuilder(reading: ClaimReading, index: number, id: number): void {
  if (id === SegmentId.DTP) reading.addDate(index);
  else if (id === SegmentId.SV2 || id === SegmentId.CL1) reading.addInstitutionalSegment();
}

/** Moves the principal diagnoses to the front, keeping the written order within both groups (`principalFirst` in claimBuilder.ts). */
function principalFirst<T>(allPrincipals: readonly number[], principalCount: number, out: T[], count: number): void {
  const principals = allPrincipals.slice(0, principalCount);
  const isPrincipal = new Set(principals);
  const reordered = [...principals.map((position) => out[position] as T)];
  for (let i = 0; i < count; i++) if (!isPrincipal.has(i)) reordered.push(out[i] as T);
  for (let i = 0; i < count; i++) out[i] = reordered[i] as T;
}

/**
 * Appends one HI segment's ICD-10-CM codes to `out` at `count`; returns the new count or
 * {@link NEEDS_BUILD}. An interchange whose composites use another separator than ISA16 (a few damaged
 * files) is left to the claim builder, which settles per element which separator applies: its claims
 * are all built and checked in full, as they were before the screen existed.
 */
function readHiCodes(context: InterchangeContext, segmentIndex: number, out: string[], count: number, numbers: number[] | undefined, reading: ClaimReading | undefined): number {
  if (context.observedComponent !== undefined) return NEEDS_BUILD;
  const { table } = context;
  return readHiCodesInOnePass(context, table.startOf(segmentIndex), table.endOf(segmentIndex), out, count, numbers, reading, segmentIndex);
}

/**
 * One pass over the segment's characters. Each element is read as its qualifier (packed into a
 * number), its code (packed six bits a character by `CODE_CHAR_VALUES`, which also tells whether it
 * is clean, and which finds the code's shared string without reading the characters again) and the
 * rest up to the next element. Every character costs a few comparisons, which matters on a batch with
 * half a million diagnoses. With `numbers`, each code's number goes beside it.
 */
function readHiCodesInOnePass(
  context: InterchangeContext, start: number, end: number, out: string[], count: number, numbers: number[] | undefined,
  reading: ClaimReading | undefined, segmentIndex: number,
): number {
  const { text, delimiters } = context;
  const elementCode = delimiters.element.charCodeAt(0);
  const componentCode = delimiters.component.charCodeAt(0);
  const values = CODE_CHAR_VALUES;
  let position = start;
  while (position < end && text.charCodeAt(position) !== elementCode) position++;
  let written = count;
  let sawEmpty = false;
  let elements = 0;
  // What the claim builder's insertion point needs: the segment's non-empty composites and where the last one ends.
  let nonEmpty = 0;
  let appendOffset = end;
  reading?.reserve(MAX_HI_ELEMENTS_READ);
  while (position < end) {
    const elementStart = position + 1;
    // Three tight loops, one per part: the qualifier, the code, and whatever follows (POA, dates).
    let cursor = elementStart;
    let qualifier = 0;
    let code = 0;
    for (; cursor < end; cursor++) {
      code = text.charCodeAt(cursor);
      if (code === elementCode || code === componentCode) break;
      if (cursor - elementStart < 3) qualifier = qualifier * 256 + code;
    }
    const qualifierLength = cursor - elementStart;
    const hasComponent = cursor < end && code === componentCode;
    const codeStart = cursor + 1;
    let high = 0;
    let low = 0;
    let clean = true;
    if (hasComponent) {
      for (cursor = codeStart; cursor < end; cursor++) {
        code = text.charCodeAt(cursor);
        if (code === elementCode || code === componentCode) break;
        const value = code < 128 ? values[code] ?? 0 : 0;
        if (value === 0) clean = false;
        const index = cursor - codeStart;
        if (index < 4) high = (high << 6) | value;
        else if (index < 8) low = (low << 6) | value;
      }
    }
    const codeEnd = hasComponent ? cursor : codeStart;
    const codeLength = codeEnd - codeStart;
    while (cursor < end && text.charCodeAt(cursor) !== elementCode) cursor++;
    position = cursor;
    // The builder reads at most MAX_HI_ELEMENTS_READ elements; a longer segment is left to it.
    if (++elements > MAX_HI_ELEMENTS_READ) return NEEDS_BUILD;
    if (cursor === elementStart) {
      // Trailing empty composites are harmless; an empty one before a filled one is a reported gap.
      sawEmpty = true;
      continue;
    }
    // A composite without a component separator is reported (missing qualifier), whatever it holds.
    if (sawEmpty || !hasComponent) return NEEDS_BUILD;
    nonEmpty++;
    appendOffset = cursor;
    const kind = qualifierLength === 2 || qualifierLength === 3 ? kindOf(qualifier) : undefined;
    // Occurrence, value and condition codes are skipped by the builder without a word.
    if (kind === undefined) continue;
    if (kind === QualifierKind.Icd9Diagnosis || codeLength === 0 || !clean) return NEEDS_BUILD;
    if (kind !== QualifierKind.Icd10Diagnosis) {
      reading?.addProcedureComposite(qualifier, elementStart, codeEnd, elements);
      continue;
    }
    if (qualifier === PRINCIPAL) context.principals[context.principalCount++] = written;
    if (codeLength > 8) {
      if (numbers !== undefined) numbers[written] = -1;
      out[written++] = context.code(codeStart, codeEnd);
      reading?.addComposite(qualifier, elementStart, codeEnd, -1, elements);
      continue;
    }
    const { codeStrings } = context;
    const number = codeStrings.packedNumber(high, low, text, codeStart, codeEnd);
    if (numbers !== undefined) numbers[written] = number;
    out[written++] = codeStrings.codeOf(number) as string;
    reading?.addComposite(qualifier, elementStart, codeEnd, number, elements);
  }
  if (reading !== undefined && written > count) reading.diagnosisSegment(segmentIndex, nonEmpty, appendOffset);
  return written;
}

/** The kind of a packed qualifier; the two that carry almost every diagnosis are tested first. */
function kindOf(qualifier: number): number | undefined {
  if (qualifier === OTHER || qualifier === PRINCIPAL) return QualifierKind.Icd10Diagnosis;
  return QUALIFIER_KINDS.get(qualifier);
}
