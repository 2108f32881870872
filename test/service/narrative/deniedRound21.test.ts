import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 21 (issue 12): negated, uncertain and hypothetical mentions the reader missed entirely. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site", and round 17's
// "'Tumor' or 'neoplasm' … D49.- by site stays for … a separate pathology part": "no evidence of tumor" is the pathologist's search
// of the part that found no tumour, a denied tumour of unspecified behaviour at the part's site (d514 "2. Omentum: benign adipose
// tissue, no evidence of tumor": table: omentum / Unspecified Behavior D49.0, Tabular D49.0 Neoplasm of unspecified behavior of
// digestive system; an ovary part: table: ovary / Unspecified Behavior D49.59, Tabular D49.59 Neoplasm of unspecified behavior of
// other genitourinary organ). "Tumor" after "of" stays the object of a measure or a property elsewhere ("10% of tumor", "no evidence
// of tumor lysis").
const deniedTumourSearches: readonly ReadingCase[] = [
  ['"Omentum: benign adipose tissue, no evidence of tumor" is a denied tumour of the omentum, D49.0',
    'FINAL PATHOLOGY:\n1. Right ovary and tube: SEROUS BORDERLINE TUMOR, 9.2 cm.\n2. Omentum: benign adipose tissue, no evidence of tumor.\n',
    [['SEROUS BORDERLINE TUMOR', 'D3911', 'present'], ['tumor', 'D490', 'negated']]],
  ['"Left ovary: benign, no evidence of tumor" is a denied tumour of the ovary, D49.59',
    'Pathology:\nB. Left ovary: benign, no evidence of tumor.\n', [['tumor', 'D4959', 'negated']]],
  ['"no evidence of tumor lysis" names a syndrome, no tumour', 'Hx lung ca. Uric acid 3.2 - no evidence of tumor lysis.\n',
    [['lung ca', 'Z85118', 'history']]],
];

// The same rule for a part labelled with an organ and the organ taken with it: d397 "B. Left ovary and tube: No tumor identified.",
// d747 "Right ovary and fallopian tube: No tumor identified." (table: ovary / Unspecified Behavior D49.59, Tabular D49.59 Neoplasm
// of unspecified behavior of other genitourinary organ). A tumour in a parenthesis restating the part's diagnosis is no second
// mention (d514 "SEROUS BORDERLINE TUMOR (atypical proliferative serous tumor)": table: ovary / Uncertain Behavior, right D39.11).
const joinedOrganLabels: readonly ReadingCase[] = [
  ['"B. Left ovary and tube: No tumor identified" is a denied tumour of the ovary, D49.59',
    'Final Pathology (11/18/26):\nA. Right ovary and tube: High-grade serous carcinoma, 9.5 cm.\nB. Left ovary and tube: No tumor identified.\n',
    [['carcinoma', 'C561', 'present'], ['tumor', 'D4959', 'negated']]],
  ['"Right ovary and fallopian tube: No tumor identified" is a denied tumour of the ovary, D49.59',
    'Pathology:\n   Right ovary and fallopian tube: No tumor identified. Paratubal cysts.\n', [['tumor', 'D4959', 'negated']]],
  ['a parenthesis restating the borderline tumour is no second mention',
    'FINAL PATHOLOGY:\n1. Right ovary and tube: SEROUS BORDERLINE TUMOR (atypical proliferative serous tumor), 9.2 cm.\n',
    [['SEROUS BORDERLINE TUMOR', 'D3911', 'present']]],
];

// Issue 12: an uncertain mention of a documented lesion takes the lesion's site; ANNOTATION.md "Sites and columns": "metastatic to X",
// "X mets": X is a secondary site. An impression or assessment item opens with its finding and weighs its causes after it, so a
// site-less metastasis offered there is a spread to the finding's organ (d181 "2. New 8 mm solid RUL nodule. In this patient with a
// prior malignancy, metastasis cannot be excluded": table: lung / Malignant Secondary, right C78.01, Tabular C78.01 Secondary
// malignant neoplasm of right lung; d833 "1. Growing RUL part-solid nodule … Metastasis from the prior breast cancer is considered
// less likely": C78.01, uncertain, Guidelines IV.H). A denied metastasis of an item stays the site-less C79.9, and one written after
// another organ in its own sentence ("in a patient with hx of laryngeal SCC this could be a metastasis") is not given the finding.
const itemFindings: readonly ReadingCase[] = [
  ['"2. New 8 mm solid RUL nodule. …, metastasis cannot be excluded" is C78.01, uncertain',
    'IMPRESSION:\n1. No pulmonary embolism.\n2. New 8 mm solid RUL nodule. In this patient with a prior malignancy, metastasis cannot be excluded;\n   primary lung neoplasm also possible.\n',
    [['metastasis', 'C7801', 'uncertain'], ['lung neoplasm', 'D491', 'uncertain']]],
  ['a metastasis weighed two sentences after the item\'s nodule, past a referral, is C78.01, uncertain',
    'IMPRESSION:\n1. Growing RUL part-solid nodule, highly suspicious for primary lung adenocarcinoma. Recommend PET/CT and thoracic surgery referral.\n   Metastasis from the prior breast cancer is considered less likely given morphology.\n',
    [['lung adenocarcinoma', 'C3411', 'uncertain'], ['Metastasis', 'C7801', 'uncertain'], ['breast cancer', 'Z853', 'history']]],
  ['a denied metastasis of an item stays site-less', 'A/P:\n1. Left breast mass, biopsy proven IDC. No metastasis on staging CT.\n',
    [['IDC', 'null', 'present'], ['metastasis', 'C799', 'negated']]],
  ['a metastasis written after another organ in its sentence is not the finding\'s',
    'A/P:\n2. RLL lung nodule 9 mm - in a patient with hx of laryngeal SCC this could be a metastasis.\n', [['laryngeal SCC', 'Z8521', 'history']]],
];

