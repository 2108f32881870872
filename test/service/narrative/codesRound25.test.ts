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

// The Tabular divides the liver's category by morphology: C22.3 Angiosarcoma of liver (Index: Angiosarcoma, liver C22.3) and
// C22.4 Other sarcomas of liver, where the Table's liver row gives a sarcoma its C22.8 (liver, primary) like any primary; d1034
// "Radiology impression: \"HCC vs hepatic angiosarcoma vs metastases.\"", "Death certificate: \"Angiosarcoma of liver, metastatic
// to lungs.\"", "primary hepatic angiosarcoma with pulmonary metastases". An angiosarcoma elsewhere keeps its connective tissue
// (table: connective tissue, scalp C49.0), a sarcoma spread to the liver its secondary C78.7, and a history the liver's Z85.05.
const liverSarcomas: readonly ReadingCase[] = [
  ['a hepatic angiosarcoma is the Tabular\'s angiosarcoma of liver',
    'Dx: primary hepatic angiosarcoma with pulmonary metastases.',
    [['hepatic angiosarcoma', 'C223', 'present'], ['pulmonary metastases', 'null', 'present']]],
  ['"Angiosarcoma of liver" written out is C22.3 too',
    'Death certificate: "Angiosarcoma of liver." No autopsy.',
    [['Angiosarcoma of liver', 'C223', 'present']]],
  ['another sarcoma of the liver is C22.4',
    'Dx: leiomyosarcoma of the liver, 8 cm.',
    [['leiomyosarcoma of the liver', 'C224', 'present']]],
  ['an angiosarcoma of the scalp keeps its connective tissue',
    'Dx: angiosarcoma of the scalp.',
    [['angiosarcoma of the scalp', 'C490', 'present']]],
  ['a sarcoma spread to the liver stays a liver secondary',
    'Dx: uterine leiomyosarcoma metastatic to the liver.',
    [['uterine leiomyosarcoma', 'C55', 'present'], ['metastatic to the liver', 'C787', 'present']]],
  ['a past hepatic angiosarcoma keeps the liver\'s history code',
    'PMH: hepatic angiosarcoma s/p resection 2015, NED.',
    [['hepatic angiosarcoma', 'Z8505', 'history']]],
];

describe('narrative reader: codes round 25', () => {
  describe('a disease said to be rare is a statement about the class', () => checkReadings(prevalenceStatements));
  describe('a sarcoma of the liver takes the liver\'s morphology code', () => checkReadings(liverSarcomas));
});
