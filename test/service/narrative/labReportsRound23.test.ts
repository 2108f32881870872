import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Laboratory and molecular reports round 23 (issue 12, tuner E): NGS and ctDNA reports, flow cytometry, bone-marrow reports
 * with cytogenetics and FISH, IHC / FISH addenda, frozen sections, cytology, tumour-marker notes and germline results (dev
 * d963–d982), read as a coder reads them.
 */

// Index: Leukemia, myeloid, acute, with 11q23-abnormality C92.6-; Tabular C92.60 Acute myeloid leukemia with 11q23-abnormality
// not having achieved remission. KMT2A (formerly MLL) lies at 11q23: the WHO / ICC name "AML with KMT2A rearrangement" is
// that AML, not AML NOS (C92.00), in the diagnosis line and restated in the comment (d966).
const rearrangedLeukaemia: readonly ReadingCase[] = [
  ['"ACUTE MYELOID LEUKEMIA WITH KMT2A REARRANGEMENT" is C92.60 (d966)',
    'FINAL DIAGNOSIS:\n - ACUTE MYELOID LEUKEMIA WITH KMT2A REARRANGEMENT, see comment\n\nComment:\nFindings are diagnostic of AML with KMT2A rearrangement.',
    [['ACUTE MYELOID LEUKEMIA WITH KMT2A REARRANGEMENT', 'C9260', 'present'], ['AML with KMT2A rearrangement', 'C9260', 'present']]],
  ['"KMT2A-rearranged AML" and "AML with MLL rearrangement" are C92.60', 'Dx: KMT2A-rearranged AML.\nOutside dx: AML with MLL rearrangement.',
    [['KMT2A-rearranged AML', 'C9260', 'present'], ['AML with MLL rearrangement', 'C9260', 'present']]],
  ['AML with another qualifier stays C92.00', 'Dx: AML with NPM1 mutation.', [['AML', 'C9200', 'present']]],
];

// ANNOTATION.md, "Assertion": history is the patient's past disease. "Given prior exposure to doxorubicin, the leukemia meets
// criteria for a myeloid neoplasm post cytotoxic therapy" dates the exposure, the cause, not the leukaemia it caused, which the
// report diagnoses now (Tabular C92.60; d966).
const pastExposure: readonly ReadingCase[] = [
  ['"prior exposure to …" does not make the leukaemia after it history (d966)',
    'Dx: AML with KMT2A rearrangement. Given prior exposure to doxorubicin and cyclophosphamide, the leukemia is therapy-related.',
    [['AML with KMT2A rearrangement', 'C9260', 'present'], ['leukemia', 'C9260', 'present']]],
  ['"prior" before the disease itself is still history', 'PMH: prior breast cancer, treated 2015.', [['breast cancer', 'Z853', 'history']]],
];

describe('lab reports round 23: leukaemia named by its rearrangement', () => checkReadings(rearrangedLeukaemia));
describe('lab reports round 23: a past exposure', () => checkReadings(pastExposure));

// ANNOTATION.md, "Sites and columns" (a sub-site the note documents): "CRC" names the large bowel (table: rectum, and colon),
// so in a note whose one large-bowel cancer is the rectum's it restates that cancer (table: rectum / Malignant Primary C20),
// as it restates a colon cancer in a colon cancer's note; a colon and a rectal primary together leave it the bowel's (d982).
const colorectalRestatement: readonly ReadingCase[] = [
  ['"CRC" in a rectal cancer\'s note is the rectum\'s (d982)',
    'Reason for referral: 42 y/o M with rectal adenocarcinoma (dx 08/2026), on total neoadjuvant therapy. Early-onset CRC.',
    [['rectal adenocarcinoma', 'C20', 'present'], ['CRC', 'C20', 'present']]],
  ['"CRC" beside a colon and a rectal primary stays the large bowel\'s',
    'Dx: sigmoid colon adenocarcinoma and rectal adenocarcinoma, synchronous. Early-onset CRC.',
    [['sigmoid colon adenocarcinoma', 'C187', 'present'], ['rectal adenocarcinoma', 'C20', 'present'], ['CRC', 'null', 'present']]],
];

