import type { DiagnosisMention, DiagnosisRole, DiagnosisSystem, ProcedureMention, StructuralProblem } from '../model';
import { clipSlice } from '../codes/codeText';
import { spanOf } from '../spans';
import type { ClaimReading } from './claimReading';
import { isCleanCode, splitElements } from './elements';
import type { InterchangeContext } from './interchangeContext';

/**
 * Reading the composites of one HI segment: diagnosis qualifiers become {@link DiagnosisMention}s,
 * ICD-10-PCS qualifiers become procedures, and other information codes (occurrence, value, condition)
 * are skipped. Damage becomes problems; the rest of the segment is still read.
 */

export interface QualifierMeaning {
  readonly system: DiagnosisSystem;
  readonly role: DiagnosisRole;
}

/** HI qualifiers that carry a diagnosis, ICD-10-CM (`A…`) and their ICD-9-CM counterparts. */
export const DIAGNOSIS_QUALIFIERS: ReadonlyMap<string, QualifierMeaning> = new Map<string, QualifierMeaning>([
  ['ABK', { system: 'icd10cm', role: 'principal' }],
  ['ABF', { system: 'icd10cm', role: 'other' }],
  ['ABJ', { system: 'icd10cm', role: 'admitting' }],
  ['APR', { system: 'icd10cm', role: 'reason-for-visit' }],
  ['ABN', { system: 'icd10cm', role: 'external-cause' }],
  ['BK', { system: 'icd9cm', role: 'principal' }],
  ['BF', { system: 'icd9cm', role: 'other' }],
  ['BJ', { system: 'icd9cm', role: 'admitting' }],
  ['PR', { system: 'icd9cm', role: 'reason-for-visit' }],
  ['BN', { system: 'icd9cm', role: 'external-cause' }],
]);

/** HI qualifiers for procedures: ICD-10-PCS (`BBR`, `BBQ`) and ICD-9-CM volume 3 (`BR`, `BQ`). */
export const PROCEDURE_QUALIFIERS: ReadonlyMap<string, ProcedureMention['system']> = new Map<string, ProcedureMention['system']>([
  ['BBR', 'icd10pcs'],
  ['BBQ', 'icd10pcs'],
  ['BR', 'other'],
  ['BQ', 'other'],
]);

/** What a known qualifier means, looked up by its packed characters without creating a string. */
export interface QualifierInfo {
  readonly name: string;
  readonly diagnosis: QualifierMeaning | undefined;
  readonly procedure: ProcedureMention['system'] | undefined;
}

/** A two- or three-character qualifier packed into one number, read from the text without a slice. */
export function packQualifier(text: string, start: number, end: number): number {
  let packed = 0;
  for (let i = start; i < end; i++) packed = packed * 256 + text.charCodeAt(i);
  return packed;
}

const QUALIFIERS = new Map<number, QualifierInfo>();
for (const name of [...DIAGNOSIS_QUALIFIERS.keys(), ...PROCEDURE_QUALIFIERS.keys()]) {
  QUALIFIERS.set(packQualifier(name, 0, name.length), { name, diagnosis: DIAGNOSIS_QUALIFIERS.get(name), procedure: PROCEDURE_QUALIFIERS.get(name) });
}

/** The known qualifier of a packed number (`packQualifier`), if it is one. */
export function knownQualifier(packed: number): QualifierInfo | undefined {
  return QUALIFIERS.get(packed);
}

/** The known qualifier written in `[start, end)`, if it is one (qualifiers are two or three characters). */
function lookupQualifier(text: string, start: number, end: number): QualifierInfo | undefined {
  const length = end - start;
  return length === 2 || length === 3 ? QUALIFIERS.get(packQualifier(text, start, end)) : undefined;
}

/** What one HI segment contributed. */
export interface HiSegmentContent {
  /** Number of diagnoses this segment appended. */
  readonly diagnosisCount: number;
  /** Number of non-empty composites in the segment. */
  readonly compositeCount: number;
  /** End offset of the last non-empty composite, where an appended composite goes. */
  readonly appendOffset: number;
}

