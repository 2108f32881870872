import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 26's section cases (issue 12, tuner S): headers the reader did not know, read by what they mean (ANNOTATION.md,
 * "Sections", rule 3). Each case gives a text and the section name of each mention the reader finds in it, in order (null
 * outside any section). The codes are the reader's own and are not what these cases test.
 */

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

type SectionCase = readonly [title: string, text: string, sections: readonly (string | null)[]];

function checkSections(cases: readonly SectionCase[]): void {
  for (const [title, text, sections] of cases) it(title, () => assert.deepEqual(mentionSections(text), sections));
}

// The header table reads an eye clinic's "POHx" (past ocular history) as Past Medical History: the history of a specialty or
// organ system is the patient's past conditions of that system. d1006 "Derm Hx (per chart):\n- Invasive SCC L temple 2023 …\n-
// BCC R nasal ala 2020 (Mohs)", d1048 "Derm Hx: Melanoma in situ R upper back 2020, WLE …", d1059 "OB/GYN Hx: CIN 3 on colpo bx
// 2016 s/p LEEP" (gold Past Medical History; `headerMeaning.ts`).
const systemHistories: readonly SectionCase[] = [
  ['a dermatology history opening its block is the past medical history',
    'CC: 6-mo skin check.\n\nDerm Hx: Melanoma in situ R upper back 2020, WLE, margins clear. BCC x3, all excised.',
    ['Past Medical History', 'Past Medical History']],
  ['a dermatology history alone on its line, qualified, is the past medical history',
    'S: Here for 3-mo TBSE.\n\nDerm Hx (per chart):\n- BCC R nasal ala 2020 (Mohs)',
    ['Past Medical History']],
  ['an obstetric and gynaecologic history is the past medical history',
    'HPI: 41F BRCA1 carrier for well-woman visit.\n\nOB/GYN Hx: CIN 3 on colpo bx 2016 s/p LEEP, margins neg.',
    ['Past Medical History']],
  // Guard: the history of a care, not of a disease, names no section (`headerMeaning.ts`, "Dental hx").
  ['a dental history stays in the block above',
    'HPI: 60M for extraction.\n\nDental hx: squamous cell carcinoma of the tongue treated 2019 with RT.',
    ['History of Present Illness']],
  // Guard: written as a line of a history's paragraph, the label is a field of that history (ANNOTATION.md, round 19).
  ['a dermatology history inside a history paragraph stays the history',
    'HPI: 41F here for TBSE.\nDerm Hx: BCC of the nose 2018.',
    ['History of Present Illness']],
];

// The header table's Health Maintenance rows: "Late Effects Screening", "Late effects review", "Late Effects & Surveillance",
// "Late effects / risks". A survivor's late effects and a screening named by what it screens for are that block, also with a
// parenthesis after them: d866 "Late effects / risks (mantle RT survivor):\n- Breast cancer risk elevated …", d638 "Late effects
// / risks: … second cancers in the RT field", d1004 "Cancer screening (transplant candidacy):\n- Colonoscopy 05/2026: 2 tubular
// adenomas removed" (gold Health Maintenance).
const healthMaintenance: readonly SectionCase[] = [
  ['late effects with a parenthesis open Health Maintenance',
    'Echo 8/2026: LVEF 35%.\n\nLate effects / risks (mantle RT survivor):\n- Breast cancer risk elevated - annual mammogram + breast MRI.',
    ['Health Maintenance']],
  ['a cancer screening block opens Health Maintenance',
    'HPI: 58M with HCC.\n\nCancer screening (transplant candidacy):\n- Colonoscopy 05/2026: 2 tubular adenomas removed (ascending, sigmoid)',
    ['History of Present Illness', 'Health Maintenance']],
  // Guard: a letter's "About screening:" talks to the patient; a portal message keeps no section before a real header (d368).
  ['a letter\'s "About screening:" opens nothing',
    'Dear Ms. K,\n\nAbout screening: your annual mammogram is still the right test for your history of R breast DCIS.',
    [null]],
];

