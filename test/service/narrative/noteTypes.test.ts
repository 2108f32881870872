import { checkReadings } from './readingCases';

/**
 * An untyped "lymphoma" restating the lymphoma the encounter documents takes its type (ANNOTATION.md, settled: untyped
 * leukaemia and lymphoma), as an untyped "leukemia" already did. Codes are Tabular titles of the FY2025 chapter 2:
 * C83.30 "Diffuse large B-cell lymphoma, unspecified site", C83.3A "… in remission", C82.90 "Follicular lymphoma,
 * unspecified, unspecified site", C81.10 "Nodular sclerosis Hodgkin lymphoma, unspecified site", C85.90 "Non-Hodgkin
 * lymphoma, unspecified, unspecified site" (Index: Lymphoma (of) (malignant) C85.90) when no one type is written.
 */
describe('narrative: an untyped lymphoma takes the type the encounter documents', () => {
  checkReadings([
    ['"Lymphoma in remission" restates the DLBCL in CR (C83.3A), so a claim coding C83.3A documents it', 'PROBLEM LIST: DLBCL s/p R-CHOP, in complete remission. A/P: Lymphoma in remission, CBC today.', [
      ['DLBCL', 'C833A', 'present'], ['Lymphoma', 'C833A', 'present'],
    ]],
    ['a negated restatement takes the type of the mention nearest before it (C83.30, no remission yet)', 'Restaging of DLBCL. Impression: no evidence of residual lymphoma.', [
      ['DLBCL', 'C8330', 'present'], ['lymphoma', 'C8330', 'negated'],
    ]],
    ['the most written type wins over one named once (C82.90 follicular, twice)', 'Follicular lymphoma on observation. Brother: DLBCL. Plan: follicular lymphoma, no treatment; recheck lymphoma in 6 mo.', [
      ['Follicular lymphoma', 'C8290', 'present'], ['DLBCL', 'Z807', 'family'], ['follicular lymphoma', 'C8290', 'present'], ['lymphoma', 'C8290', 'present'],
    ]],
    ['a Hodgkin lymphoma types "the lymphoma" (C81.10) and its history is Z85.71', 'Nodular sclerosis Hodgkin lymphoma 2015, treated with ABVD, cured. Hx of lymphoma, no recurrence.', [
      ['Nodular sclerosis Hodgkin lymphoma', 'Z8571', 'history'], ['lymphoma', 'Z8571', 'history'],
    ]],
    ['guard: "non-Hodgkin lymphoma" never restates a Hodgkin lymphoma (C85.90)', 'Hodgkin lymphoma in remission. Path review: no non-Hodgkin lymphoma.', [
      ['Hodgkin lymphoma', 'C819A', 'present'], ['non-Hodgkin lymphoma', 'C8590', 'negated'],
    ]],
    ['guard: two types written alike leave the word untyped (C85.90)', 'DLBCL vs follicular lymphoma; excisional biopsy pending. Lymphoma not excluded.', [
      ['DLBCL', 'C8330', 'uncertain'], ['follicular lymphoma', 'C8290', 'uncertain'], ['Lymphoma', 'C8590', 'uncertain'],
    ]],
  ]);
});
