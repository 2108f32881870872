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

  it('groups the Conditions of a Bundle by their encounter reference: C18.7 with C78.7 is quiet, C79.51 alone fires', () => {
    checkDiagnostics(`
      {"resourceType": "Bundle", "type": "collection", "entry": [
      {"resource": {"resourceType": "Condition", "encounter": {"reference": "Encounter/1"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}}},
      {"resource": {"resourceType": "Condition", "encounter": {"reference": "Encounter/2"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C79.51"}]}}},
                                                                                                                                                                         ^^^^^^ warning secondary-without-primary: C79.51
      {"resource": {"resourceType": "Condition", "encounter": {"reference": "Encounter/1"}, "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}},
      {"resource": {"resourceType": "Patient", "id": "test-patient"}}
      ]}
    `, fhir);
  });

  it('reads an institutional claim with type of bill 0111 as inpatient: a Z85 principal is an error there, a warning on 0131', () => {
    checkDiagnostics(`
      {"resourceType": "ExplanationOfBenefit", "type": {"coding": [{"code": "institutional"}]},
       "supportingInfo": [{"sequence": 1, "category": {"coding": [{"code": "typeofbill"}]}, "code": {"coding": [{"code": "0111"}]}}],
       "billablePeriod": {"start": "2026-11-10", "end": "2026-11-15"},
       "diagnosis": [
         {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z85.3"}]}},
                                                                                                                          ^^^^^ error history-first-listed
         {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}
       ]}
    `, fhir);
    checkDiagnostics(`
      {"resourceType": "ExplanationOfBenefit", "type": {"coding": [{"code": "institutional"}]},
       "supportingInfo": [{"sequence": 1, "category": {"coding": [{"code": "typeofbill"}]}, "code": {"coding": [{"code": "0131"}]}}],
       "billablePeriod": {"start": "2026-11-10", "end": "2026-11-15"},
       "diagnosis": [
         {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "Z85.3"}]}},
                                                                                                                          ^^^^^ warning history-first-listed
         {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}}
       ]}
    `, fhir);
  });

  it('dates a claim by its items when it has no billablePeriod: C78.31 (new in FY2027) is not valid on 2026-03-15, and the lower sequence (C34.90) is listed first', () => {
    checkDiagnostics(`
      {"resourceType": "Claim", "item": [{"sequence": 1, "servicedDate": "2026-03-15"}], "diagnosis": [
         {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.31"}]}},
                                                                                                                          ^^^^^^ warning code-not-valid-on-date: FY2026
         {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.90"}]}}
      ]}
    `, fhir);
    checkDiagnostics(`
      {"resourceType": "Claim", "item": [{"sequence": 1, "servicedDate": "2026-11-15"}], "diagnosis": [
         {"sequence": 2, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.31"}]}},
         {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.90"}]}}
      ]}
    `, fhir);
  });
});
