import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';
import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Surgical and procedural notes, round 17 (issue 12): operative notes, brief op notes and procedure reports.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2026 / FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "A tumour in the specimen of the episode the note belongs to is present" and Guideline I.C.2.d (history only
// once the malignancy is excised or eradicated): an operative note's pre- or post-operative diagnosis is the disease the
// operation is done for, so a neoadjuvant course "completed" before it leaves it present (d695 "PREOPERATIVE DIAGNOSIS:
// Borderline resectable adenocarcinoma of the pancreatic head … s/p neoadjuvant mFOLFIRINOX x 8 cycles + SBRT (completed
// 09/2026)": table: pancreas / head / Malignant Primary C25.0; rectum / Malignant Primary C20). A history lead keeps its history
// (Z85.038 Personal history of other malignant neoplasm of large intestine), and outside such a field a dated completed course
// stays history (Z85.048 Personal history of other malignant neoplasm of rectum, rectosigmoid junction, and anus).
const operativeDiagnoses: readonly ReadingCase[] = [
  ['a neoadjuvant course completed before the operation leaves its diagnosis present',
    'PREOPERATIVE DIAGNOSIS: Adenocarcinoma of the pancreatic head, s/p neoadjuvant mFOLFIRINOX x 8 cycles + SBRT (completed 09/2026).',
    [['Adenocarcinoma of the pancreatic head', 'C250', 'present']]],
  ['a dated course in a "Pre-op Dx" line leaves it present', 'Pre-op Dx: rectal adenocarcinoma s/p chemoRT 2026.', [['rectal adenocarcinoma', 'C20', 'present']]],
  ['the same course in an assessment is history', 'Assessment: rectal adenocarcinoma s/p chemoRT 2026.', [['rectal adenocarcinoma', 'Z85048', 'history']]],
  ['a history lead in a pre-operative diagnosis stays history', 'PREOPERATIVE DIAGNOSIS: history of colon cancer, surveillance.', [['colon cancer', 'Z85038', 'history']]],
];

// Table of Neoplasms: lymph, lymphatic channel NEC, gland / axilla, axillary → Malignant Secondary C77.3; head, face and neck
// (cervical, level II) → C77.0. A node label writes its region in parentheses after the node or its number, the side inside
// it (d694 "SLN #1 (L axilla): POSITIVE for metastatic carcinoma"; "Sentinel lymph node (right axilla)"), as it writes
// "lymph nodes (level II)"; without a region the node stays site NEC (C77.9).
const parenthesisedNodeRegions: readonly ReadingCase[] = [
  ['a numbered sentinel node\'s sided region in parentheses', 'SLN #1 (L axilla): POSITIVE for metastatic carcinoma, 4 mm.',
    [['SLN #1 (L axilla): POSITIVE for metastatic carcinoma', 'C773', 'present']]],
  ['a sentinel node\'s sided region in parentheses', 'Sentinel lymph node (right axilla): metastatic carcinoma.', [['metastatic carcinoma', 'C773', 'present']]],
  ['a node\'s sided region in parentheses', 'Lymph node (right axilla): metastatic carcinoma.', [['Lymph node (right axilla): metastatic carcinoma', 'C773', 'present']]],
  ['an unsided region in parentheses stays read', 'Lymph nodes (level II): 2 of 27 positive for metastatic SCC.',
    [['Lymph nodes (level II): 2 of 27 positive for metastatic SCC', 'C770', 'present']]],
  // d702 "SLN R obturator (1) and L external iliac (1): negative for metastatic carcinoma": each region with its count, the two
  // pelvic rows (obturator, iliac: Malignant Secondary C77.5) one region; rows of two codes stay site NEC.
  ['two pelvic sentinel regions with their counts are intrapelvic', 'SLN R obturator (1) and L external iliac (1): negative for metastatic carcinoma by H&E.',
    [['SLN R obturator (1) and L external iliac (1): negative for metastatic carcinoma', 'C775', 'negated']]],
  ['one counted region closed by its colon', 'SLN R obturator (2): metastatic carcinoma.', [['SLN R obturator (2): metastatic carcinoma', 'C775', 'present']]],
  ['regions of two codes stay site NEC', 'SLN R axillary (1) and L external iliac (1): metastatic carcinoma.',
    [['SLN R axillary (1) and L external iliac (1): metastatic carcinoma', 'C779', 'present']]],
  // d699 "Post-op Dx: Same + central compartment (level VI) nodal metastases, L.": a parenthesis restating the region between it
  // and the node word (the central compartment is level VI: lymph gland, cervical C77.0; axilla C77.3).
  ['a region glossed in parentheses before its node word', 'Post-op Dx: Same + central compartment (level VI) nodal metastases, L.',
    [['central compartment (level VI) nodal metastases', 'C770', 'present']]],
  ['an axillary level glossed before the node word', 'Axillary (level I) lymph nodes: metastatic carcinoma.', [['Axillary (level I) lymph nodes: metastatic carcinoma', 'C773', 'present']]],
  ['a numbered node with no region stays site NEC', 'SLN #2: positive for metastatic carcinoma.', [['SLN #2: positive for metastatic carcinoma', 'C779', 'present']]],
];

// A node count none of whose nodes holds the disease denies the nodes' metastasis, written after the label as before it
// ("Lymph nodes: 0/17 positive for metastatic carcinoma", d696, as "0/7 LYMPH NODES INVOLVED"); ANNOTATION.md round 13 (d):
// the nodes of a rectal resection (LAR, TME, APR) with no region written are table: lymph gland, intrapelvic C77.5 (Tabular
// C77.5 Secondary and unspecified malignant neoplasm of intrapelvic lymph nodes); a colectomy's stay intra-abdominal C77.2, a
// positive count stays present, and the resected primary table: rectum / Malignant Primary C20.
const resectionNodeCounts: readonly ReadingCase[] = [
  ['a zero count after a rectal resection\'s node label is a denied pelvic metastasis',
    'Final: Rectum, LAR/TME: residual adenocarcinoma, 0.9 cm. Lymph nodes: 0/17 positive for metastatic carcinoma (ypN0).',
    [['adenocarcinoma', 'C20', 'present'], ['Lymph nodes: 0/17 positive for metastatic carcinoma', 'C775', 'negated']]],
  ['"0 of N involved by" is denied too', 'Rectum, low anterior resection: adenocarcinoma. Lymph nodes: 0 of 12 involved by carcinoma.',
    [['adenocarcinoma', 'C20', 'present'], ['carcinoma', 'C775', 'negated']]],
  ['a positive count stays present', 'Rectum, low anterior resection: adenocarcinoma. Lymph nodes: 2/14 positive for metastatic adenocarcinoma.',
    [['adenocarcinoma', 'C20', 'present'], ['Lymph nodes: 2/14 positive for metastatic adenocarcinoma', 'C775', 'present']]],
  ['a colectomy\'s nodes stay intra-abdominal', 'Colon, right hemicolectomy: adenocarcinoma. Lymph nodes: 0/21 positive for metastatic carcinoma.',
    [['adenocarcinoma', 'C189', 'present'], ['Lymph nodes: 0/21 positive for metastatic carcinoma', 'C772', 'negated']]],
];

// ANNOTATION.md, "Codes by assertion": history is a neoplasm excised or treated with no current disease. A benign lesion whose
// own parenthesis or comma calls it stable or followed is still there (d698 "Hx of L renal angiomyolipoma (stable, 1.2 cm,
// followed)": Index: Angiomyolipoma - see Lipoma; Lipoma, kidney D17.71; table: meninges / Benign D32.9; adrenal / Benign
// D35.01 by side). A malignancy's "stable" is its response (Z85.3 Personal history of malignant neoplasm of breast), and a
// lesion resected keeps its history (Z86.011 Personal history of benign neoplasm of the brain).
const watchedBenignLesions: readonly ReadingCase[] = [
  ['a benign lesion "(stable, …, followed)" is present', 'Hx of L renal angiomyolipoma (stable, 1.2 cm, followed).', [['L renal angiomyolipoma', 'D1771', 'present']]],
  ['a meningioma "(stable, followed by neurosurgery)" is present', 'Hx of meningioma (stable, followed by neurosurgery).', [['meningioma', 'D329', 'present']]],
  ['a benign lesion ", stable on imaging" is present', 'Hx of R adrenal adenoma, stable on imaging.', [['R adrenal adenoma', 'D3501', 'present']]],
  ['a malignancy "(stable)" stays history', 'Hx of breast cancer (stable).', [['breast cancer', 'Z853', 'history']]],
  ['a resected benign lesion stays history', 'Hx of meningioma (resected 2015, stable).', [['meningioma', 'Z86011', 'history']]],
];

/** The section name of each mention the reader finds in `text`, in order (null outside any section). */
function mentionSections(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.section?.name ?? null);
}

