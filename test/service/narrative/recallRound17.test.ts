import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 17 (issue 12): diagnoses the note documents that the reader did not read.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// Index: "Carcinoma — see also Neoplasm, by site, malignant": a site-less carcinoma a tissue result names is the encounter's
// cancer at its site (restatedCarcinoma.ts). A relative's cancer is no candidate organ, since the patient's specimen cannot be
// of it (Guideline I.C.21.c.4: Z80 is the family's history, not the patient's neoplasm); since round 19 neither is the patient's
// own past history of another primary. Table: pancreas, head / Malignant Primary C25.0 (C25.0 Malignant neoplasm of head of
// pancreas); endometrium / Malignant Primary C54.1 (C54.1 Malignant neoplasm of endometrium). Dev notes d24, d461, d501.
const relativesCancerBesideResult: readonly ReadingCase[] = [
  ['a tissue result beside a relative\'s colon and prostate cancers is the pancreatic cancer',
    'Pancreatic head adenocarcinoma, cT2 N0. Final path: ductal adenocarcinoma, moderately differentiated.\nFH: father with colon ca; brother - prostate cancer.',
    [['Pancreatic head adenocarcinoma', 'C250', 'present'], ['adenocarcinoma', 'C250', 'present'], ['colon ca', 'Z800', 'family'], ['prostate cancer', 'Z8042', 'family']]],
  ['a frozen section beside a mother\'s breast cancer is the endometrial cancer',
    'PRE-OP DIAGNOSIS: Endometrial adenocarcinoma, FIGO grade 1 (EMB 10/2026).\nPOST-OP DIAGNOSIS: Same; frozen section: endometrioid adenocarcinoma, grade 1-2.\nFamily history: mother with breast cancer at 50.',
    [['Endometrial adenocarcinoma', 'C541', 'present'], ['adenocarcinoma', 'C541', 'present'], ['breast cancer', 'Z803', 'family']]],
  // Round 19 (pastPrimaries.ts): a primary of another organ written as past (a PMH block, a history lead) is set aside, so the result
  // is the current pancreatic cancer's (Guideline I.C.2.d: the excised and treated cancer is a history, Z85, no current neoplasm).
  ['the patient\'s own past history of another primary leaves the result to the current cancer',
    'Pancreatic head adenocarcinoma. Final path: ductal adenocarcinoma.\nPMH: prostate ca s/p RT 2015.',
    [['Pancreatic head adenocarcinoma', 'C250', 'present'], ['adenocarcinoma', 'C250', 'present'], ['prostate ca', 'Z8546', 'history']]],
];

// ANNOTATION.md, "Peritoneal or pelvic washings 'negative / positive for malignant cells' are a mention of the peritoneal
// secondary": table: peritoneum / Malignant Secondary C78.6 (C78.6 Secondary malignant neoplasm of retroperitoneum and
// peritoneum), with the words' assertion; a pleural washing is the pleura's C78.2 (C78.2 Secondary malignant neoplasm of
// pleura). Washings of an organ ("bronchial washings") are no cavity's fluid, and a washing read as a named tumour stays that
// tumour's (round 13 (b)). Dev notes d27, d535, d539.
const washings: readonly ReadingCase[] = [
  ['peritoneal washings negative for malignant cells', 'L ovary, salpingo-oophorectomy: serous borderline tumor. Peritoneal washings negative for malignant cells.',
    [['serous borderline tumor', 'D3912', 'present'], ['malignant cells', 'C786', 'negated']]],
  ['pelvic washings are the peritoneum, not the pelvis', 'Pelvic washings: negative for malignant cells.', [['malignant cells', 'C786', 'negated']]],
  ['a lettered washings part', ' D. Peritoneal biopsies: benign.\n E. Washings: negative for malignant cells.', [['malignant cells', 'C786', 'negated']]],
  ['positive washings', 'Pelvic and peritoneal washings were positive for adenocarcinoma.', [['adenocarcinoma', 'C786', 'present']]],
  ['pleural washings are the pleura', 'Pleural washings: negative for malignant cells.', [['malignant cells', 'C782', 'negated']]],
  ['bronchial washings are no cavity', 'Bronchial washings: negative for malignant cells.', []],
];

// ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention": a recurrence in the primary's own resection
// bed is the primary (C61 Malignant neoplasm of prostate for a prostatectomy bed; table: kidney / Malignant Primary C64.- for a
// nephrectomy bed, C64.2 Malignant neoplasm of left kidney, except renal pelvis; table: thyroid gland / Malignant Primary C73),
// with the words' own assertion: "no recurrence in …" and "… w/o recurrence" deny the recurrence, though the same words are the
// course cue of the earlier cancer (table: liver / Malignant Secondary C78.7). A bed named only as a radiotherapy target is no
// mention, and a site set off after a metastasis and called clear is the next clause's (table: lung, right / Malignant Secondary
// C78.01). Dev notes d199, d373, d556, d619 (and d592 for the clear bed).
const resectionBedRecurrences: readonly ReadingCase[] = [
  ['no prostate bed recurrence', 'Prostate adenocarcinoma s/p RALP 2018. No prostate bed recurrence.',
    [['Prostate adenocarcinoma', 'C61', 'present'], ['prostate bed recurrence', 'C61', 'negated']]],
  ['a nephrectomy bed without recurrence', 'Clear cell RCC s/p L radical nephrectomy 2022. CT: L nephrectomy bed w/o recurrence.',
    [['RCC', 'C642', 'present'], ['L nephrectomy bed w/o recurrence', 'C642', 'negated']]],
  ['no recurrence in the thyroid bed', 'PTC s/p TT + RAI. US neck: no recurrence in the thyroid bed.',
    [['PTC', 'Z85850', 'history'], ['recurrence in the thyroid bed', 'C73', 'negated']]],
  ['a recurrence proven in the prostate bed', 'Biopsy-proven recurrence in the prostate bed.', [['recurrence in the prostate bed', 'C61', 'present']]],
  ['no recurrence in the liver denies the liver recurrence', 'Colon ca s/p resection. No recurrence in the liver.',
    [['Colon ca', 'Z85038', 'history'], ['recurrence in the liver', 'C787', 'negated']]],
  ['a bed as a radiotherapy target is no mention', 'Salvage RT to the prostate bed 66 Gy.', []],
  ['a clear bed set off after a metastasis is not its site', 'CT: 2 new RLL pulmonary nodules suspicious for metastases, R nephrectomy bed clear.',
    [['RLL pulmonary nodules suspicious for metastases', 'C7801', 'uncertain']]],
];

// "HGSC", high-grade serous carcinoma, is a serous carcinoma of the ovary, the fallopian tube or the peritoneum: Index: Carcinoma,
// serous — see Neoplasm, malignant, by site; table: ovary / Malignant Primary, right C56.1 (Malignant neoplasm of right ovary);
// fallopian tube, right C57.01 (Malignant neoplasm of right fallopian tube). Written with no site it names no organ. Dev notes
// d397 (and d251, d642, where it stands beside its site).
const highGradeSerous: readonly ReadingCase[] = [
  ['HGSC of the right ovary', '1. HGSC R ovary, FIGO IIIC, BRCA1+, s/p optimal (R0) primary debulking.', [['HGSC R ovary', 'C561', 'present']]],
  ['HGSC of the right fallopian tube', 'HGSC of the R fallopian tube.', [['HGSC of the R fallopian tube', 'C5701', 'present']]],
  ['HGSC with no site names no organ', 'HGSC.', []],
];

// ANNOTATION.md, '"Tumor" of a proven cancer' and '"Tumor" as the subject of a finding ... stays a mention of the proven tumour':
// "the tumor", "residual tumor" with no site of its own restates the encounter's one cancer and takes its code (table: brain,
// temporal lobe / Malignant Primary C71.2, Malignant neoplasm of temporal lobe; rectum C20, Malignant neoplasm of rectum), with the
// words' own assertion. It is left alone where the encounter writes a neoplasm of another organ (a pituitary adenoma beside an
// adrenal adenoma) or a distant spread (a brain MRI's "residual tumor" of a lung cancer may be the metastasis), and where a word
// before it makes it a tumour type of its own ("Leydig cell tumor"). Dev notes d456, d599.
const restatedTumours: readonly ReadingCase[] = [
  ['residual tumor of a glioblastoma', 'Dx: L temporal glioblastoma, IDH-wildtype, s/p resection 8/2026. Plan: continue TMZ. Residual tumor along the resection cavity.',
    [['temporal glioblastoma', 'C712', 'present'], ['tumor', 'C712', 'present']]],
  ['no residual tumor of a rectal cancer', 'Rectal adenocarcinoma, cCR. MRI pelvis: no residual tumor.', [['Rectal adenocarcinoma', 'C20', 'present'], ['tumor', 'C20', 'negated']]],
  ['a tumour beside neoplasms of two organs stays open', 'Pituitary macroadenoma s/p TSS. Incidental L adrenal adenoma. Residual tumor in R cavernous sinus.',
    [['Pituitary macroadenoma', 'D352', 'present'], ['L adrenal adenoma', 'D3502', 'present']]],
  // Round 22: a tumour weighed against radiation necrosis is the treated brain lesion (d260's gold "radiation necrosis vs residual
  // tumor" C79.31, uncertain; treatmentEffectTumour.ts); one beside a spread with no such weighing still stays open.
  ['a tumour weighed against radiation necrosis beside brain metastases is C79.31', 'Stage IV NSCLC with brain metastases. MRI: radiation necrosis vs residual tumor.',
    [['NSCLC', 'null', 'present'], ['brain metastases', 'C7931', 'present'], ['tumor', 'C7931', 'uncertain']]],
  ['a tumour beside a distant spread stays open', 'Stage IV NSCLC with brain metastases. MRI: residual tumor.',
    [['NSCLC', 'null', 'present'], ['brain metastases', 'C7931', 'present']]],
  ['a typed tumour word is no restatement', 'Rectal adenocarcinoma. Incidental testicular mass: Leydig cell tumor?', [['Rectal adenocarcinoma', 'C20', 'present']]],
];

