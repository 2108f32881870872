import assert from 'node:assert/strict';
import { checkDiagnostics, checkFix, fixTitles } from '../../helpers/checkDiagnostics';
import { officialShortTitle2021 } from '../../helpers/officialCodes';

/**
 * The FHIR-specific rules. Titles are those of the official FY2021 order file (C78.7 "Secondary
 * malignant neoplasm of liver and intrahepatic bile duct", C18.7 "Malignant neoplasm of sigmoid colon").
 */

const fhir = { language: 'fhir' } as const;

describe('FHIR-specific rules', () => {
  it('fhir-icd10cm-system fires on WHO ICD-10 and on a missing system, and offers the ICD-10-CM URI', () => {
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10", "code": "C18.7"}
                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error fhir-icd10cm-system: WHO
        ]}}
      `, fhir);
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"code": "C18.7"}
                    ^^^^^ error fhir-icd10cm-system: has no system
        ]}}
      `, fhir);
    checkFix(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10", "code": "C18.7"}
                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ error fhir-icd10cm-system: WHO
        ]}}
      `, 'fhir-icd10cm-system', 'Set the system', `
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}
        ]}}
      `, fhir);
    checkFix(`
        {"resourceType": "Condition", "code": {"coding": [
          {"code": "C18.7"}
                    ^^^^^ error fhir-icd10cm-system: has no system
        ]}}
      `, 'fhir-icd10cm-system', 'Add the system', `
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}
        ]}}
      `, fhir);
  });

  it('fhir-icd10cm-system stays quiet on SNOMED CT, ICD-10-PCS and the right URI', () => {
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://snomed.info/sct", "code": "363406005"},
          {"system": "http://hl7.org/fhir/sid/icd-10-pcs", "code": "B2151ZZ"},
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}
        ]}}
      `, fhir);
  });

  it('fhir-code-format fires on a dotless and on a lower-case code and writes the dotted form', () => {
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C187"}
                                                                   ^^^^ warning fhir-code-format: has no dot
        ]}}
      `, fhir);
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "c18.7"}
                                                                   ^^^^^ warning fhir-code-format: lower case
        ]}}
      `, fhir);
    checkFix(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C187"}
                                                                   ^^^^ warning fhir-code-format: has no dot
        ]}}
      `, 'fhir-code-format', 'Write C18.7', `
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}
        ]}}
      `, fhir);
  });

  it('fhir-display-mismatch fires on another code\'s title and offers the official one; case and spacing do not count', () => {
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7", "display": "Malignant neoplasm of rectum"}
                                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information fhir-display-mismatch: Malignant neoplasm of sigmoid colon
        ]}}
      `, fhir);
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7", "display": "malignant neoplasm of  sigmoid colon."}
        ]}}
      `, fhir);
    checkFix(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7", "display": "Malignant neoplasm of rectum"}
                                                                                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ information fhir-display-mismatch: Malignant neoplasm of sigmoid colon
        ]}}
      `, 'fhir-display-mismatch', 'Use the official title', `
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7", "display": "Malignant neoplasm of sigmoid colon"}
        ]}}
      `, fhir);
  });

  it('fhir-display-mismatch accepts the official short title, and not a local abbreviation', () => {
    // C34.90's short title in the FY2021 order file, printed beside the long title FY2027 still has.
    assert.equal(officialShortTitle2021('C3490'), 'Malignant neoplasm of unsp part of unsp bronchus or lung');
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.90", "display": "Malignant neoplasm of unsp part of unsp bronchus or lung"}
        ]}}
      `, fhir);
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
          {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C34.90", "display": "Mal neo lung"}
                                                                                        ^^^^^^^^^^^^ information fhir-display-mismatch: Malignant neoplasm of unspecified part of unspecified bronchus or lung
        ]}}
      `, fhir);
  });

  it('fhir-display-mismatch can be turned off like any rule', () => {
    checkDiagnostics(`
        {"resourceType": "Condition", "code": {"coding": [
        ]}}
      `, { ...fhir, rules: { 'fhir-display-mismatch': 'off' } });
  });

  it('fhir-diagnosis-sequence fires on a repeated and on a missing sequence', () => {
    checkDiagnostics(`
        {"resourceType": "Claim", "diagnosis": [
          {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}},
          {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}},
                       ^ warning fhir-diagnosis-sequence: used by another
          {"diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]}}
          ^ warning fhir-diagnosis-sequence: no sequence
        ]}
      `, fhir);
    assert.deepEqual(fixTitles(`
        {"resourceType": "Claim", "diagnosis": [
          {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}},
          {"sequence": 1, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C78.7"}]}},
                       ^ warning fhir-diagnosis-sequence: used by another
          {"diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "E11.9"}]}}
          ^ warning fhir-diagnosis-sequence: no sequence
        ]}
      `, 'fhir-diagnosis-sequence', fhir), ['Use sequence 2', 'Add "sequence": 3']);
  });

  it('fhir-diagnosis-sequence fires on a sequence written as a string or zero', () => {
    const source = (sequence: string): string => `{"resourceType": "Claim", "diagnosis": [{"sequence": ${sequence}, "diagnosisCodeableConcept": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "C18.7"}]}}]}`;
    for (const sequence of ['"1"', '0', '-1', '1.5']) {
      assert.deepEqual(fixTitles(source(sequence), 'fhir-diagnosis-sequence', fhir), ['Use sequence 1'], sequence);
    }
    checkDiagnostics(source('1'), fhir);
  });
});
