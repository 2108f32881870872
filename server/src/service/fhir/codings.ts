import { normalizeCode } from '../codes/codeText';
import type { DiagnosisMention, DiagnosisRole } from '../model';
import { spanOf } from '../spans';
import type { FhirCoding, FhirText, FhirValueNote } from './fhirModel';
import { arrayMember, stringMember } from './jsonTree';
import type { JsonString, JsonValue } from './jsonTree';
import { hasIcd10cmShape, systemVerdict } from './systems';

/**
 * Reading the `Coding`s of a `CodeableConcept` in a diagnosis place: which of them carry an ICD code,
 * how the rules see it (ICD-10-CM, or ICD-9-CM and not checked), and where system, code and display stand.
 */

/** A JSON string's content span and value. */
export function textOf(value: JsonString): FhirText {
  return { value: value.value, span: spanOf(value.offset + 1, value.offset + Math.max(1, value.length - 1)) };
}

/** Where the coding sits, for messages and the hover (`ExplanationOfBenefit.diagnosis[sequence 2]`). */
export interface CodingPlace {
  readonly encounterIndex: number;
  readonly role: DiagnosisRole;
  readonly location: string;
}

/** The ICD codings of a CodeableConcept, at most one mention per concept (the first ICD coding). */
export function readCodings(concept: JsonValue | undefined, place: CodingPlace, notes: FhirValueNote[]): FhirCoding[] {
  const found: FhirCoding[] = [];
  for (const coding of arrayMember(concept, 'coding')) {
    if (coding.kind !== 'object') continue;
    const code = stringMember(coding, 'code');
    const system = stringMember(coding, 'system');
    if (system !== undefined) notes.push({ span: textOf(system).span, kind: 'system', value: system.value });
    if (code === undefined) continue;
    const verdict = systemVerdict(system?.value);
    const value = code.value.trim();
    if (verdict === 'other' || value === '') continue;
    // Under a wrong or missing system only a code of ICD-10-CM's shape is taken for a diagnosis.
    if (verdict === 'icd10-like' && !hasIcd10cmShape(value)) continue;
    const display = stringMember(coding, 'display');
    const codeText = textOf(code);
    const taken = found.some((earlier) => earlier.mention !== undefined);
    const mention: DiagnosisMention | undefined = taken ? undefined : {
      code: normalizeCode(value),
      span: codeText.span,
      system: verdict === 'icd9cm' ? 'icd9cm' : 'icd10cm',
      role: place.role,
      // FHIR writes ICD-10-CM dotted, so fixes write the dotted form whatever was typed.
      writtenDotted: true,
      location: place.location,
    };
    found.push({
      encounterIndex: place.encounterIndex,
      code: codeText,
      ...(system === undefined ? {} : { system: textOf(system) }),
      ...(display === undefined ? {} : { display: textOf(display) }),
      objectStart: coding.offset + 1,
      ...(mention === undefined ? {} : { mention }),
    });
  }
  return found;
}

/** The first `code` among the codings of a CodeableConcept (or of each concept of an array). */
export function firstCodeOf(concepts: JsonValue | undefined): string | undefined {
  const list = concepts?.kind === 'array' ? concepts.items : concepts === undefined ? [] : [concepts];
  for (const concept of list) {
    for (const coding of arrayMember(concept, 'coding')) {
      const code = stringMember(coding, 'code');
      if (code !== undefined) return code.value;
    }
  }
  return undefined;
}

/** Every `code` among the codings of the concepts, with its place (for the diagnosis-type hover). */
export function codeStringsOf(concepts: JsonValue | undefined): JsonString[] {
  const list = concepts?.kind === 'array' ? concepts.items : concepts === undefined ? [] : [concepts];
  const codes: JsonString[] = [];
  for (const concept of list) {
    for (const coding of arrayMember(concept, 'coding')) {
      const code = stringMember(coding, 'code');
      if (code !== undefined) codes.push(code);
    }
  }
  return codes;
}
