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

// A typed carcinoma restated with no site in a note about one cancer (d823 "COMMENT: The carcinoma is MMR-proficient." and
// "MICROSCOPIC DESCRIPTION: Sections show … gland-forming adenocarcinoma", d841, d825, d787, d97): Index "Carcinoma - see also
// Neoplasm, by site, malignant" at the site the note gives the tumour (ANNOTATION.md, "Tumor" of a proven cancer, read for a
// typed carcinoma as restatedCarcinoma.ts reads a tissue result); table: colon / Malignant Primary C18.9 (Tabular C18.9 Malignant
// neoplasm of colon, unspecified), endometrium C54.1 (Tabular C54.1 Malignant neoplasm of endometrium). With cancers of two
// organs the restatement may be either and gives nothing; outside a pathology report (an imaging impression, "Adenocarcinoma of
// unknown primary") a site-less carcinoma keeps its earlier readings.
const restatedCarcinomas: readonly ReadingCase[] = [
  ['a report comment\'s "The carcinoma" is the colon cancer',
    'FINAL DIAGNOSIS:\nA. RIGHT COLON, RIGHT HEMICOLECTOMY:\n   - INVASIVE ADENOCARCINOMA.\n\nCOMMENT:\nThe carcinoma is MMR-proficient.',
    [['ADENOCARCINOMA', 'C189', 'present'], ['carcinoma', 'C189', 'present']]],
  ['a microscopic description\'s adenocarcinoma is the endometrial cancer',
    'FINAL DIAGNOSIS:\nEndometrium, hysterectomy: endometrioid adenocarcinoma, FIGO grade 1.\n\nMICROSCOPIC:\nSections show endometrioid adenocarcinoma with squamous morules.',
    [['adenocarcinoma', 'C541', 'present'], ['adenocarcinoma', 'C541', 'present']]],
  ['with cancers of two organs a site-less carcinoma gives nothing',
    'FINAL DIAGNOSIS:\nA. Right colon, hemicolectomy: invasive adenocarcinoma.\nB. Kidney, left, partial nephrectomy: clear cell renal cell carcinoma.\n\nComment: The carcinoma is MMR-proficient.',
    [['adenocarcinoma', 'C189', 'present'], ['renal cell carcinoma', 'C642', 'present']]],
  ['an imaging impression\'s site-less adenocarcinoma is no restatement',
    'Hx: LUL adenocarcinoma.\n\nIMPRESSION:\nRadiology: favors adenocarcinoma.', [['LUL adenocarcinoma', 'C3412', 'present']]],
];

// A node finding read at its label's region and at the nodes it counts is one finding (d97 "B. LYMPH NODES, CENTRAL COMPARTMENT
// (LEVEL VI), DISSECTION: - METASTATIC PAPILLARY CARCINOMA IN TWO OF SIX LYMPH NODES (2/6)", read twice once counts in words
// reached the nodes, as counts in digits already were): one entry, table: lymph gland, cervical / Malignant Secondary C77.0
// (Tabular C77.0 Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck).
const nestedNodeReadings: readonly ReadingCase[] = [
  ['a labelled node finding counted in digits is one mention',
    'B. LYMPH NODES, CENTRAL COMPARTMENT (LEVEL VI), DISSECTION:\n   - METASTATIC PAPILLARY CARCINOMA IN 2 OF 6 LYMPH NODES (2/6).',
    [['METASTATIC PAPILLARY CARCINOMA IN 2 OF 6 LYMPH NODES', 'C770', 'present']]],
];

describe('narrative reader: reports round 20', () => {
  describe('a resection\'s nodes counted in words', () => checkReadings(countsInWords));
  describe('a node finding read twice at one word', () => checkReadings(nestedNodeReadings));
  describe('a cytology report\'s "Source:" field', () => checkReadings(sourceFields));
  describe('a finding\'s appearance between its site and its noun', () => checkReadings(findingAppearance));
  describe('a clinician\'s service in parentheses', () => checkReadings(clinicianServices));
  describe('a typed carcinoma restated with no site', () => checkReadings(restatedCarcinomas));
});
