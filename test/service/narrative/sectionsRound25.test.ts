import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 25's section cases (issue 12, tuner S): result labels the reader read as the block before them. Each case gives a text
 * and the section name of each mention the reader finds in it, in order (null outside any section). The codes are the reader's
 * own and are not what these cases test.
 */

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

type SectionCase = readonly [title: string, text: string, sections: readonly (string | null)[]];

function checkSections(cases: readonly SectionCase[]): void {
  for (const [title, text, sections] of cases) it(title, () => assert.deepEqual(mentionSections(text), sections));
}

// ANNOTATION.md, "Sections", header table: "a biopsy or marrow label followed by its result ("BM bx 11/2026:", "Day +30
// marrow:" …)" and "a test label with its result" are headers meaning Results. Opening a block after a blank line, a dated
// sample label reports what the sample showed (d239 "BM bx 11/12/2026: lymphoplasmacytic lymphoma …", d573 "Urine cytology
// 8/2026: negative for high-grade urothelial carcinoma", d764 "Urine cytology (10/14/2026): …"; `sampleLabels.ts`).
const sampleLabels: readonly SectionCase[] = [
  ['a dated marrow biopsy label opening a block opens Results',
    'HPI: 72M w/ IgM-kappa paraprotein, now with fatigue and night sweats.\n\nBM bx 11/12/2026: lymphoplasmacytic lymphoma, ~50% involvement, MYD88 L265P mutated.',
    ['Results']],
  ['a dated urine cytology label opening a block opens Results',
    'Interval History: no gross hematuria since the last BCG.\n\nUrine cytology (10/14/2026): Negative for high-grade urothelial carcinoma (NHGUC).',
    ['Results']],
  // Guard: a sample line that goes on from a history's story is the story (d137 "HPI: … \nBM bx 10/09/2026: …", gold HPI).
  ['a sample line inside a history paragraph stays the history',
    'HPI: 69F returns with early satiety and night sweats.\nBM bx 10/09/2026: MF-2 reticulin fibrosis, no evidence of acute leukemia.',
    ['History of Present Illness']],
  // Guard: a label naming the pathologist's report is the table's Pathology (d685 "Final cytology 11/26 (addended): A. Pancreas,
  // head, EUS-FNB:"), and a lettered specimen part of a report stays in the report (d704 "D. PERITONEAL WASHINGS (CYTOLOGY …):").
  ['a final cytology label stays Pathology',
    'Plan:\n- EUS-FNB today.\n\nFinal cytology 11/26 (addended): A. Pancreas, head, EUS-FNB:\nADENOCARCINOMA.',
    ['Pathology']],
  ['a lettered cytology part after a blank line stays in the pathology report',
    'FINAL DIAGNOSIS:\nC. LYMPH NODE, LEFT PELVIC SENTINEL, EXCISION:\n   - TWO LYMPH NODES, NEGATIVE FOR METASTATIC CARCINOMA (0/2).\n\nD. PERITONEAL WASHINGS (CYTOLOGY RS26-C4471):\n   - NEGATIVE FOR MALIGNANT CELLS.',
    ['Pathology', 'Pathology']],
  // Guard: a sample still to come reports nothing; the plan keeps it.
  ['a planned biopsy label stays in the plan',
    'Plan:\n- Repeat marrow to restage.\n\nBM bx planned 12/02/2026: to assess for residual leukemia.',
    ['Plan']],
];

// The same table rows: an examination reports what the examiner found, so a study or sample label opening its own line right
// under the exam's text is no finding of the exam but a result (d357 "O: Spleen 16 cm …\nBM bx 11/2026: … no evidence of acute
// leukemia", d159 "Objective\n…\nMRI pelvis 11/20/26: no residual tumor", d895 "O: …\nMRI abd w/wo (11/06/26): …", d122 "O: …\nCT
// A/P 11/28: new peritoneal implants", its gold mended from Physical Exam by the table's study-label row).
const resultsUnderExam: readonly SectionCase[] = [
  ['a marrow biopsy line right under the exam opens Results',
    'O: Spleen 16 cm below LCM (was 14). Hgb 8.9.\nBM bx 11/2026: MF-3 fibrosis, 6% blasts by CD34 IHC; no evidence of acute leukemia.',
    ['Results']],
  ['a study line right under the exam opens Results',
    'S: 67F with high-grade serous carcinoma of the right ovary, now with bloating.\n\nO: Abdomen mildly distended, no fluid wave.\nCT A/P 11/28: new peritoneal implants along the right paracolic gutter.',
    ['History of Present Illness', 'Results']],
  // Guard: an exam finding on a line of its own stays the exam's ("Breasts:" is an examined part, not a study).
  ['an examined part right under the exam stays the exam',
    'O: BP 126/64, HR 70.\nBreasts: L lumpectomy scar; no mass; no evidence of malignancy either breast.',
    ['Physical Exam']],
];