// The header table's Results row: "Staging (ordered by me, reviewed today):", "Staging so far:", "Restaging 11/2026" head a list
// of studies and their results. A staging or surveillance label alone on its line whose first item reports a study is that list:
// d1090 "Staging at dx (06/2026):\n- PET/CT: … no distant metastatic disease.\n- CT chest: no pulmonary mets.", d1098
// "Surveillance since last visit:\n * CT chest low-dose 09/2026: …", d1101 "Recent surveillance:\n- MRI brain 09/2026: …", d958
// "Staging (ordered by me, reviewed today):\n- PET/CT 11/24: …" (gold Results; `stagingStudies.ts`).
const studyLists: readonly SectionCase[] = [
  ['a dated staging label over its studies opens Results',
    'HPI: 17M with Ewing sarcoma of the R ilium, here for cycle 5.\n\nStaging at dx (06/2026):\n- PET/CT: avid R iliac lesion, no distant metastatic disease.\n- CT chest: no pulmonary mets.',
    ['History of Present Illness', 'Results', 'Results']],
  ['a surveillance label over its studies opens Results',
    'Interval: Well.\n\nSurveillance since last visit:\n * CT chest low-dose 09/2026: 6 mm RLL nodule, suspicious for metastasis.',
    ['Results']],
  ['a recent surveillance label over its studies opens Results',
    'HPI: 20M with germinoma.\n\nRecent surveillance:\n- MRI brain 09/2026: stable 1 cm meningioma along the falx.',
    ['Results']],
  ['a staging header qualified by a parenthesis over its studies is Results',
    'HPI: 60F with ocular adnexal MZL.\n\nStaging (ordered by me, reviewed today):\n- PET/CT 11/24: R orbit FDG-avid (SUV 4.1); no other sites of lymphoma.',
    ['History of Present Illness', 'Results']],
  // Guard: a surveillance plan lists studies to come, with no result after a colon; it opens no Results.
  ['a surveillance plan of studies to come opens no Results',
    'HPI: 55M s/p resection of colon cancer.\n\nSurveillance:\n- CT C/A/P q6 mo x 2 yrs to look for recurrence of colon cancer',
    ['History of Present Illness', 'History of Present Illness']],
];

// The header table's study labels ("a study label … is such a header", Results), with a study's time in the treatment before its
// name and the ultrasounds named by their route: d1087 "Staging:\n- Post-op MRI brain 10/31: … No leptomeningeal disease.",
// d1094 "Interim PET/CT after 2 cycles (11/28/2026): … no splenic involvement by lymphoma", d770 "EUS 11/12/2026: 22 x 18 mm
// hypoechoic … lesion", d168 "TVUS (today): … 2.3 cm intramural fibroid" (gold Results; `studyLabels.ts`).
const studyLabels: readonly SectionCase[] = [
  ['a post-operative study makes a bare "Staging:" the list of studies',
    'Pathology (final, 11/07):\nMEDULLOBLASTOMA.\n\nStaging:\n- Post-op MRI brain 10/31: no residual tumor. No leptomeningeal disease.',
    ['Pathology', 'Results', 'Results']],
  ['an interim study label opens Results',
    'Interval: Cough resolved.\n\nInterim PET/CT after 2 cycles (11/28/2026): Deauville 2, no splenic involvement by lymphoma.',
    ['Results']],
  ['an endoscopic ultrasound label opens Results',
    'HPI: 62M with dysphagia.\n\nEUS 11/12/2026: 22 x 18 mm hypoechoic lesion of the gastric body, c/w GIST vs leiomyoma.',
    ['Results', 'Results']],
  ['a transvaginal ultrasound label opens Results',
    'O: BP 146/88.\n  BME: uterus ~10 wk size.\n\nTVUS (today): 2.3 cm intramural fibroid, posterior fundus.',
    ['Results']],
];