/** `HI01`…`HI99` and `HI01-2`…, built once so that hundreds of thousands of mentions share them. */
const ELEMENT_NAMES: readonly string[] = Array.from({ length: 100 }, (_, position) => `HI${String(position).padStart(2, '0')}`);
const CODE_LOCATIONS: readonly string[] = ELEMENT_NAMES.map((name) => `${name}-2`);

function elementName(position: number): string {
  return ELEMENT_NAMES[position] ?? `HI${position}`;
}

function codeLocation(position: number): string {
  return CODE_LOCATIONS[position] ?? `HI${position}-2`;
}

/** Reads one HI segment `[start, end)` of a claim, appending to the claim's `diagnoses` and `procedures`. */
export function readHiSegment(
  context: InterchangeContext, start: number, end: number, diagnoses: DiagnosisMention[], procedures: ProcedureMention[],
): HiSegmentContent {
  const { text, problems, parts } = context;
  const bounds = context.elements.hi;
  const boundsLength = splitElements(text, start, end, context.delimiters.element, bounds) * 2;
  const diagnosesBefore = diagnoses.length;
  let compositeCount = 0;
  let appendOffset = end;
  let lastNonEmpty = -1;
  for (let i = 0; i < boundsLength; i += 2) if ((bounds[i + 1] ?? 0) > (bounds[i] ?? 0)) lastNonEmpty = i;

  for (let i = 0; i < boundsLength; i += 2) {
    const elementStart = bounds[i] ?? start;
    const elementEnd = bounds[i + 1] ?? elementStart;
    const name = elementName(i / 2 + 1);
    if (elementEnd === elementStart) {
      if (i < lastNonEmpty) problems.push(emptyComposite(elementStart, `${name} is empty; composites must not leave gaps between diagnoses.`));
      continue;
    }
    compositeCount++;
    appendOffset = elementEnd;
    const partCount = context.components(elementStart, elementEnd);
    const qualifierStart = parts[0] ?? elementStart;
    const qualifierEnd = parts[1] ?? elementEnd;
    const known = lookupQualifier(text, qualifierStart, qualifierEnd);
    if (partCount < 2) {
      // A bare qualifier followed by a bare code is a known generator bug (`HI*BK*8901`): read both, say so.
      const nextStart = i + 2 < boundsLength ? bounds[i + 2] : undefined;
      const nextEnd = i + 3 < boundsLength ? bounds[i + 3] : undefined;
      const meaning = known?.diagnosis;
      if (known !== undefined && meaning !== undefined && nextStart !== undefined && nextEnd !== undefined && nextEnd > nextStart
        && context.components(nextStart, nextEnd) === 1 && isCleanCode(text, nextStart, nextEnd)) {
        const codeText = text.slice(nextStart, nextEnd);
        const qualifier = known.name;
        problems.push(missingQualifier(elementStart, nextEnd,
          `${name} holds the qualifier ${qualifier} and ${elementName(i / 2 + 2)} the code ${codeText} as separate elements; write them as one composite (${qualifier}${context.writtenComponent}${codeText}).`));
        diagnoses.push({
          code: context.code(nextStart, nextEnd),
          span: spanOf(nextStart, nextEnd),
          system: meaning.system,
          role: meaning.role,
          writtenDotted: false,
          qualifier,
          qualifierSpan: spanOf(qualifierStart, qualifierEnd),
          location: elementName(i / 2 + 2),
        });
        compositeCount++;
        appendOffset = nextEnd;
        i += 2;
        continue;
      }
      problems.push(missingQualifier(elementStart, elementEnd,
        `${name} '${text.slice(elementStart, elementEnd)}' is not a qualifier${context.writtenComponent}code composite, so it is not read as a diagnosis.`));
      continue;
    }
    const codeStart = parts[2] ?? qualifierEnd;
    const codeEnd = parts[3] ?? codeStart;
    if (known === undefined) continue;
    const { name: qualifier, diagnosis: meaning, procedure: procedureSystem } = known;
    if (codeEnd === codeStart) {
      problems.push(emptyComposite(elementStart, `${name} has the qualifier ${qualifier} but no code.`, elementEnd));
      continue;
    }
    const codeText = context.cleanCode(codeStart, codeEnd);
    if (codeText === undefined) {
      problems.push({
        id: 'x12-code-illegal-characters',
        span: spanOf(codeStart, codeEnd),
        severity: 'error',
        message: `${name}-2 '${clipSlice(text, codeStart, codeEnd)}' contains characters other than letters and digits; X12 codes are written without dots or punctuation.`,
      });
      continue;
    }
    if (procedureSystem !== undefined) {
      procedures.push({ code: codeText, span: spanOf(codeStart, codeEnd), system: procedureSystem, qualifier });
      continue;
    }
    if (meaning === undefined) continue;
    diagnoses.push(diagnosisMention(codeText, codeStart, codeEnd, meaning, qualifier, qualifierStart, qualifierEnd, i / 2 + 1));
  }
  return { diagnosisCount: diagnoses.length - diagnosesBefore, compositeCount, appendOffset };
}

