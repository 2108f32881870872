import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Settled hedges, round 21 (issue 12): an image's "c/w X" that the note's own tissue establishes is present (ANNOTATION.md,
 * "A cytology or tissue result read 'c/w X'": an image's "c/w X" stays uncertain unless tissue, treatment or a known diagnosis
 * establishes it; 2026-12-05, "Only 'c/w' is settled by the note's own tissue"). Codes checked against the FY2027 code titles
 * (/work/shared/codesets/icd10cm-2027) and the Table of Neoplasms (FY2025).
 */

// A biopsy label's result written in the history ("US-guided bx of seg 6 liver lesion 11/2026: metastatic adrenocortical
// carcinoma", d517) is the note's tissue, as a pathology report is, so the image's "hepatic lesions c/w metastases" of the same
// code is present: table: liver / Malignant Secondary C78.7 (Tabular C78.7 Secondary malignant neoplasm of liver and
// intrahepatic bile duct); Index: Adenocarcinoma — see Neoplasm, malignant, colon C18.9. A biopsy only planned settles nothing.
const biopsyLabelResult: readonly ReadingCase[] = [
  ['a biopsy label\'s result settles the image\'s "c/w metastases"', 'CT abd: two hepatic lesions c/w metastases. US-guided bx of seg 6 liver lesion 11/2026: metastatic adrenocortical carcinoma.', [
    ['hepatic lesions c/w metastases', 'C787', 'present'], ['metastatic adrenocortical carcinoma', 'C787', 'present'], ['adrenocortical carcinoma', 'null', 'present'],
  ]],
  ['"Liver bx:" settles the image\'s "c/w metastases"', 'CT abd: two hepatic lesions c/w metastases. Liver bx: metastatic colon adenocarcinoma.', [
    ['hepatic lesions c/w metastases', 'C787', 'present'], ['metastatic colon adenocarcinoma', 'C787', 'present'], ['colon adenocarcinoma', 'C189', 'present'],
  ]],
  ['a biopsy only planned leaves the "c/w" uncertain', 'CT abd: two hepatic lesions c/w metastases. Plan: liver bx to confirm metastatic adrenocortical carcinoma.', [
    ['hepatic lesions c/w metastases', 'C787', 'uncertain'], ['adrenocortical carcinoma', 'null', 'uncertain'],
  ]],
];

// A hedge about a progression weighs the course of a disease the note has, so the disease progressing is current (d470
// "Decline is consistent w/ progression of the tumor" of the note's glioblastoma; d307's "likely progression of liver
// metastases"; ANNOTATION.md: "consistent with" is uncertain only when the text does not establish it otherwise): Index:
// Glioblastoma — see Neoplasm, malignant, by site; table: brain, frontal lobe / Malignant Primary C71.1; Index: Lymphoma
// (non-Hodgkin) C85.90. A hedge on the disease itself stays a hedge.
const weighedProgression: readonly ReadingCase[] = [
  ['"consistent w/ progression of the tumor" keeps the tumour current', 'L frontal GBM. Decline is consistent w/ progression of the tumor.', [
    ['frontal GBM', 'C711', 'present'], ['tumor', 'C711', 'present'],
  ]],
  ['"compatible with progression of" keeps the lymphoma current', 'PET compatible with progression of the lymphoma.', [['lymphoma', 'C8590', 'present']]],
  ['"consistent w/" the disease itself stays uncertain', 'Decline is consistent w/ lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
];

// A metastasis named by its cell type is a reading of cells, so the "c/w <organ> primary" that concludes it is the
// pathologist's diagnosis and present, the sample named in an earlier sentence or a heading (d828 "METASTATIC ADENOCARCINOMA,
// CONSISTENT WITH LUNG PRIMARY" under a cytology DIAGNOSIS; d798's addendum "Metastatic high-grade serous carcinoma (…), c/w
// ovarian primary"; ANNOTATION.md round 15: "c/w <organ> primary" on tissue or cytology of a current primary is present).
// table: pleura / Malignant Secondary C78.2; peritoneum / Malignant Secondary C78.6; lung and ovary Malignant Primary C34.9- /
// C56.- need a side the text lacks: null. A histology after the hedge ("c/w primary ovarian serous carcinoma", d293) and an
// image's "c/w metastatic disease, c/w lung primary" keep the hedge.
const metastaticCellType: readonly ReadingCase[] = [
  ['a cytology diagnosis\'s "CONSISTENT WITH LUNG PRIMARY" is present', 'Pleural fluid, right:\nMETASTATIC ADENOCARCINOMA, CONSISTENT WITH LUNG PRIMARY.', [
    ['METASTATIC ADENOCARCINOMA', 'C782', 'present'], ['LUNG PRIMARY', 'null', 'present'],
  ]],
  ['"c/w ovarian primary" after the stains of a metastatic carcinoma is present', 'Peritoneal fluid: POSITIVE FOR MALIGNANCY. Metastatic high-grade serous carcinoma (WT1+, PAX8+), c/w ovarian primary.', [
    ['MALIGNANCY', 'C786', 'present'], ['Metastatic high-grade serous carcinoma', 'C786', 'present'], ['ovarian primary', 'null', 'present'],
  ]],
  ['a histology after the hedge stays uncertain', 'Pleural fluid: metastatic adenocarcinoma, consistent with primary ovarian serous carcinoma.', [
    ['Pleural fluid: metastatic adenocarcinoma', 'C782', 'present'], ['ovarian serous carcinoma', 'null', 'uncertain'],
  ]],
  ['an image\'s "c/w lung primary" stays uncertain', 'CT: liver masses c/w metastatic disease, c/w lung primary.', [
    ['liver masses c/w metastatic disease', 'C787', 'uncertain'], ['lung primary', 'null', 'uncertain'],
  ]],
];

describe('narrative reader: hedges the note settles (round 21)', () => {
  describe('a biopsy label\'s result is the note\'s tissue', () => checkReadings(biopsyLabelResult));
  describe('a hedged progression keeps its disease current', () => checkReadings(weighedProgression));
  describe('"c/w <organ> primary" of a metastatic carcinoma is the pathologist\'s diagnosis', () => checkReadings(metastaticCellType));
});