// Guidelines IV.H (uncertain diagnoses) and ANNOTATION.md "Codes by assertion": a clinician's judgement against a metastasis ("considered
// unlikely", "is considered less likely") hedges it past the source named after it (d838 "Metastasis from the prior renal cell carcinoma
// considered unlikely" of a bone scan's uptake: table: bone / Malignant Secondary C79.51, Tabular C79.51 Secondary malignant neoplasm of
// bone, uncertain), while the source keeps its own history (Z85.528 Personal history of other malignant neoplasm of kidney).
const judgedMetastasisSources: readonly ReadingCase[] = [
  ['"Metastasis from the prior renal cell carcinoma considered unlikely" is uncertain',
    'Bone scan: T11 uptake.\nMetastasis from the prior renal cell carcinoma considered unlikely (RCC bone metastases are typically lytic).\n',
    [['Metastasis', 'C7951', 'uncertain'], ['renal cell carcinoma', 'Z85528', 'history']]],
];

// ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site": a verdict that opens its
// sentence with no subject of its own is about the part, past the sentences of grade, Ki-67 and stains between it and the label (d420
// "A. Pancreas, tail mass, EUS-FNB: … Negative for adenocarcinoma.": table: pancreas, tail / Malignant Primary C25.2, Tabular C25.2
// Malignant neoplasm of tail of pancreas; d272 "A. Ovary and fallopian tube, right, …: … No invasive low-grade serous carcinoma.":
// table: ovary / Malignant Primary, right C56.1; d776's FNA of the L parotid, C07). A sentence that is no verdict keeps the label's
// two-sentence reach ("Greatest extent of tumor: 11 mm" names a measure, no tumour).
const partVerdicts: readonly ReadingCase[] = [
  ['"Negative for adenocarcinoma" three sentences under its part label is C25.2, negated',
    'CYTOPATHOLOGY 11/20/2026\nA. Pancreas, tail mass, EUS-FNB:\n   Well-differentiated neuroendocrine tumor (WHO grade 1).\n   Ki-67 index 1.5% (in cell block). Synaptophysin+, chromogranin+, INSM1+.\n   Negative for adenocarcinoma.\n',
    [['Pancreas, tail mass, EUS-FNB:\n   Well-differentiated neuroendocrine tumor', 'C254', 'present'], ['adenocarcinoma', 'C252', 'negated']]],
  ['"No invasive low-grade serous carcinoma" after two denials of the item is C56.1, negated',
    'A. Ovary and fallopian tube, right, salpingo-oophorectomy:\n   - Serous borderline tumor, 9.5 cm, surface involvement present.\n   - Micropapillary pattern not identified. No stromal microinvasion. No invasive low-grade serous carcinoma.\n',
    [['Serous borderline tumor', 'D3911', 'present'], ['carcinoma', 'C561', 'negated']]],
  ['a measure three sentences under the label stays no mention',
    'A. Pancreas, tail mass, EUS-FNB:\n   Well-differentiated neuroendocrine tumor (WHO grade 1).\n   Ki-67 index 1.5% (in cell block). Synaptophysin+, chromogranin+, INSM1+.\n   Greatest extent of tumor: 11 mm.\n',
    [['Pancreas, tail mass, EUS-FNB:\n   Well-differentiated neuroendocrine tumor', 'C254', 'present']]],
];

