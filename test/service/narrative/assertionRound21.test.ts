import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 21 (issue 12): conditions and plans that speak of a diagnosis not yet made. Codes checked against the
 * FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// "If any X -> plan" is a condition on a finding not yet made, hypothetical like any "if X" (ANNOTATION.md, "Codes by
// assertion": hypothetical is a condition or plan; ConText's hypothetical "if"); "any" does not make it a pseudo-trigger,
// whereas a post-posed "X, if any," still leaves the X before it alone (d888). Index: Carcinoma C80.1 (Tabular C80.1
// Malignant (primary) neoplasm, unspecified); Tabular C77.9 Secondary and unspecified malignant neoplasm of lymph node, unspecified.
const ifAnyConditions: readonly ReadingCase[] = [
  ['"If any ... carcinoma -> referral" is a condition, hypothetical',
    'Plan: Surveillance EGD in 3 yrs. If any HGD or intramucosal carcinoma -> EMR/ablation referral.',
    [['carcinoma', 'C801', 'hypothetical']]],
  ['"X, if any," after the mention leaves it as stated',
    'Nodal metastases, if any, are microscopic.',
    [['Nodal metastases', 'C779', 'present']]],
];

describe('narrative reader: assertion round 21', () => {
  describe('"if any" conditions', () => checkReadings(ifAnyConditions));
});