// ANNOTATION.md, "Sections" rule 2 and its consistency pass: an operative note's "Pre-operative Diagnosis:" and
// "Post-operative Diagnosis:" (hyphenated as "Pre-op Dx") are its Diagnoses (d694); a frozen-section line is the
// intraoperative consultation, Pathology (d694, d695, d698, d699).
const OPERATIVE_HEADERS: readonly (readonly [string, readonly (string | null)[]])[] = [
  ['Pre-operative Diagnosis:\n1. Rectal adenocarcinoma.', ['Diagnoses']],
  ['Post-operative Diagnosis: rectal adenocarcinoma.', ['Diagnoses']],
  ['Findings: firm mass.\nFrozen Section:\n- SLN #1 (L axilla): positive for metastatic carcinoma.', ['Pathology']],
  ['Frozen section: L level IV node - metastatic papillary carcinoma.', ['Pathology']],
];

describe('narrative reader: surgical and procedural notes, round 17', () => {
  describe('an operative diagnosis and a course completed before the operation', () => checkReadings(operativeDiagnoses));
  describe('a node label\'s region in parentheses', () => checkReadings(parenthesisedNodeRegions));
  describe('node counts of a resection', () => checkReadings(resectionNodeCounts));
  describe('a benign lesion called stable or followed', () => checkReadings(watchedBenignLesions));
  describe('operative note headers', () => {
    for (const [text, expected] of OPERATIVE_HEADERS) it(text.split('\n').find((line) => line.includes(':')) ?? text, () => assert.deepEqual(mentionSections(text), expected));
  });
});