// Guidelines II.H / IV.H and ANNOTATION.md "Codes by assertion" ("versus" is uncertain): each reading of a differential is its own
// mention, so an organ-named primary offered against a histology renames nothing (d479 "Leading ddx intrahepatic cholangiocarcinoma vs
// occult pancreatic primary": Index: Cholangiocarcinoma C22.1, Tabular C22.1 Intrahepatic bile duct carcinoma; table: pancreas /
// Malignant Primary C25.9), while one set off after its histology still names the histology's organ ("oropharyngeal SCC, left tonsil
// primary": table: tonsil / Malignant Primary C09.9).
const weighedPrimaries: readonly ReadingCase[] = [
  ['"intrahepatic cholangiocarcinoma vs occult pancreatic primary" keeps both readings, uncertain',
    'Leading ddx intrahepatic cholangiocarcinoma vs occult pancreatic primary.\n',
    [['intrahepatic cholangiocarcinoma', 'C221', 'uncertain'], ['pancreatic primary', 'C259', 'uncertain']]],
  ['"oropharyngeal SCC, left tonsil primary" is still read at the tonsil', 'HPV-associated oropharyngeal SCC, left tonsil primary.\n',
    [['oropharyngeal SCC', 'C099', 'present'], ['left tonsil primary', 'C099', 'present']]],
];

// ANNOTATION.md, "Negative for X in a pathology part" and "Lymph node metastasis by region" (a breast cancer's sentinel nodes are the
// axilla's): the frozen section is the intra-operative test of the nodes named before it, so its verdict denies their metastasis
// (d12 "sentinel lymph node bx (2 SLNs, frozen section negative for metastatic carcinoma)" of a right breast cancer: table: lymph
// gland, axilla / Malignant Secondary C77.3, Tabular C77.3 Secondary and unspecified malignant neoplasm of axilla and upper limb
// lymph nodes, negated).
const frozenSectionVerdicts: readonly ReadingCase[] = [
  ['"2 SLNs, frozen section negative for metastatic carcinoma" denies the sentinel nodes\' metastasis, C77.3',
    'Preop dx: right breast cancer\nProcedure: R partial mastectomy + sentinel lymph node bx (2 SLNs, frozen section negative for metastatic carcinoma).\n',
    [['right breast cancer', 'null', 'present'], ['SLNs, frozen section negative for metastatic carcinoma', 'C773', 'negated']]],
];

// ANNOTATION.md, "Lymph node metastasis by region" and "Negative for X in a pathology part": a report's participle without its verb
// ("seen", "identified") places what it denies as "was found in" does (d745 'LN station 4R (FS2): "No tumor seen in two frozen lymph
// nodes."': table: lymph gland, intrathoracic / Malignant Secondary C77.1, Tabular C77.1 Secondary and unspecified malignant neoplasm
// of intrathoracic lymph nodes, negated).
const participleSites: readonly ReadingCase[] = [
  ['"No carcinoma seen in two hilar lymph nodes" denies the hilar nodes\' metastasis, C77.1',
    'Lung adenocarcinoma. No carcinoma seen in two hilar lymph nodes.\n',
    [['Lung adenocarcinoma', 'null', 'present'], ['carcinoma seen in two hilar lymph nodes', 'C771', 'negated']]],
];

// ANNOTATION.md "Codes by assertion" and the colon polyp histologies (table: intestine, large, colon / Benign D12.6, Tabular D12.6
// Benign neoplasm of colon, unspecified): a colonoscopy looks at the colon only, so a bare "adenoma(s)" in its sentence is the
// colon's (d638 "colonoscopy 3/2024 with 1 hyperplastic polyp, no adenomas"; d567 "Colonoscopy not needed pre-transplant per pt's GI
// 2025 (no adenomas)"), negated when denied; an adenoma named with its own organ keeps it.
const colonoscopyAdenomas: readonly ReadingCase[] = [
  ['"colonoscopy … no adenomas" is a denied colon adenoma, D12.6',
    'CEA 1.6, colonoscopy 3/2024 with 1 hyperplastic\n  polyp, no adenomas.\n', [['adenomas', 'D126', 'negated']]],
  ['"Colonoscopy not needed (no adenomas)" is a denied colon adenoma, D12.6',
    'Colonoscopy not needed pre-transplant per pt GI 2025 (no adenomas).\n', [['adenomas', 'D126', 'negated']]],
  ['a pituitary adenoma beside a colonoscopy keeps its organ', 'Pituitary adenoma. Colonoscopy normal.\n', [['Pituitary adenoma', 'D352', 'present']]],
];

describe('round 21 denied mentions', () => {
  describe('a part searched for tumour that found none', () => checkReadings(deniedTumourSearches));
  describe('a part labelled with two organs', () => checkReadings(joinedOrganLabels));
  describe('a metastasis weighed for the finding its item opens with', () => checkReadings(itemFindings));
  describe('a judgement on a metastasis past its source', () => checkReadings(judgedMetastasisSources));
  describe('a subject-less verdict under a part label', () => checkReadings(partVerdicts));
  describe('a primary weighed against a histology', () => checkReadings(weighedPrimaries));
  describe('a frozen section\'s verdict on the nodes before it', () => checkReadings(frozenSectionVerdicts));
  describe('a participle placing what it denies', () => checkReadings(participleSites));
  describe('a colonoscopy\'s adenoma', () => checkReadings(colonoscopyAdenomas));
});