// ANNOTATION.md, "Assertion" (history: the patient's past disease; Guideline I.C.2.d): surveillance "per survivorship
// guidelines" after a treatment under way names follow-up to come, not a cancer already treated and gone; the rectal cancer
// on neoadjuvant therapy stays present (table: rectum / Malignant Primary C20; d982).
const survivorshipGuidelines: readonly ReadingCase[] = [
  ['"per survivorship guidelines" does not make a cancer on treatment history (d982)',
    'Reason for referral: 42 y/o M with rectal adenocarcinoma, on neoadjuvant therapy.\n\nPlan: colonoscopic surveillance after treatment of his rectal cancer per survivorship guidelines.',
    [['rectal adenocarcinoma', 'C20', 'present'], ['rectal cancer', 'C20', 'present']]],
  ['a survivorship phase still makes it history', 'Dx: breast cancer - survivorship.', [['breast cancer', 'Z853', 'history']]],
];

describe('lab reports round 23: "CRC" in a rectal cancer\'s note', () => checkReadings(colorectalRestatement));
describe('lab reports round 23: survivorship guidelines', () => checkReadings(survivorshipGuidelines));

// Tabular D47.9 inclusion "Lymphoproliferative disease NOS"; ANNOTATION.md round 20: a rule-out asked before the note proves the
// diagnosis takes the type the note then proves (Index: Leukemia, lymphocytic, chronic, B-cell type C91.1-; Lymphoma, follicular
// C82.9-, its grade phrase-level). A flow cytometry requisition's "R/O lymphoproliferative disorder" above its CLL/SLL (d965).
const lymphoproliferative: readonly ReadingCase[] = [
  ['an untyped lymphoproliferative disorder is D47.9', 'Hx: R/O lymphoproliferative disorder.', [['lymphoproliferative disorder', 'D479', 'uncertain']]],
  ['a rule-out lymphoproliferative disorder takes the CLL the note proves (d965)', 'Hx: R/O lymphoproliferative disorder.\n\nDx: CLL.',
    [['lymphoproliferative disorder', 'C9110', 'uncertain'], ['CLL', 'C9110', 'present']]],
  ['… or the lymphoma type it proves', 'Hx: R/O lymphoproliferative disorder.\n\nDx: follicular lymphoma, grade 2.',
    [['lymphoproliferative disorder', 'C8290', 'uncertain'], ['follicular lymphoma', 'C8210', 'present']]],
];

describe('lab reports round 23: a lymphoproliferative disorder', () => checkReadings(lymphoproliferative));

// ANNOTATION.md round 15: a former primary named as a metastasis's source is its Z85.- history whatever hedge the metastasis
// carries (d293; Guideline I.C.2.d; Tabular Z85.3 Personal history of malignant neoplasm of breast). A cytology comment names
// it with the patient as owner ("spread from the patient's known breast carcinoma"), beside the pathologist's concluded "c/w
// breast origin", which is no current primary either (d971). A cancer the note documents as current stays current.
const sourceOfSpread: readonly ReadingCase[] = [
  ['"spread from the patient\'s known breast carcinoma" of a history breast cancer is that history (d971)',
    'Hx: 65F w/ L breast ca 2015, NED.\n\nComment: The immunoprofile supports spread from the patient\'s known breast carcinoma.',
    [['L breast ca', 'Z853', 'history'], ['breast carcinoma', 'Z853', 'history']]],
  ['… beside a concluded "consistent with breast origin"',
    'Hx: 65F w/ L breast ca 2015, NED.\n\nDIAGNOSIS:\nPleural fluid, left:\nMetastatic adenocarcinoma, consistent with breast origin.\n\nComment:\nThe immunoprofile supports spread from the patient\'s known breast carcinoma.',
    [['L breast ca', 'Z853', 'history'], ['Metastatic adenocarcinoma', 'C782', 'present'], ['breast origin', 'C50912', 'present'], ['breast carcinoma', 'Z853', 'history']]],
  ['a breast cancer with no history stays current', '65F. Comment: The immunoprofile supports spread from the patient\'s known left breast carcinoma.',
    [['left breast carcinoma', 'C50912', 'present']]],
];

