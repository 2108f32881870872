import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 24's section cases (issue 12, tuner S): headers that open a block the reader read as the block before it. Each case
 * gives a text and the section name of each mention the reader finds in it, in order (null outside any section).
 */

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

type SectionCase = readonly [title: string, text: string, sections: readonly (string | null)[]];

function checkSections(cases: readonly SectionCase[]): void {
  for (const [title, text, sections] of cases) it(title, () => assert.deepEqual(mentionSections(text), sections));
}

// ANNOTATION.md, "Sections", rule 3: a study label that opens a block ("CT C/A/P w/ contrast (11/30):") is a header meaning
// Results. Right under a pathology block's lines, a study's report opening its own line is no part of the tissue's report: it
// opens Results (d213 "C. Ascending colon polyps: tubular adenomas (2) …\nCT C/A/P w/ contrast (11/30): … suspicious for nodal
// mets"; d189, d266 "Pathology (core bx …): … \nStaging PET/CT: no distant mets."; d873).
const studyAfterPathology: readonly SectionCase[] = [
  ['a study line right under a pathology block opens Results',
    'Pathology (core bx L breast 2:00): Invasive ductal carcinoma, grade 3.\nStaging PET/CT: no distant mets.',
    ['Pathology', 'Results']],
  ['a dated study label right under lettered pathology parts opens Results',
    'Path:\nB. Hepatic flexure mass bx: invasive adenocarcinoma.\nCT C/A/P w/ contrast (11/30): 3 enlarged pericolonic nodes, suspicious for nodal mets.',
    ['Pathology', 'Results']],
  // Guard: in a history's paragraph a study line that goes on from the line before is the story the history tells (README,
  // `studyLabels.ts`; d150, d311).
  ['a study line inside a history paragraph stays the history',
    'HPI: 67M w/ metastatic prostate cancer, back pain x2 wks.\nMRI whole spine 11/22: T10 vertebral body metastasis.',
    ['History of Present Illness', 'History of Present Illness']],
  // Guard: a line that is no study ("Margins: negative", a field of the report) stays in the pathology block.
  ['a field of the report stays in the pathology block',
    'Path:\nA. Colon, sigmoid, resection: adenocarcinoma.\nLymph nodes: 0/17 positive for metastatic carcinoma.',
    ['Pathology', 'Pathology']],
];

// ANNOTATION.md, rule 1: a short line that is nothing but a header is that header, framed by rules of "-" as it is by rules
// of "=" ("==== CANCER TREATMENT SUMMARY ====", round 23); the header table reads "Final pathology", "Pathology" and "Path
// addendum" as Pathology, and rule 2 leaves a header its name whatever date or parenthesis follows it. A report appended
// below a procedure note's plan opens its own section (d175 "--- PATHOLOGY (final, 11/21/2026) ---", d696 "--- path addendum
// 12/02/2026 (CW) ---", d700 "--- Final pathology (11/05/2026) ---").
const dashFramedHeaders: readonly SectionCase[] = [
  ['a dash-framed final pathology with its date opens Pathology',
    'PLAN: SICU. Post-op carbo/taxol.\n--- Final pathology (11/05/2026) ---\nBilateral ovaries: residual high-grade serous carcinoma.',
    ['Pathology']],
  ['a dash-framed pathology with its finality and date opens Pathology',
    'RECOMMENDATIONS: PPI BID. Await path.\n\n--- PATHOLOGY (final, 11/21/2026) ---\nA. Gastroesophageal junction, mass, biopsy: INVASIVE ADENOCARCINOMA.',
    ['Pathology']],
  ['a dash-framed path addendum opens Pathology',
    'Plan: stoma teaching.\n--- path addendum 12/02/2026 (CW) ---\nFinal: Rectum, LAR/TME: residual adenocarcinoma, 0.9 cm.',
    ['Pathology']],
  // Guard: a frame around a date alone names no header ("--- 11/24/2026 ---", a case manager's dated entries; d176).
  ['a dash-framed date opens no section',
    'Plan: SNF placement.\n--- 11/24/2026 ---\nDaughter called; she was dx\'d w/ breast cancer last yr.',
    ['Plan']],
  // Guard: a frame around words no header spells ("----- CASE 2 -----") opens none.
  ['a dash-framed case number opens no section',
    'Plan: SBRT.\n----- CASE 2 -----\n61F with L breast cancer.',
    ['Plan']],
];

