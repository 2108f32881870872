import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 24's second pass of section cases (issue 12, tuner S2): headers of problem lists and assessments the reader named
 * otherwise than ANNOTATION.md's header table. Each case gives a text and the section name of each mention the reader finds
 * in it, in order (null outside any section).
 */

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

type SectionCase = readonly [title: string, text: string, sections: readonly (string | null)[]];

function checkSections(cases: readonly SectionCase[]): void {
  for (const [title, text, sections] of cases) it(title, () => assert.deepEqual(mentionSections(text), sections));
}

// ANNOTATION.md, rule 3 and the header table's Problem List row: an EHR problem list named as today's ("Current Problem
// List:", d864) is the problem list, as "Active Problems" is; before, its entries stayed in the interval history above it.
const currentProblemList: readonly SectionCase[] = [
  ['a current problem list opens the Problem List',
    'Interval hx: doing well on anastrozole.\n\nCurrent Problem List:\nMalignant neoplasm of upper-outer quadrant of left breast in female (HCC) - C50.412\nHx of adenomatous colon polyp',
    ['Problem List', 'Problem List']],
  // Guard: "current" before a word that names no header ("Current status:") opens nothing.
  ['a current status line opens no section',
    'Interval hx: doing well.\nCurrent status: L breast cancer on anastrozole.',
    ['History of Present Illness']],
];

// ANNOTATION.md's header table (Assessment and Plan row) and its round 23 decision: a header written "Assessment" joined to a
// plan of any name ("Assessment / Personalized prevention plan", d864) is the assessment-and-plan block, as "Assessment /
// Plan" is; rule 2 leaves any other joined header its first half's name ("MDM/Plan" is Assessment, d584).
const assessmentJoinedToPlan: readonly SectionCase[] = [
  ['an assessment joined to a named plan is the Assessment and Plan',
    'Exam: unremarkable.\n\nAssessment / Personalized prevention plan:\n- L breast cancer, stage IA, on anastrozole yr 3 of 5.\n- Hx of colon adenoma - overdue surveillance colonoscopy.',
    ['Assessment and Plan', 'Assessment and Plan']],
  ['an assessment joined to a treatment plan is the Assessment and Plan',
    'Assessment / Treatment plan:\n1. Prostate cancer, favorable intermediate risk - SBRT.',
    ['Assessment and Plan']],
  // Guards: a medical decision making joined to a plan keeps its first half (rule 2), and an assessment joined to another
  // header than a plan keeps its own name.
  ['a medical decision making joined to a plan stays the Assessment',
    'MDM/Plan:\nHigh-risk FN in pt w/ lymphoma mid-treatment.',
    ['Assessment']],
  ['an assessment joined to an impression stays the Assessment',
    'Assessment/Impression:\nProstate cancer, favorable intermediate risk.',
    ['Assessment']],
];

// ANNOTATION.md's header table: "Staging" heading a list of staging studies and their results is Results (Results row:
// "Staging so far:", "Staging summary:"), while "Staging" giving the stage is Diagnoses (Diagnoses row). A bare "Staging:"
// whose first item, or whose own line, opens with a study label (d232 "Staging:\n- CT chest 11/15: … concerning for pulmonary
// metastases.\n- Bone scan: … no other osseous mets", d1019 "- MRI brain 11/06: no CNS lymphoma", d1050 "Staging: PSMA PET
// 09/2026 - no nodal or distant metastatic disease") heads the studies.
const stagingStudies: readonly SectionCase[] = [
  ['a staging header over a list of studies is Results',
    'HPI: 14M w/ L distal femur osteosarcoma.\n\nStaging:\n- CT chest 11/15: 3 R lung nodules, non-calcified -- concerning for pulmonary metastases.\n- Bone scan: uptake at primary only, no other osseous mets.',
    ['History of Present Illness', 'Results', 'Results']],
  ['a staging header with a tracer study on its line is Results',
    'Staging: PSMA PET 09/2026 - no nodal or distant metastatic disease.',
    ['Results', 'Results']],
  // Guards: a staging header that gives the stage stays Diagnoses, on its line or in the list below.
  ['a staging header that gives the stage stays Diagnoses',
    'Staging: cT2 cN1 cM0, AJCC 8 stage I (HPV-associated oropharyngeal SCC).',
    ['Diagnoses']],
  ['a listed staging item of a plan stays as it was',
    'A/P:\n47F w/ newly dx L breast IDC.\n- staging: CT C/A/P and bone scan given N1 - r/o distant metastatic disease',
    ['Assessment and Plan', 'Diagnoses']],
  ['a staging header over a listed stage stays Diagnoses',
    'Staging:\n- pT2 pN1a, stage IIB invasive ductal carcinoma of the L breast.',
    ['Diagnoses']],
];

// ANNOTATION.md, rule 3: a label the reader does not know is the section it means. A relative's label opening a listed line
// of a past-history block ("Other hx:\n  - Papillary thyroid ca s/p total thyroidectomy + RAI 2014 …\n  - Mother: multiple
// myeloma. Sister: breast ca at 61.", d349) lists the family's history: Family History (Z80.7 Family history of other
// malignant neoplasms of lymphoid, hematopoietic and related tissues, Z80.3 Family history of malignant neoplasm of breast).
const relativesInPastHistory: readonly SectionCase[] = [
  ['a listed relative in a past history opens Family History',
    'Other hx:\n  - Papillary thyroid ca s/p total thyroidectomy + RAI 2014; Tg undetectable, NED.\n  - Mother: multiple myeloma. Sister: breast ca at 61.',
    ['Past Medical History', 'Family History', 'Family History']],
  // Guards: the patient's own item stays in the past history, and a relative's line in a history of the present illness is
  // left to the assertion (no section is opened there).
  ['a listed item of the patient stays the past history',
    'PMH:\n  - Papillary thyroid ca s/p total thyroidectomy 2014.\n  - Colonic tubular adenomas x3, removed 2023.',
    ['Past Medical History', 'Past Medical History']],
  ['a listed relative in a history of the present illness opens nothing',
    'HPI: 62F with relapsed myeloma.\n  - Mother: multiple myeloma.',
    ['History of Present Illness', 'History of Present Illness']],
];

describe('narrative reader: sections, round 24 second pass', () => {
  describe('a relative listed in a past history', () => checkSections(relativesInPastHistory));
  describe('a staging header over its studies', () => checkSections(stagingStudies));
  describe('a current problem list', () => checkSections(currentProblemList));
  describe('an assessment joined to a plan of any name', () => checkSections(assessmentJoinedToPlan));
});