describe('lab reports round 23: a history cancer named as the source', () => checkReadings(sourceOfSpread));

// ANNOTATION.md "Sites and columns": "X of <organ>" places the primary; "<site> mets" is a secondary there (table: colon, sigmoid /
// Malignant Primary C18.7; liver / Malignant Secondary C78.7). A requisition's "metastatic adenocarcinoma of the sigmoid colon,
// liver mets" names one primary and one spread: the comma parts them, so neither the sigmoid colon is a metastasis nor the liver
// a primary (d964). A list after a lead that is no diagnosis ("no hx of breast, ovarian or colon ca") still reads as one list.
const diagnosisPlace: readonly ReadingCase[] = [
  ['"adenocarcinoma of the sigmoid colon, liver mets" is a colon primary and a liver metastasis (d964)',
    '57M w/ metastatic adenocarcinoma of the sigmoid colon, liver mets dx 03/2024, RAS wild-type.',
    [['adenocarcinoma of the sigmoid colon', 'C187', 'present'], ['liver mets', 'C787', 'present']]],
  ['a list after "hx of" is still one list', 'FH: no hx of breast, ovarian or colon ca.',
    [['breast', 'Z803', 'negated'], ['ovarian', 'Z8041', 'negated'], ['colon ca', 'Z800', 'negated']]],
];

describe('lab reports round 23: a diagnosis\'s place and the spread after it', () => checkReadings(diagnosisPlace));

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

// ANNOTATION.md "Sections", rule 3 by meaning: an addendum's restatement of the report it adds to ("Original Diagnosis
// (summarized):", "Original diagnosis (11/26/2026):", "Diagnosis on original report:") is the diagnosis given before, as round
// 18's "Outside diagnosis" is: Diagnoses (d967, d968, d969). A molecular test's "Indication for testing:" is the reason for the
// test, as a procedure's "Indication:" is: History of Present Illness (d980). A cytology report's "FINAL CYTOLOGIC DIAGNOSIS:" is
// its final diagnosis, as "Final Diagnosis" is: Pathology (d973).
const HEADER_CASES: readonly (readonly [string, string, readonly (string | null)[]])[] = [
  ['an addendum\'s "Original Diagnosis (summarized):" is Diagnoses (d967)',
    'SURGICAL PATHOLOGY - ADDENDUM\n\nOriginal Diagnosis (summarized):\nBreast, right, core biopsy:\n- Invasive ductal carcinoma\n\nADDENDUM - BIOMARKERS:\nER positive.',
    ['Diagnoses']],
  ['"Diagnosis on original report:" is Diagnoses (d968)',
    'Case: S26-21904\n\nDiagnosis on original report: Endometrium, hysterectomy: endometrioid adenocarcinoma of the endometrium.\n\nInterpretation:\nMMR proficient.',
    ['Diagnoses']],
  ['"Indication for testing:" is the history of present illness (d980)',
    'Specimen: Liver, segment 6 mass, core biopsy\n\nIndication for testing:\n56F w/ liver mass, c/w intrahepatic cholangiocarcinoma.', ['History of Present Illness']],
  ['"FINAL CYTOLOGIC DIAGNOSIS:" is Pathology (d973)',
    'Clinical history: 58M w/ neck mass.\n\nFINAL CYTOLOGIC DIAGNOSIS:\nLymph node, right neck, FNA:\n- Metastatic squamous cell carcinoma.', ['Pathology']],
];

describe('lab reports round 23: headers', () => {
  for (const [title, text, expected] of HEADER_CASES) it(title, () => assert.deepEqual(mentionSections(text), expected));
});