// A relative's sarcoma written with no site: Index: Sarcoma — see Neoplasm, connective tissue, malignant; Osteosarcoma — see
// Neoplasm, bone, malignant; both family histories are Z80.8 Family history of malignant neoplasm of other organs or systems, as
// ANNOTATION.md codes a relative's "brain tumor" (Z80.8), and a denied one keeps that code negated (ANNOTATION.md, the corpus
// convention for a denied family history). The patient's own site-less sarcoma still restates the one named with its site
// (table: connective tissue, thigh, left C49.22). Dev notes d158, d185, d402, d477.
const relativesSarcoma: readonly ReadingCase[] = [
  ['a denied family sarcoma', 'FHx: No family hx of sarcoma.', [['sarcoma', 'Z808', 'negated']]],
  ["a father's sarcoma", 'Family history: father with sarcoma.', [['sarcoma', 'Z808', 'family']]],
  ["the patient's own site-less sarcoma restates the thigh's", 'Dx: sarcoma of the L thigh. Sarcoma: re-resection planned.',
    [['sarcoma of the L thigh', 'C4922', 'present'], ['Sarcoma', 'C4922', 'present']]],
];

// ANNOTATION.md, '"c/w <organ> primary" (or ... "c/w <organ> origin") on tissue or cytology of a current primary is a present
// mention of that primary' and "X origin with an organ is a mention like X primary": the conclusion names the primary's organ
// (table: thymus / Malignant Primary C37, Malignant neoplasm of thymus; Index: Carcinoma, colorectal — rectum and colon C19,
// Malignant neoplasm of rectosigmoid junction). "Origin" after no conclusion word, or with no malignancy named near it, is a cause
// ("chest pain of cardiac origin"), no mention. Dev notes d171, d302, d316, d516, d595.
const statedOrigins: readonly ReadingCase[] = [
  ['an IHC conclusion supporting thymic origin', 'IHC CD5+, CD117+, p40+, TTF-1 neg, supporting thymic origin over metastatic lung SCC.',
    [['thymic origin', 'C37', 'present'], ['lung SCC', 'null', 'present']]],
  // Present: ANNOTATION.md round 15 second pass: "c/w <organ> primary" on tissue or cytology of a current primary is present (d81 mended from uncertain; assertion round 22, pathologyConclusion.ts).
  ['a frozen section c/w colorectal origin', 'Frozen: metastatic adenocarcinoma c/w colorectal origin.', [['colorectal origin', 'null', 'present']]],
  ['a cause of cardiac origin is no mention', 'Chest pain, likely of cardiac origin.', []],
  ['an origin with no malignancy near is no mention', 'Hematuria c/w renal origin.', []],
];

// ANNOTATION.md, "Spread written as 'disease'": "<site> disease" in a solid cancer's note is that site's secondary, and "nodal
// disease" the lymph nodes' (table: lymph gland, head, face and neck / Malignant Secondary C77.0 for the regional nodes of a head
// and neck primary written in its sentence; lymph gland NOS C77.9, Secondary and unspecified malignant neoplasm of lymph node,
// unspecified, with no region). Read as one node phrase, "nodal disease" had hidden its own anchor word, so only a region before
// it ("L neck nodal disease") was read. A lymphoma's nodal disease is its extent, no secondary. Dev notes d215, d453, d558, d60.
const nodalDisease: readonly ReadingCase[] = [
  ['known nodal disease of a tonsil cancer', 'SCC of the right tonsil with known nodal disease.',
    [['SCC of the right tonsil', 'C099', 'present'], ['nodal disease', 'C770', 'present']]],
  // Since ANNOTATION.md round 17's region-less "nodal" rule, a thyroid cancer's nodal disease is its neck nodes (C77.0; regionalNodes.ts).
  ['recurrent nodal disease of a thyroid cancer is the neck', 'PTC s/p TT 2019. US neck: recurrent nodal disease suspected.',
    [['PTC', 'C73', 'present'], ['nodal disease', 'C770', 'uncertain']]],
  ['a region before nodal disease', 'Tonsil SCC. L neck nodal disease.', [['Tonsil SCC', 'C099', 'present'], ['L neck nodal disease', 'C770', 'present']]],
  ["a lymphoma's nodal disease is its extent", 'DLBCL with nodal disease above and below the diaphragm.', [['DLBCL', 'C8330', 'present']]],
];

describe('narrative reader: recall round 17', () => {
  describe("a tissue result beside a relative's cancer", () => checkReadings(relativesCancerBesideResult));
  describe('the washings of a staging operation', () => checkReadings(washings));
  describe('a recurrence in a resection bed', () => checkReadings(resectionBedRecurrences));
  describe('HGSC', () => checkReadings(highGradeSerous));
  describe('a site-less tumour restating the encounter\'s cancer', () => checkReadings(restatedTumours));
  describe("a relative's site-less sarcoma", () => checkReadings(relativesSarcoma));
  describe('a conclusion naming the origin', () => checkReadings(statedOrigins));
  describe('nodal disease', () => checkReadings(nodalDisease));
});
