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

// An examination lists the parts it found normal and calls them normal once, after the last ("Trigone and orifices nl"): the first
// part is called normal as one written alone is ("Trigone nl"), so it documents no sub-site for the bladder cancer of the note
// (ANNOTATION.md, "Side and sub-site documented elsewhere in the note": the sub-site documented for that disease; table: bladder /
// Malignant Primary C67.9, not bladder, trigone C67.0; d1047 "Trigone\nand orifices nl, clear efflux bilat. … Urine cytology …:\n
// SUSPICIOUS FOR HIGH-GRADE UROTHELIAL CARCINOMA", gold C67.9). A normal word right after the joiner calls only the next part
// normal, so a tumour "at the trigone, normal orifices" still documents the trigone.
const listedNormalParts: readonly ReadingCase[] = [
  ['a trigone listed with the orifices as normal documents no trigone cancer',
    'Procedure: Flexible cystoscopy. Trigone and orifices nl.\n\nUrine cytology:\nSUSPICIOUS FOR HIGH-GRADE UROTHELIAL CARCINOMA.\n',
    [['UROTHELIAL CARCINOMA', 'C679', 'uncertain']]],
  ['a longer list of normal parts documents none of them',
    'Procedure: Flexible cystoscopy. Bladder neck, trigone and ureteral orifices normal.\n\nUrine cytology:\nSUSPICIOUS FOR HIGH-GRADE UROTHELIAL CARCINOMA.\n',
    [['UROTHELIAL CARCINOMA', 'C679', 'uncertain']]],
  ['a trigone called normal alone documents none, as before',
    'Procedure: Flexible cystoscopy. Trigone nl.\n\nUrine cytology:\nSUSPICIOUS FOR HIGH-GRADE UROTHELIAL CARCINOMA.\n',
    [['UROTHELIAL CARCINOMA', 'C679', 'uncertain']]],
  ['a tumour at the trigone beside normal orifices still documents the trigone',
    'Cystoscopy: 2 cm papillary tumor at the trigone, normal orifices.\n\nUrine cytology:\nSUSPICIOUS FOR HIGH-GRADE UROTHELIAL CARCINOMA.\n',
    [['tumor at the trigone', 'D494', 'present'], ['UROTHELIAL CARCINOMA', 'C670', 'uncertain']]],
];

// A melanoma written right after "metastatic" and denied, in a sentence that names no site, is the spread the study looked for:
// the corpus's denied site-less metastasis (ANNOTATION.md, "Sites and columns": Tabular C79.9 Secondary malignant neoplasm of
// unspecified site, negated; d1009 "PET/CT 11/13: no FDG-avid lesions in the allograft or elsewhere; no evidence of metastatic
// melanoma"), not a denied primary melanoma (Index: Melanoma C43.9). The patient's "metastatic melanoma" affirmed or foreseen is
// still the melanoma it names, a denial about a specimen waits for the specimen's site (d360: C79.31, not read here), and a melanoma
// denied without "metastatic" stays one.
const deniedMetastaticMelanoma: readonly ReadingCase[] = [
  ['a denied metastatic melanoma with no site is the site-less spread',
    'PET/CT 11/13: no FDG-avid lesions in the allograft or elsewhere; no evidence of metastatic melanoma.',
    [['melanoma', 'C799', 'negated']]],
  ['beside the past melanoma it is still the denied spread',
    'Hx melanoma of the back 2019. PET/CT: no evidence of metastatic melanoma.',
    [['melanoma of the back', 'Z85820', 'history'], ['melanoma', 'C799', 'negated']]],
  ['an affirmed metastatic melanoma is the patient\'s melanoma',
    'PMH: metastatic melanoma on nivolumab.',
    [['melanoma', 'C439', 'present']]],
  ['a foreseen metastatic melanoma is coded as the melanoma',
    'Plan: if metastatic melanoma, start nivolumab.',
    [['melanoma', 'C439', 'hypothetical']]],
  ['a denial about a specimen is left to the specimen\'s site',
    'Comment: no evidence of metastatic melanoma in this specimen.',
    [['melanoma', 'C439', 'negated']]],
  ['a melanoma denied without "metastatic" stays a melanoma',
    'Exam: no evidence of melanoma.',
    [['melanoma', 'C439', 'negated']]],
];

describe('narrative reader: codes round 25', () => {
  describe('a disease said to be rare is a statement about the class', () => checkReadings(prevalenceStatements));
  describe('a sarcoma of the liver takes the liver\'s morphology code', () => checkReadings(liverSarcomas));
  describe('parts listed as normal document no sub-site', () => checkReadings(listedNormalParts));
  describe('a denied metastatic melanoma with no site is the site-less spread', () => checkReadings(deniedMetastaticMelanoma));
});
