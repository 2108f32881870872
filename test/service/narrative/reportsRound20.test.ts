import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Reports round 20 (issue 12): pathology and imaging reports from laboratories and radiology groups the reader had not seen
 * (dev notes d823–d842). Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code
 * titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A resection's regional nodes counted in words, as a report typed in capitals writes them (d823 "METASTATIC ADENOCARCINOMA IN
// TWO OF NINETEEN LYMPH NODES (2/19)" under a right hemicolectomy): ANNOTATION.md, a resection's regional nodes (a colectomy's
// C77.2); table: lymph gland, intra-abdominal / Malignant Secondary C77.2 (Tabular C77.2 Secondary and unspecified malignant
// neoplasm of intra-abdominal lymph nodes), as "2 of 19" in digits reads.
const countsInWords: readonly ReadingCase[] = [
  ['"IN TWO OF NINETEEN LYMPH NODES" are the colectomy\'s intra-abdominal nodes',
    'A. RIGHT COLON, RIGHT HEMICOLECTOMY:\n   - INVASIVE ADENOCARCINOMA.\n   - METASTATIC ADENOCARCINOMA IN TWO OF NINETEEN LYMPH NODES (2/19).',
    [['ADENOCARCINOMA', 'C189', 'present'], ['METASTATIC ADENOCARCINOMA IN TWO OF NINETEEN LYMPH NODES', 'C772', 'present']]],
  ['a hyphenated count in words reads as its digits',
    'Sigmoid colon, sigmoidectomy: metastatic carcinoma in one of twenty-three lymph nodes.',
    [['metastatic carcinoma in one of twenty-three lymph nodes', 'C772', 'present']]],
];

// A cytology report's "Source:" field names its specimen, as a surgical report's "Specimen:" does (d828 "Source: Pleural fluid,
// right, thoracentesis (1,450 mL removed; 50 mL received)" above "METASTATIC ADENOCARCINOMA"): ANNOTATION.md, round 18 decisions,
// a serous fluid's malignant cells are the secondary at the fluid's serosa; table: pleura / Malignant Secondary C78.2 (Tabular
// C78.2 Secondary malignant neoplasm of pleura). A consultation's "Source:" of informants names no specimen (d172, d732).
const sourceFields: readonly ReadingCase[] = [
  ['a "Source:" pleural fluid is the specimen of the diagnosis below it',
    'Pt: DRISCOLL, M\nSource: Pleural fluid, right, thoracentesis (1,450 mL removed; 50 mL received)\n\nDIAGNOSIS:\nMETASTATIC ADENOCARCINOMA.',
    [['ADENOCARCINOMA', 'C782', 'present']]],
  ['a "Source:" of informants is no specimen', 'Source: patient, daughter, records from breast clinic\n\nDIAGNOSIS:\nMetastatic adenocarcinoma.', []],
];

// A finding's appearance between its site and its noun (d838 "Indeterminate right iliac wing sclerotic focus; metastasis not
// excluded.", d321): the metastasis a report concludes for the finding is at its site, as for "right iliac wing lesion"; table:
// bone / Malignant Secondary C79.51 (Tabular C79.51 Secondary malignant neoplasm of bone), uncertain (ANNOTATION.md, "not excluded"
// is uncertain).
const findingAppearance: readonly ReadingCase[] = [
  ['"iliac wing sclerotic focus; metastasis not excluded" is the bone\'s metastasis, uncertain',
    'IMPRESSION:\n1. Indeterminate right iliac wing sclerotic focus; metastasis not excluded.', [['metastasis', 'C7951', 'uncertain']]],
  ['"L3 lytic lesion, likely metastasis" is the bone\'s metastasis, uncertain',
    'IMPRESSION:\n1. L3 lytic lesion, likely metastasis.', [['L3 lytic lesion, likely metastasis', 'C7951', 'uncertain']]],
];

// A disease and a service word in parentheses after a clinician's name is the clinician's service (d842 "Ordering: Helena
// Ruiz-Castellano, MD (Melanoma Oncology)"): ANNOTATION.md, names of people, roles and services are no mentions; the patient's own
// melanoma of the upper back stays (Index: Melanoma, skin, trunk; Tabular C43.59 Malignant melanoma of other part of trunk).
const clinicianServices: readonly ReadingCase[] = [
  ['"MD (Melanoma Oncology)" is the clinician\'s service', 'Ordering: Helena Ruiz-Castellano, MD (Melanoma Oncology)\nHISTORY: 52M, melanoma L upper back.',
    [['melanoma L upper back', 'C4359', 'present']]],
  ['"Dr. F. Okafor (Leukemia Service)" is the clinician\'s service', 'Referring: Dr. F. Okafor (Leukemia Service)', []],
];

describe('narrative reader: reports round 20', () => {
  describe('a resection\'s nodes counted in words', () => checkReadings(countsInWords));
  describe('a cytology report\'s "Source:" field', () => checkReadings(sourceFields));
  describe('a finding\'s appearance between its site and its noun', () => checkReadings(findingAppearance));
  describe('a clinician\'s service in parentheses', () => checkReadings(clinicianServices));
});