// ANNOTATION.md, rule 3 and its header table: a cytology result label opening its own block ("Cytology (prelim, 12/02):",
// "CYTOLOGY RESULT (reported …, cytopathology):") is Pathology, read by its words as "Path" and "Final path" are (d549, d451,
// d685 "Final cytology 11/26 (addended):", d834). A label whose parenthesis names who reported it and when runs past the
// 48-character window and is read by its words before the parenthesis (d834; d660 "Oncologic / relevant hx (from Dr. Baptiste
// consult 10/22):" is the history of present illness). "Goals of care discussion (…)" is the table's Plan (d172), and findings
// of a skin examination the table's Physical Exam (d579 "Other skin findings today (brief exam face/neck/hands):").
const labelsByMeaning: readonly SectionCase[] = [
  ['a cytology label after a blank line opens Pathology',
    'Procedure: FNA of nodule #1.\n\nCytology (prelim, 12/02):\n A. R thyroid nodule: Bethesda VI - malignant, c/w papillary thyroid carcinoma.',
    ['Pathology']],
  ['a final cytology label with its date and parenthesis opens Pathology',
    'Plan:\n- Resume diet.\n\nFinal cytology 11/26 (addended): A. Pancreas, head, EUS-FNB:\nADENOCARCINOMA.',
    ['Pathology']],
  ['a cytology result label with a long reporting parenthesis opens Pathology',
    'Procedure: FNA. Local lidocaine. No complications.\nCYTOLOGY RESULT (reported 11/24/2026, Dr. P. Hollander, cytopathology):\nB. Lymph node, right neck level IV, FNA:\n   Positive for metastatic papillary thyroid carcinoma.',
    ['Pathology', 'Pathology']],
  ['a history label with a long provenance parenthesis opens the history',
    'Diagnosis: Multiple myeloma, IgG lambda.\n\nOncologic / relevant hx (from Dr. Baptiste consult 10/22):\n- Prior malignancy: DCIS L breast 2015, lumpectomy + RT.',
    ['Diagnoses', 'History of Present Illness']],
  ['a goals of care discussion with its parenthesis opens Plan',
    'Exam: cachectic.\n\nGoals of care discussion (45 min, pt + daughter + RN):\nPt understands the pancreatic cancer is not curable.',
    ['Plan']],
  ['other skin findings with a parenthesis open Physical Exam',
    'Mohs stage I: clear.\n\nOther skin findings today (brief exam face/neck/hands):\n- R cheek: pearly papule, ?BCC - bx next visit.',
    ['Physical Exam']],
  // Guard: a long label whose parenthesis does not close at the colon stays a sentence of its block.
  ['a long line whose colon follows no parenthesis opens nothing',
    'Exam: cachectic.\n\nWe talked at length with the daughter about the cancer today: she understands.',
    ['Physical Exam']],
  // Guard: a cytology word inside a sentence is no label ("Last cytology 08/2026: Negative …" under a history stays there).
  ['a cytology result line inside a history stays the history',
    'HPI: NMIBC on BCG.\nLast cytology 08/2026: Negative for high-grade urothelial carcinoma (NHGUC).',
    ['History of Present Illness', 'History of Present Illness']],
];

// ANNOTATION.md's header table: "Fam" is Family History, opening its line under a history's lines as "FHx:" does (d432 "Fam:
// mom had breast ca, survived.", d945 "Fam: brother died of lung ca at 58."); "Hematology addendum" and "Endoscopist addendum"
// are Addendum, with or without a date after them (d175 "Endoscopist addendum: GEJ adenocarcinoma confirmed").
const tableSpellings: readonly SectionCase[] = [
  ['a "Fam:" line opens Family History',
    'Hx: thyroid ca s/p thyroidectomy 2010.\nFam: mom had breast ca, survived.',
    ['History of Present Illness', 'Family History']],
  ['an author\'s addendum with no date opens Addendum',
    'Recommendations: PPI BID.\nEndoscopist addendum: GEJ adenocarcinoma confirmed - referred to surgical oncology.',
    ['Addendum']],
  // Guard: an addendum pointed to ("See addendum:") opens none.
  ['a pointer to an addendum opens none',
    'Plan: await path.\nSee addendum: breast cancer staging to follow.',
    ['Plan']],
  // Guard: a family word inside a sentence opens no Family History ("Family: at bedside" is the table's own spelling already;
  // "Familial adenomatous polyposis" is no header).
  ['a diagnosis line opening with a family-like word stays its section',
    'Dx:\nFamilial adenomatous polyposis, s/p colectomy.',
    ['Diagnoses']],
];

// ANNOTATION.md, rule 2: a date or a provenance after the header leaves its name, and who signed the report may follow the
// parenthesis before the colon (d769 "PATHOLOGY (received 11/20/2026), Helen Marchetti, MD:" under an endoscopy's
// recommendations is the table's Pathology).
const signedHeaders: readonly SectionCase[] = [
  ['a dated pathology header signed after a comma opens Pathology',
    'Recommendation:\n - Await pathology.\nPATHOLOGY (received 11/20/2026), Helen Marchetti, MD:\nA. Colon, ascending, polypectomy: Tubulovillous adenoma.',
    ['Pathology']],
  // Guard: text after the parenthesis that is no signature closed by the colon ("…), then …" with its own colon later) opens none.
  ['a parenthesis followed by a sentence stays its section',
    'Recommendation:\n - Await pathology.\nPATHOLOGY (received 11/20/2026) shows tubulovillous adenoma: repeat in 3 yr.',
    ['Assessment and Plan']],
];

describe('sections round 24: a study line under a pathology block', () => checkSections(studyAfterPathology));
describe('sections round 24: headers framed by dashes', () => checkSections(dashFramedHeaders));
describe('sections round 24: labels read by their meaning', () => checkSections(labelsByMeaning));
describe('sections round 24: spellings of the header table', () => checkSections(tableSpellings));
describe('sections round 24: signed headers', () => checkSections(signedHeaders));
