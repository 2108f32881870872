import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Local treatment round 18 (issue 12): an excised primary stays history while a new distant metastasis is treated locally.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2026 / FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// ANNOTATION.md, "Settled in the consistency pass (2026-12-05, round 15)", first item (Guideline I.C.2.d): when the primary was
// excised and a new metastasis is treated by SBRT, SRS or surgery to that metastasis alone, the metastasis is the current disease
// (table: lung / Malignant Secondary C78.0-, Tabular C78.02 Secondary malignant neoplasm of left lung; brain / Malignant
// Secondary C79.31) and the primary's later mentions are its history (Tabular Z85.038 Personal history of other malignant
// neoplasm of large intestine; Z85.528 Personal history of other malignant neoplasm of kidney). From d760 (sigmoid primary
// after colectomy, LLL metastasis for SBRT, "no systemic therapy planned").
const locallyTreatedMetastasis: readonly ReadingCase[] = [
  ['a resected colon primary stays history beside a lung metastasis for SBRT',
    'Hx of sigmoid colon adenocarcinoma s/p colectomy 2023.\nAssessment: oligometastatic colon cancer - single lung metastasis after resection of a sigmoid primary.\nPlan: SBRT to LLL metastasis.',
    [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['colon cancer', 'Z85038', 'history'], ['lung metastasis', 'C7802', 'present'],
      ['sigmoid primary', 'Z85038', 'history'], ['LLL metastasis', 'C7802', 'present']]],
  ['a resected kidney primary stays history beside a brain metastasis for SRS',
    'Hx of renal cell carcinoma s/p nephrectomy 2019.\nAssessment: RCC with a solitary brain metastasis.\nPlan: SRS to the brain metastasis.',
    [['renal cell carcinoma', 'Z85528', 'history'], ['RCC', 'Z85528', 'history'], ['brain metastasis', 'C7931', 'present'], ['brain metastasis', 'C7931', 'present']]],
];

// The same item's other half (d199, d455, d457, d435: systemic treatment given or begun): a systemic treatment started with the
// local one treats the cancer as current, so its primary stays present (Tabular C18.7 Malignant neoplasm of sigmoid colon).
const systemicTreatmentBegun: readonly ReadingCase[] = [
  ['a primary stays present when systemic treatment starts with the SBRT',
    'Hx of sigmoid colon adenocarcinoma s/p colectomy 2023.\nAssessment: oligometastatic colon cancer - single lung metastasis.\nPlan: SBRT to LLL metastasis; start FOLFOX.',
    [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['colon cancer', 'C187', 'present'], ['lung metastasis', 'C7802', 'present'], ['LLL metastasis', 'C7802', 'present']]],
];

// Every treatment word the pass weighs (statedOutcome.ts' TREATMENT_WORDS, read through the tokens' treatment class), each in the note
// above: a local treatment of the metastasis leaves the primary history, a systemic one begun keeps it present (Z85.038, C18.7, C78.02
// as above). "Aspirin" begun is no treatment of the cancer, and leaves the primary history.
const NOTE_BEFORE_PLAN = 'Hx of sigmoid colon adenocarcinoma s/p colectomy 2023.\nAssessment: oligometastatic colon cancer - single lung metastasis.\nPlan: ';
const treatedAsHistory = (plan: string): ReadingCase => [`"${plan}" leaves the primary history`, `${NOTE_BEFORE_PLAN}${plan}.`,
  [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['colon cancer', 'Z85038', 'history'], ['lung metastasis', 'C7802', 'present'], ['LLL metastasis', 'C7802', 'present']]];
const treatedAsCurrent = (plan: string): ReadingCase => [`"${plan}" keeps the primary present`, `${NOTE_BEFORE_PLAN}${plan}.`,
  [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['colon cancer', 'C187', 'present'], ['lung metastasis', 'C7802', 'present'], ['LLL metastasis', 'C7802', 'present']]];
const everyTreatmentWord: readonly ReadingCase[] = [
  ...['SBRT', 'SRS', 'metastasectomy', 'hepatectomy', 'wedge'].map((word) => treatedAsHistory(`${word} of LLL metastasis`)),
  ...['chemo', 'chemotherapy', 'systemic', 'FOLFOX', 'FOLFIRI', 'FOLFIRINOX', 'CAPOX', 'XELOX', 'capecitabine', 'ADT', 'immunotherapy', 'IO', 'TKI',
    'hormonal', 'endocrine'].map((word) => treatedAsCurrent(`SBRT to LLL metastasis; start ${word}`)),
  treatedAsHistory('SBRT to LLL metastasis; start aspirin'),
];

describe('narrative reader: local treatment round 18', () => {
  describe('every treatment word, local or systemic', () => checkReadings(everyTreatmentWord));
  describe('an excised primary beside a metastasis treated locally', () => checkReadings(locallyTreatedMetastasis));
  describe('systemic treatment given or begun keeps the primary present', () => checkReadings(systemicTreatmentBegun));
});
