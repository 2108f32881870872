import type { FhirCoding } from '../fhir/fhirModel';
import { FHIR_ONLY, icd10cmCodingsOf } from '../fhir/ruleSupport';
import { ICD10_WHO_SYSTEM, ICD10CM_SYSTEM } from '../fhir/systems';
import type { Finding, QuickFix, Rule } from './rule';
import { shown } from './ruleHelpers';

/**
 * A diagnosis coding whose code has ICD-10-CM's shape but whose `system` is missing or is not
 * `http://hl7.org/fhir/sid/icd-10-cm` (WHO's `http://hl7.org/fhir/sid/icd-10`, the OID, a misspelt URI).
 * FHIR R4 names each code system by its URI, and US Core and CARIN bind diagnoses to ICD-10-CM's, so a
 * validator rejects the coding and a receiver cannot tell which classification the code belongs to.
 */
export const fhirIcd10cmSystem: Rule = {
  id: 'fhir-icd10cm-system',
  defaultSeverity: 'error',
  summary: 'An ICD-10-CM diagnosis code in FHIR has a missing or wrong system URI (not http://hl7.org/fhir/sid/icd-10-cm).',
  grounding: 'FHIR R4 Terminologies: code systems (ICD-10-CM is http://hl7.org/fhir/sid/icd-10-cm); US Core and CARIN Blue Button diagnosis bindings',
  reactsTo: { languages: FHIR_ONLY },
  check(context): readonly Finding[] {
    return icd10cmCodingsOf(context).filter((coding) => coding.system?.value !== ICD10CM_SYSTEM).map(systemFinding);
  },
};

function systemFinding(coding: FhirCoding): Finding {
  const code = shown(coding.mention?.code ?? coding.code.value);
  const fix: QuickFix = coding.system === undefined
    ? { title: `Add the system ${ICD10CM_SYSTEM}`, isPreferred: true, edits: [{ span: { offset: coding.objectStart, length: 0 }, newText: `"system": "${ICD10CM_SYSTEM}", ` }] }
    : { title: `Set the system to ${ICD10CM_SYSTEM}`, isPreferred: true, edits: [{ span: coding.system.span, newText: ICD10CM_SYSTEM }] };
  if (coding.system === undefined) {
    return {
      span: coding.code.span,
      message: `${code} has no system, so a receiver cannot tell it is ICD-10-CM; add "system": "${ICD10CM_SYSTEM}" (FHIR R4 Terminologies).`,
      fixes: [fix],
    };
  }
  const written = coding.system.value.slice(0, 60);
  const why = coding.system.value === ICD10_WHO_SYSTEM
    ? `${ICD10_WHO_SYSTEM} is WHO's ICD-10, not the US ICD-10-CM, and US validators reject a US code under it`
    : `"${written}" is not the ICD-10-CM system URI`;
  return {
    span: coding.system.span,
    message: `${why}; write ${code} with the system ${ICD10CM_SYSTEM} (FHIR R4 Terminologies).`,
    fixes: [fix],
  };
}
