import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History versus present round 24 (issue 12, tuner E): a former primary named in its current spread's words. Codes checked
 * against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A primary named in the words of its spread ("Metastatic breast cancer to the liver") in a note that documents it as excised
// history is the former primary of that metastasis: Guideline I.C.2.d codes its Z85 code (Tabular Z85.3 Personal history of
// malignant neoplasm of breast) beside the secondary (table: liver / Malignant Secondary C78.7; ANNOTATION.md round 15, "A
// primary excised or eradicated stays history when a new distant metastasis is treated locally"; dev d87 "hx of breast ca s/p L
// mastectomy 2017 … Metastatic breast cancer to the liver, biopsy proven"). The words asked about are no evidence that the
// cancer is current; a primary the note documents as current elsewhere still is, coded or waiting for its side.
const spreadSource: readonly ReadingCase[] = [
  ['the primary named in its liver spread\'s words is the history the note documents',
    'Indication: 61F with hx of breast ca s/p L mastectomy 2017. Surveillance CT showed two new hypodense lesions in the right hepatic lobe.\nImpression: Metastatic breast cancer to the liver, biopsy proven.',
    [['breast ca', 'Z853', 'history'], ['breast cancer', 'Z853', 'history'], ['cancer to the liver', 'C787', 'present']]],
  ['a primary current elsewhere in the note, waiting for its side, keeps the spread\'s primary current',
    'Problems: L breast cancer on letrozole. Hx of breast ca 2010.\nImpression: Metastatic breast cancer to the liver, biopsy proven.',
    [['L breast cancer', 'null', 'present'], ['breast ca', 'Z853', 'history'], ['breast cancer', 'null', 'present'], ['cancer to the liver', 'C787', 'present']]],
  ['without a documented history the spread\'s primary stays present',
    'Impression: Metastatic breast cancer to the liver, biopsy proven.',
    [['breast cancer', 'null', 'present'], ['cancer to the liver', 'C787', 'present']]],
];

// A course the writer says is over ("done w/ anastrozole 2014", "done with chemo") is treatment completed with nothing still
// given: Guideline I.C.2.d codes the cancer's personal history (Tabular Z85.3 Personal history of malignant neoplasm of breast;
// ANNOTATION.md, history: "completed adjuvant …" with nothing still given; dev d934 "Breast cancer 2009 R, lumpectomy/RT, done w/
// anastrozole 2014"). A course nearly over goes on, and a procedure "done with" guidance is no treatment (present: table: breast /
// Malignant Primary C50.9-, null by side without the patient's sex).
const doneWith: readonly ReadingCase[] = [
  ['a cancer whose endocrine therapy is done is history',
    'Medical: Breast cancer 2009 R, lumpectomy/RT, done w/ anastrozole 2014.',
    [['Breast cancer', 'Z853', 'history']]],
  ['a cancer done with chemo is history',
    'HPI: 58F with breast cancer 2012, lumpectomy, done with chemo.',
    [['breast cancer', 'Z853', 'history']]],
  ['a cancer nearly done with chemo stays present',
    'HPI: 58F with breast cancer, nearly done with chemo.',
    [['breast cancer', 'null', 'present']]],
  ['a biopsy done with guidance is no finished course',
    'HPI: Breast cancer dx on core biopsy done with US guidance.',
    [['Breast cancer', 'null', 'present']]],
];

// A colon adenoma written with the year of the colonoscopy that found it ("colon polyp (tubular adenoma 2021)", "TA 2020:
// surveillance colonoscopy 2023 clean") was removed at that colonoscopy: Tabular Z86.0101 Personal history of adenomatous and
// serrated colon polyps (ANNOTATION.md, "Removed colon adenomas are Z86.0101"; dev d946, d464). An undated adenoma left for EMR
// stays present (table: intestine, large, colon, sigmoid / Benign D12.5), and a malignancy's year alone is no eradication.
const datedAdenoma: readonly ReadingCase[] = [
  ['a tubular adenoma with its year in a PMH list is history',
    'HPI: 70M here for AKI.\nPMH: HTN, OA knees, colon polyp (tubular adenoma 2021), cataracts.',
    [['tubular adenoma', 'Z860101', 'history']]],
  ['a TA with its year opening a problem item is history',
    'Problems:\n- TA 2020: surveillance colonoscopy 2023 clean',
    [['TA', 'Z860101', 'history']]],
  ['an undated adenoma left for EMR stays present',
    'HPI: 60M. Tubular adenoma of the sigmoid colon, 2.5 cm, not removed; for EMR.',
    [['Tubular adenoma of the sigmoid colon', 'D125', 'present']]],
  ['a colon cancer with its year stays present',
    'HPI: 60M w/ colon cancer 2021. Now here for knee pain.',
    [['colon cancer', 'C189', 'present']]],
];

describe('history versus present round 24: the former primary of a current spread', () => checkReadings(spreadSource));
describe('history versus present round 24: a course said to be done', () => checkReadings(doneWith));
describe('history versus present round 24: a dated colon adenoma', () => checkReadings(datedAdenoma));