// ANNOTATION.md rule 3: a header the table does not spell is the section it means. "Investigations:" heads a British or
// Commonwealth letter's tests and their results (d999 "Investigations:\nBiopsy (outside, 10/11/26) - …\nFNAC left level IIa
// node: metastatic squamous cell carcinoma."), the table's Results; `headerMeaning.ts` reads it by its meaning, so it opens a
// section only where a label read so does (a block's first line, or alone on its line).
const investigations: readonly SectionCase[] = [
  ['"Investigations:" alone on its line opens Results',
    'Diagnosis: Carcinoma left lateral border of tongue (SCC).\n\nInvestigations:\nFNAC left level IIa node: metastatic squamous cell carcinoma.',
    ['Diagnoses', 'Results']],
  // Guard: written as a line of a history's paragraph, the label is a field of the history.
  ['"Investigations:" inside a history paragraph stays the history',
    'HPI: 58M with dysphagia.\nInvestigations: CT chest 11/02 showed a 2 cm RUL mass, likely lung cancer.',
    ['History of Present Illness']],
];

// ANNOTATION.md rule 2: a date or a copy's provenance after a header leaves the header's name, however long. A study label
// whose words fit the header window and whose parenthesis closes right at its colon opens Results as a shorter one does (d928
// "MRI pituitary w/wo (10/28/2026, outside, reviewed today):\n… sellar/suprasellar mass …", under a family history before it).
const longStudyLabels: readonly SectionCase[] = [
  ['a study label with a long dated parenthesis closed at its colon opens Results',
    'Family hx: Father - colon ca at 74.\n\nMRI pituitary w/wo (10/28/2026, outside, reviewed today):\n2.6 cm sellar mass. Incidental 8 mm R vestibular schwannoma.',
    ['Family History', 'Results']],
  // Guard: a parenthesis that a sentence goes on after is no label's annotation.
  ['a study named in a sentence past its parenthesis opens nothing',
    'Family hx: Father - colon ca at 74.\n\nMRI pituitary w/wo (10/28/2026, outside) reviewed with the pt today: R vestibular schwannoma.',
    ['Family History', 'Family History']],
];

// ANNOTATION.md rule 2: the header table's spellings. "Past medical:" and "Past surgical:" are the past histories written
// without their last word, as dictated and templated notes write them ("PAST MEDICAL: Hypertension"); d1015 "Past medical: B-ALL
// as above; cGVHD; …" under an HPI line, gold Past Medical History.
const shortPastHeaders: readonly SectionCase[] = [
  ['"Past medical:" opening its line opens Past Medical History',
    'HPI: 39 y/o M, 10 yrs s/p allo-HCT 2016 for Ph-neg B-ALL in CR1, here for late effects.\nPast medical: B-ALL as above; cGVHD; avascular necrosis R hip.',
    ['History of Present Illness', 'Past Medical History']],
  // Guard: written inside a sentence, the words are no header.
  ['"past medical:" inside a sentence opens nothing',
    'HPI: 60F seen for follow-up of breast cancer, past medical: noncontributory.',
    ['History of Present Illness']],
];

describe('sections round 25: sample labels with their result open Results', () => checkSections(sampleLabels));
describe('sections round 25: study and sample lines under an exam open Results', () => checkSections(resultsUnderExam));
describe('sections round 25: "Investigations:" opens Results', () => checkSections(investigations));
describe('sections round 25: a study label with a long annotation opens Results', () => checkSections(longStudyLabels));
describe('sections round 25: "Past medical:" opens Past Medical History', () => checkSections(shortPastHeaders));
