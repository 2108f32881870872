/**
 * Code-system URIs for diagnoses in FHIR. R4 names ICD-10-CM `http://hl7.org/fhir/sid/icd-10-cm`
 * (terminologies-systems page); `http://hl7.org/fhir/sid/icd-10` is WHO's ICD-10, which US validators
 * reject for a US code. The other spellings below are the mistakes seen in published claims data.
 */

export const ICD10CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-10-cm';
export const ICD9CM_SYSTEM = 'http://hl7.org/fhir/sid/icd-9-cm';
export const ICD10_WHO_SYSTEM = 'http://hl7.org/fhir/sid/icd-10';
/** The HL7 OID of ICD-10-CM; FHIR wants the URI where one is defined. */
export const ICD10CM_OID = 'urn:oid:2.16.840.1.113883.6.90';

/** How a coding's system is read. */
export type SystemVerdict = 'icd10cm' | 'icd9cm' | 'icd10-like' | 'other';

/**
 * What the `system` of a diagnosis coding says. A missing system, WHO ICD-10, the ICD-10-CM OID and
 * near-miss spellings of the URI (https, a trailing slash, other case, `icd10cm`) are `icd10-like`:
 * a US claim meant ICD-10-CM. ICD-10-PCS and every other system are `other` and never read as diagnoses.
 */
export function systemVerdict(system: string | undefined): SystemVerdict {
  if (system === ICD10CM_SYSTEM) return 'icd10cm';
  if (system === ICD9CM_SYSTEM) return 'icd9cm';
  if (system === undefined || system.trim() === '' || system === ICD10CM_OID) return 'icd10-like';
  const lower = system.toLowerCase();
  if (/pcs/.test(lower) || /icd-?9/.test(lower)) return 'other';
  return /icd-?10/.test(lower) ? 'icd10-like' : 'other';
}

/** ICD-10-CM's shape, dotted or not, any case: a letter, a digit, a letter or digit, then up to four more. */
const ICD10CM_SHAPE = /^[A-Za-z]\d[A-Za-z0-9](?:\.?[A-Za-z0-9]{1,4})?$/;

/** Whether a code value has ICD-10-CM's shape. */
export function hasIcd10cmShape(code: string): boolean {
  return ICD10CM_SHAPE.test(code);
}

/** What a hover says about a system URI. */
export function describeSystem(system: string): string {
  if (system === ICD10CM_SYSTEM) return 'ICD-10-CM, the US clinical modification (the system US claims and US Core require for diagnoses).';
  if (system === ICD10_WHO_SYSTEM) return `WHO ICD-10, the international classification: not the US ICD-10-CM. For a US diagnosis write \`${ICD10CM_SYSTEM}\`.`;
  if (system === ICD9CM_SYSTEM) return 'ICD-9-CM, the US classification used for dates of service before 2015-10-01; the extension does not check these codes.';
  if (system === ICD10CM_OID) return `The OID of ICD-10-CM. FHIR R4 asks for the URI where one is defined: \`${ICD10CM_SYSTEM}\`.`;
  if (systemVerdict(system) === 'icd10-like') return `Not a FHIR code-system URI; ICD-10-CM is \`${ICD10CM_SYSTEM}\`.`;
  return 'A code system the extension does not check.';
}

/** The diagnosis-type codes of R4 `ex-diagnosistype` and CARIN's `C4BBClaimDiagnosisType`, explained. */
export const DIAGNOSIS_TYPES: Readonly<Record<string, string>> = {
  principal: 'the principal diagnosis: the condition established after study to be chiefly responsible for the admission (UHDDS).',
  admitting: 'the admitting diagnosis: the condition that brought the patient in, as known at admission.',
  secondary: 'a secondary (other) diagnosis that coexists and affects the care.',
  other: 'another diagnosis reported on the claim.',
  patientreasonforvisit: 'the patient\'s reason for the outpatient visit.',
  externalcauseofinjury: 'an external cause of injury (V00–Y99).',
  discharge: 'a discharge diagnosis.',
  clinical: 'a clinical diagnosis.',
};
