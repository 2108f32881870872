import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 25 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2025
 * Tabular (/work/shared/codesets/icd10cm-2025) and the Table of Neoplasms (FY2025).
 */

// How often a disease occurs among all patients ("Malignant pheochromocytoma is rare in MEN2 (<5%)") speaks of the disease in
// general and diagnoses no one (ANNOTATION.md, round 14: "A statement about a disease in general is not a mention"), so it does
// not make the patient's pheochromocytoma malignant: that stays benign by the Index (Pheochromocytoma — see Neoplasm, benign, by
// site; table: adrenal / Benign D35.01, Tabular D35.01 Benign neoplasm of right adrenal gland; d940). The patient's own tumour
// written with a possessive stays a mention.
const prevalenceStatements: readonly ReadingCase[] = [
  ['a malignant form said to be rare is no mention and leaves the patient\'s pheochromocytoma benign',
    'Assessment:\n39F MEN2A w/ biochemically confirmed R adrenal pheochromocytoma, 3.7 cm.\n- Malignant pheochromocytoma is rare in MEN2 (<5%); path will report PASS/GAPP score.',
    [['R adrenal pheochromocytoma', 'D3501', 'present']]],
  ['"is uncommon" speaks of the class too',
    'Assessment:\n39F MEN2A w/ biochemically confirmed R adrenal pheochromocytoma, 3.7 cm.\n- Malignant pheochromocytoma is uncommon in MEN2; path will report PASS/GAPP score.',
    [['R adrenal pheochromocytoma', 'D3501', 'present']]],
  ['the patient\'s own malignant pheochromocytoma stays a mention',
    'Assessment:\nR adrenal mass 6 cm with liver lesions.\n- Her malignant pheochromocytoma is rare in MEN2; start treatment.',
    [['malignant pheochromocytoma', 'C7411', 'present']]],
];

describe('narrative reader: codes round 25', () => {
  describe('a disease said to be rare is a statement about the class', () => checkReadings(prevalenceStatements));
});
