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

describe('narrative reader: surgical and procedural notes, round 17', () => {
  describe('an operative diagnosis and a course completed before the operation', () => checkReadings(operativeDiagnoses));
});