/** The mention of a diagnosis read from a well-formed composite: one literal, so every mention has one shape. */
export function diagnosisMention(
  code: string, codeStart: number, codeEnd: number, meaning: QualifierMeaning, qualifier: string, qualifierStart: number, qualifierEnd: number, position: number,
): DiagnosisMention {
  return {
    code,
    span: spanOf(codeStart, codeEnd),
    system: meaning.system,
    role: meaning.role,
    writtenDotted: false,
    qualifier,
    qualifierSpan: spanOf(qualifierStart, qualifierEnd),
    location: codeLocation(position),
  };
}

/**
 * Appends the diagnoses and procedures of a claim's HI segments as the claim screen recorded them in
 * `reading` (the claim must be the one the reading holds): the same mentions {@link readHiSegment}
 * makes of composites without damage, which are the only ones a complete reading has. Without
 * `diagnoses`, only the procedures are made (the diagnoses are kept as numbers, `ClaimDiagnoses`).
 */
export function mentionsFromReading(
  context: InterchangeContext, reading: ClaimReading, diagnoses: DiagnosisMention[] | undefined, procedures: ProcedureMention[],
): void {
  for (let index = 0; index < reading.compositeCount; index++) {
    const known = QUALIFIERS.get(reading.qualifierOf(index));
    if (known === undefined) continue;
    const codeStart = reading.codeStartOf(index);
    const codeEnd = reading.codeEndOf(index);
    const { name: qualifier, diagnosis: meaning, procedure: procedureSystem } = known;
    if (procedureSystem !== undefined) {
      const code = context.cleanCode(codeStart, codeEnd);
      if (code !== undefined) procedures.push({ code, span: spanOf(codeStart, codeEnd), system: procedureSystem, qualifier });
      continue;
    }
    if (meaning === undefined || diagnoses === undefined) continue;
    const number = reading.codeNumberOf(index);
    // The reading took the code from the context's shared strings: by its number, or as written when it had none.
    const code = number >= 0 ? context.codeStrings.codeOf(number) ?? context.code(codeStart, codeEnd) : context.code(codeStart, codeEnd);
    diagnoses.push(diagnosisMention(code, codeStart, codeEnd, meaning, qualifier, reading.qualifierStartOf(index), reading.qualifierEndOf(index), reading.positionOf(index)));
  }
}

function emptyComposite(start: number, message: string, end = start): StructuralProblem {
  // An empty element has no characters of its own, so the span covers the separator before it.
  return { id: 'x12-empty-composite', span: spanOf(end === start ? start - 1 : start, end === start ? start + 1 : end), severity: 'warning', message };
}

function missingQualifier(start: number, end: number, message: string): StructuralProblem {
  return { id: 'x12-hi-missing-qualifier', span: spanOf(start, end), severity: 'error', message };
}
