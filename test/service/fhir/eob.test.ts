import assert from 'node:assert/strict';
import { checkDiagnostics, checkFix, fixTitles } from '../../helpers/checkDiagnostics';

/**
 * The neoplasm rules on FHIR claims: an ExplanationOfBenefit is one encounter, like an 837 claim, and
 * C78.7 (secondary malignant neoplasm of liver and intrahepatic bile duct) with no primary, no C80.1 and
 * no Z85 code gets the warning of ICD-10-CM Guidelines I.C.2.d and I.C.2.k.
 */

const fhir = { language: 'fhir' } as const;

describe('FHIR ExplanationOfBenefit encounters', () => {
  it('fires secondary-without-primary on an EOB with C78.7 alone', () => {
    checkDiagnostics(`
      {"resourceType": "ExplanationOfBenefit", "id": "eob1",
       "billablePeriod": {"start": "2026-11-15"},
       "diagnosis": [
         {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}
                                                                                                                          ^^^^^ warning secondary-without-primary: C78.7 is a secondary site
       ]}
    `, fhir);
  });

  it('stays quiet when the primary (C18.7, sigmoid colon) is reported, whatever the order of the entries', () => {
    checkDiagnostics(`
      {"resourceType": "ExplanationOfBenefit",
       "diagnosis": [
         {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}},
         {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}}
       ]}
    `, fhir);
  });

  it('offers the same "Add C80.1" fix, written as a new diagnosis entry with the next sequence', () => {
    const source = `
      {"resourceType": "ExplanationOfBenefit", "diagnosis": [
        {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}
      ]}
    `;
    assert.ok(fixTitles(source, 'secondary-without-primary', fhir).some((title) => title.startsWith('Add C80.1')));
    checkFix(source, 'secondary-without-primary', 'Add C80.1', `
      {"resourceType": "ExplanationOfBenefit", "diagnosis": [
        {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}, {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C80.1"}]}}
      ]}
    `, fhir);
  });

  it('orders by sequence and takes the principal from type: Z85.3 typed principal is first-listed history', () => {
    checkDiagnostics(`
      {"resourceType": "Claim", "type": {"coding": [{"code": "professional"}]},
       "diagnosis": [
         {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C50.911"}]}},
         {"sequence": 1, "type": [{"coding": [{"code": "principal"}]}], "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z85.3"}]}}
                                                                                                                                                                         ^^^^^ warning history-with-active-cancer
                                                                                                                                                                         ^^^^^ warning history-first-listed
       ]}
    `, fhir);
  });

  it('picks the code set by billablePeriod: C78.7 is checked, a code of no loaded year is unknown', () => {
    checkDiagnostics(`
      {"resourceType": "ExplanationOfBenefit", "billablePeriod": {"start": "2026-11-15"},
       "diagnosis": [
         {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}},
         {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Q99.99"}]}}
                                                                                                                          ^^^^^^ error unknown-code
       ]}
    `, fhir);
  });
});