// The header table's Comment row: "a pathology or cytology report's COMMENT / Comment or Note / NOTE". A "Note:" opening its own
// block under the report's diagnosis is the pathologist's comment: d840 "DIAGNOSIS: … SUSPICIOUS FOR HIGH-GRADE UROTHELIAL
// CARCINOMA\n\nNOTE:\n… may represent urothelial carcinoma in situ", d830 "Note (part E): … suspicious but not diagnostic of
// carcinoma", d968 "Interpretation: …\n\nNote: … father had colon cancer at 71" (gold Comment; `reportNotes.ts`).
const reportNotes: readonly SectionCase[] = [
  ['a cytology report\'s NOTE opens Comment',
    'DIAGNOSIS:\n- SUSPICIOUS FOR HIGH-GRADE UROTHELIAL CARCINOMA.\n\nNOTE:\nThe washing findings may represent urothelial carcinoma in situ.',
    ['Diagnoses', 'Comment']],
  ['a note on one part of a pathology report opens Comment',
    'FINAL DIAGNOSIS:\nProstate, needle biopsy: adenocarcinoma, Gleason 3+4.\n\nNote (part E): A small focus of atypical glands; suspicious for adenocarcinoma.',
    ['Pathology', 'Comment']],
  // Guard: a clinician's "Note:" in a history is a line of the history (d304 "Note: staging CT C/A/P 10/2026 - no evidence of
  // metastatic disease.").
  ['a note in a clinician\'s history stays the history',
    'HPI: 51F with breast cancer on AC, febrile.\n\nNote: staging CT C/A/P 10/2026 - no evidence of metastatic disease.',
    ['History of Present Illness', 'History of Present Illness']],
];

// The header table's Assessment row: "Summary for MD review" (d974), a nurse's summary handed to the physician.
const reviewSummaries: readonly SectionCase[] = [
  ['a summary for MD review is the Assessment',
    'Nurse note.\n\nSummary for MD review:\nCA-125 rising 3 months in a row; concern for peritoneal recurrence of ovarian cancer.',
    ['Assessment', 'Assessment']],
  // Guard: a brief summary is the story of the illness, read by its words.
  ['a brief summary stays the history',
    'Nurse note.\n\nBrief summary:\nCA-125 rising 3 months in a row; concern for peritoneal recurrence of ovarian cancer.',
    ['History of Present Illness', 'History of Present Illness']],
];

// The header table's Assessment and Plan rows: "Board Recommendation", "Tumor board recommendation", a tumor board's "CONSENSUS".
// A multidisciplinary meeting's outcome is its conclusion and plan: d990 "Outcome:\nAdenocarcinoma of the lung RUL … 1. CT guided /
// EUS-guided biopsy of L adrenal", as d984's "MDT outcome:", and d712 "SARCOMA CONFERENCE 11/30 CONSENSUS: primary retroperitoneal
// liposarcoma" (gold Assessment and Plan; `headerMeaning.ts`).
const meetingOutcomes: readonly SectionCase[] = [
  ['a bare outcome after a board\'s review opens Assessment and Plan',
    'Radiology review: CT 12/11 RUL mass 38 mm.\n\nOutcome:\nAdenocarcinoma of the lung RUL with probable solitary left adrenal metastasis.\n1. EUS-guided biopsy of L adrenal.',
    ['Assessment and Plan', 'Assessment and Plan']],
  ['a dated conference consensus opens Assessment and Plan',
    '- MRI abdomen: R kidney fat plane lost along lower pole.\n\nSARCOMA CONFERENCE 11/30 CONSENSUS: primary retroperitoneal liposarcoma, well-differentiated.',
    ['Assessment and Plan']],
  // Guard: an outcome that names no meeting is no board's conclusion.
  ['a pregnancy outcome stays in the history',
    'HPI: 33F G2P1 with a history of cervical cancer.\n\nPregnancy outcome: term delivery 2019; no recurrence of cervical cancer since.',
    ['History of Present Illness', 'History of Present Illness']],
];

describe('narrative sections, round 26', () => {
  describe('a specialty\'s history is the past medical history', () => checkSections(systemHistories));
  describe('late effects and screening open Health Maintenance', () => checkSections(healthMaintenance));
  describe('a staging or surveillance label over its studies is Results', () => checkSections(studyLists));
  describe('study labels with a time in the treatment or a route', () => checkSections(studyLabels));
  describe('a report\'s note is its Comment', () => checkSections(reportNotes));
  describe('a summary for MD review is the Assessment', () => checkSections(reviewSummaries));
  describe('a meeting\'s outcome is its assessment and plan', () => checkSections(meetingOutcomes));
});
