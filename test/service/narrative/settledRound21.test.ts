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

describe('narrative reader: hedges the note settles (round 21)', () => {
  describe('a biopsy label\'s result is the note\'s tissue', () => checkReadings(biopsyLabelResult));
  describe('a hedged progression keeps its disease current', () => checkReadings(weighedProgression));
});
