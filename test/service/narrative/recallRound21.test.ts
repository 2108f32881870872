import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 21 (issue 12): present, history and family mentions the reader missed entirely. Codes checked against the
 * FY2027 code titles (/work/shared/codesets/icd10cm-2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "'Tumor' of a proven cancer" and round 17's "'Tumor' or 'neoplasm' that names a proven cancer's own lesion ...
// takes the cancer's code": a bare "tumor" written as the object of a relation word ("proximal to tumor") or as the finding a
// label reports ("MRI 11/14: tumor confined to glans") is that cancer's lesion, as "the tumor" is (dev notes d229, d696).
// Table: rectum / Malignant Primary C20 (Tabular C20 Malignant neoplasm of rectum); penis / Malignant Primary C60.9 (C60.9
// Malignant neoplasm of penis, unspecified). A tumour with no proven cancer stays unread, and "10% of tumor" is a measurement
// (ANNOTATION.md, round 17: "Tumor" as the object of a measurement is not a mention).
const tumourAsObject: readonly ReadingCase[] = [
  ['"proximal to tumor" restates the rectal cancer (d696)', 'Rectal adenocarcinoma at 8 cm. Sigmoid polyp proximal to tumor.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['tumor', 'C20', 'present']]],
  ['a study label\'s "tumor confined to" restates the penile cancer (d229)', 'Invasive SCC of the penis, bx-proven.\nMRI 11/14: tumor confined to glans.',
    [['SCC of the penis', 'C609', 'present'], ['tumor', 'C609', 'present']]],
  ['"encased by tumor" with no proven cancer is no mention', 'Trachea encased by tumor.', []],
  ['"of tumor" stays a measurement', 'Endometrioid adenocarcinoma of the endometrium. About 10% of tumor necrotic.',
    [['adenocarcinoma of the endometrium', 'C541', 'present']]],
];

// ANNOTATION.md, "Spread written as disease" ("no osseous disease" is the bone's secondary) and '"PD in <site>"': in a solid
// cancer's note "osseous / skeletal disease" and "pleural progression" name the cancer's spread there (dev notes d586, d669,
// d742, d799). Table: bone, pelvic / Malignant Secondary C79.51 (Tabular C79.51 Secondary malignant neoplasm of bone); pleura /
// Malignant Secondary C78.2 (C78.2 Secondary malignant neoplasm of pleura). A note naming no neoplasm keeps the organ's disease.
const spreadAsDisease: readonly ReadingCase[] = [
  ['"stable pelvic osseous disease" of a prostate cancer is bone spread (d586)', 'Metastatic prostate ca. PSMA PET: stable pelvic osseous disease.',
    [['prostate ca', 'C61', 'present'], ['osseous disease', 'C7951', 'present']]],
  ['"no skeletal disease" of a breast cancer denies bone spread', 'Breast ca. Bone scan: no skeletal disease.',
    [['Breast ca', 'null', 'present'], ['skeletal disease', 'C7951', 'negated']]],
  ['"pleural progression" of a lung cancer is pleural spread (d742, d799)', 'EGFR+ NSCLC with pleural progression.',
    [['NSCLC', 'null', 'present'], ['pleural progression', 'C782', 'present']]],
  ['"osseous disease" in a note with no neoplasm is no mention', 'Denies osseous disease.', []],
];

// ANNOTATION.md round 16 ("the known malignancy" takes the documented cancer's code) and Guideline I.C.2.d: a site-less cancer
// written as the patient's past one ("a prior malignancy", "her old cancer") restates the one past cancer the note documents
// with a site, and is its personal history (dev notes d181, d381). Tabular Z85.3 Personal history of malignant neoplasm of
// breast; Z85.42 Personal history of malignant neoplasm of other parts of uterus; Z85.9 Personal history of malignant
// neoplasm, unspecified (a denied or set-apart one, as before). Two past organs, or a checklist's question, leave it as written.
// "NMSCs" is the plural of "NMSC" (d390): Z85.828 Personal history of other malignant neoplasm of skin.
const restatedPastCancers: readonly ReadingCase[] = [
  ['"a prior malignancy" restates the documented breast cancer (d181)',
    'PMH: breast ca s/p lumpectomy 2010. CT: new RUL nodule. In this patient with a prior malignancy, metastasis cannot be excluded.',
    [['breast ca', 'Z853', 'history'], ['malignancy', 'Z853', 'history']]],
  ['"her old cancer" restates the documented endometrial cancer (d381)', 'Hx of endometrial ca 2018, NED. Pt asked if this is related to her old cancer.',
    [['endometrial ca', 'Z8542', 'history'], ['cancer', 'Z8542', 'history']]],
  ['"no other prior malignancy" stays the denied unspecified history', 'Hx breast ca 2009. No other prior malignancy.',
    [['breast ca', 'Z853', 'history'], ['malignancy', 'Z859', 'negated']]],
  ['two past organs leave "a prior malignancy" unplaced', 'Hx breast ca 2009 and colon ca 2015. In this patient with a prior malignancy, metastasis cannot be excluded.',
    [['breast ca', 'Z853', 'history'], ['colon ca', 'Z85038', 'history']]],
  ['a checklist\'s question is left as written', 'Hx breast ca 2009. Trial: excluded for prior malignancy within 5 yrs? - no, 15 yrs.',
    [['breast ca', 'Z853', 'history']]],
  ['a cancer a criterion excepts is no past cancer to restate', 'Prior malignancy within 3 years, except basal cell carcinoma of skin: none.',
    [['malignancy', 'Z859', 'history'], ['basal cell carcinoma of skin', 'C4491', 'negated']]],
  ['"NMSCs" is the skin cancers\' history (d390)', 'Hx: Numerous prior NMSCs.', [['NMSCs', 'Z85828', 'history']]],
];

// Index: Adenoma — see also Neoplasm, benign, by site; a colon polyp's phrase (the scope, its polyps) names the colon, as it does
// for "TA" (round 18): a plain "adenomas" written as the patient's history there is the colon's, table: intestine, large, colon /
// Benign D12.6, its history Tabular Z86.0101 Personal history of adenomatous and serrated colon polyps (dev note d655). A
// current finding's plain "adenomas" is left to its specimen lines, and an adenoma with no polyp phrase stays unread.
const colonoscopyAdenomas: readonly ReadingCase[] = [
  ['"pers hx adenomas" beside a colonoscopy is the colon adenomas\' history (d655)', 'GI colonoscopy due 2027 (pers hx adenomas).',
    [['adenomas', 'Z860101', 'history']]],
  ['a current "were adenomas" is left to the specimen lines', 'Four of the polyps were adenomas.', []],
  ['a history of adenomas with no polyp phrase stays unread', 'Hx adenomas.', []],
];

// ANNOTATION.md, "Lymph node regions ... as a thoracic station" (IASLC map): the numbers right after "EBUS" are the stations it
// sampled, so "EBUS 4R/7 positive for SCC" is the intrathoracic nodes' metastasis (dev note d625). Table: lymph gland,
// mediastinal / Malignant Secondary C77.1 (Tabular C77.1 Secondary and unspecified malignant neoplasm of intrathoracic lymph
// nodes). A number that opens with no lettered station ("EBUS 2 weeks ago") names none.
const ebusStations: readonly ReadingCase[] = [
  ['"EBUS 4R/7 positive for SCC" is the mediastinal nodes\' metastasis (d625)', 'NSCLC of LUL (squamous); EBUS 4R/7 positive for SCC',
    [['NSCLC of LUL', 'C3412', 'present'], ['SCC', 'C771', 'present']]],
  ['"EBUS 4R and 7 positive for adenocarcinoma" too', 'EBUS 4R and 7 positive for adenocarcinoma.', [['adenocarcinoma', 'C771', 'present']]],
  ['"EBUS 2 weeks ago" names no station', 'EBUS 2 weeks ago: adenocarcinoma.', []],
];

describe('narrative recall round 21', () => {
  describe('a "tumor" written as a relation\'s object restates the proven cancer', () => checkReadings(tumourAsObject));
  describe('spread at the bone or pleura written as disease or progression', () => checkReadings(spreadAsDisease));
  describe('a site-less past cancer restates the documented one', () => checkReadings(restatedPastCancers));
  describe('a plain adenoma of a colonoscopy\'s history', () => checkReadings(colonoscopyAdenomas));
  describe('the stations an EBUS names', () => checkReadings(ebusStations));
});
