import type { RuleContext } from '../rules/rule';
import type { FhirCoding, FhirEncounterDetail } from './fhirModel';
import { isFhirDocument } from './fhirModel';

/** The FHIR rules check FHIR documents only. */
export const FHIR_ONLY = ['fhir-json'] as const;

/** The FHIR details of the encounter a rule is checking, or undefined outside a FHIR document. */
export function fhirDetailOf(context: RuleContext): FhirEncounterDetail | undefined {
  return isFhirDocument(context.document) ? context.document.details[context.encounter.index] : undefined;
}

/** The encounter's codings the rules check as ICD-10-CM (wrong-system ones included), in reporting order. */
export function icd10cmCodingsOf(context: RuleContext): readonly FhirCoding[] {
  return fhirDetailOf(context)?.codings.filter((coding) => coding.mention?.system === 'icd10cm') ?? [];
}

/** A string as a JSON string's content: quotes, backslashes and control characters escaped. */
export function jsonContent(text: string): string {
  return JSON.stringify(text).slice(1, -1);
}
