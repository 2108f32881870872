import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 24 (issue 12, tuner G): denied recurrences whose place is written as the operation's mark or away from the recurrence
 * word. Codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A recurrence at the anastomosis the resection of a carcinoid left is that carcinoid's local recurrence (ANNOTATION.md, "a
// recurrence in the primary's own bed or at its anastomosis is the primary"; round 22, a denied recurrence of the documented
// cancer takes its documented site): Index Tumor, neuroendocrine, well differentiated → carcinoid, malignant, ileum; Tabular
// C7A.012 Malignant carcinoid tumor of the ileum (d668 "No evidence of recurrence at the anastomosis", d773 "No recurrence at
// ileocecal anastomosis"). The organs naming the anastomosis ("ileocecal") are the ends joined, not a spread to the large
// intestine (C78.5); a recurrence denied in an organ where spread is the rule stays that organ's secondary (Tabular C78.7). The other codes
// expected: Tabular C7B.02 Secondary carcinoid tumors of liver, Z85.060 Personal history of malignant carcinoid tumor of small
// intestine (the ileal carcinoid), Z85.020 … of stomach, Z85.038 Personal history of other malignant neoplasm of large intestine,
// C18.7 Malignant neoplasm of sigmoid colon.
const anastomoticRecurrence: readonly ReadingCase[] = [
  ['a recurrence at the anastomosis of a resected ileal NET is the NET',
    'HISTORY: well-differentiated neuroendocrine tumor of the terminal ileum s/p ileocecectomy 2023.\nIMPRESSION:\n1. Stable hepatic metastases.\n2. Stable avid mesenteric root node. No evidence of recurrence at the anastomosis.',
    [['well-differentiated neuroendocrine tumor of the terminal ileum', 'C7A012', 'present'], ['hepatic metastases', 'C7B02', 'present'], ['recurrence at the anastomosis', 'C7A012', 'negated']]],
  ['organs naming the anastomosis place no spread there (carcinoid)',
    'Hx: ileal carcinoid s/p ileocecectomy. Liver mets. CT: No recurrence at ileocecal anastomosis.',
    [['ileal carcinoid', 'Z85060', 'history'], ['Liver mets', 'C7B02', 'history'], ['recurrence at ileocecal anastomosis', 'C7A012', 'negated']]],
  ['organs naming the anastomosis place no spread there (carcinoma)',
    'Hx: sigmoid colon adenocarcinoma s/p resection 2022. CT: No recurrence at ileocecal anastomosis.',
    [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['recurrence at ileocecal anastomosis', 'C187', 'negated']]],
  ['guard: a recurrence denied in the liver stays the liver\'s secondary',
    'Hx: sigmoid colon adenocarcinoma s/p resection 2022. CT: No recurrence in the liver.',
    [['sigmoid colon adenocarcinoma', 'Z85038', 'history'], ['recurrence in the liver', 'C787', 'negated']]],
  ['guard: carcinoids of two organs leave the anastomosis unplaced',
    'Hx: ileal carcinoid s/p ileocecectomy. Also gastric carcinoid s/p EMR. CT: No recurrence at the anastomosis.',
    [['ileal carcinoid', 'Z85060', 'history'], ['gastric carcinoid', 'Z85020', 'history']]],
];

describe('narrative reader: recurrences round 24', () => {
  describe('a recurrence at the anastomosis is the resected primary', () => checkReadings(anastomoticRecurrence));
});
