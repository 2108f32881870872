import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Questions round 26 (issue 12, tuner B): what a patient's or a relative's question says of the patient's disease. Codes checked
 * against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A question about an established disease's cause, its going, its response or a step to take presupposes the disease, so the
// question cue doubts nothing and the disease is present (ANNOTATION.md round 25 N: "A question whether an established cancer is
// gone yet is `present`", as "is the cancer shrinking?" d1050 is; Guideline I.A.19, the provider states the condition). Tabular
// C92.00 Acute myeloblastic leukemia, not having achieved remission (d1084 'asking if the AML "is gone yet"'); Index: Lymphoma
// (of) (malignant) C85.90 (d1038 "Pt asking whether his lymphoma is from Roundup/atrazine"); Tabular C83.30 Diffuse large B-cell
// lymphoma, unspecified site; table: prostate / Malignant Primary C61.
const presupposed: readonly ReadingCase[] = [
  ['a question whether the AML is gone yet leaves the AML present',
    'S: 13yo F w/ de novo AML on induction I. Dad at bedside overnight, asking if the AML "is gone yet".',
    [['AML', 'C9200', 'present'], ['AML', 'C9200', 'present']]],
  ['a question about the cause of the lymphoma leaves the lymphoma present',
    'Referral question: "Pt asking whether his lymphoma is from Roundup - please assess exposure."',
    [['lymphoma', 'C8590', 'present']]],
  ['a question whether the cancer is hereditary leaves it present',
    'Pt asking whether his prostate cancer is hereditary - genetics referral placed.',
    [['prostate cancer', 'C61', 'present']]],
  ['a question about a step to take leaves the treated lymphoma present',
    'S: 67F w/ DLBCL, C4 R-CHOP. Daughter called asking whether she needs more chemo for her lymphoma.',
    [['DLBCL', 'C8330', 'present'], ['lymphoma', 'C8330', 'present']]],
];

// Guards: a question that states the return or the spread the asker fears still doubts the disease (ANNOTATION.md, "A patient's or a
// relative's question or worry about the patient's own known disease ... is `uncertain`"; table: brain / Malignant Secondary
// C79.31; Tabular C95.92 Leukemia, unspecified, in relapse, the return the words state), and a question about the response of a
// present cancer read as before stays present (table: tonsil / Malignant Primary C09.9, d757 'Asked whether "the tonsil cancer is
// shrinking"').
const askedReturn: readonly ReadingCase[] = [
  ['guard: a relative asking whether the cancer has spread still doubts the spread',
    'Daughter called asking whether the cancer has spread to his brain.',
    [['spread to his brain', 'C7931', 'uncertain']]],
  ['guard: a relative asking if the leukaemia is back still doubts it',
    'Mom asking if the leukemia is back.',
    [['leukemia', 'C9592', 'uncertain']]],
  ['guard: a question whether the cancer is shrinking stays present',
    'Radiation week 5 for tonsil cancer. Asked whether "the tonsil cancer is shrinking" - see below.',
    [['tonsil cancer', 'C099', 'present'], ['tonsil cancer', 'C099', 'present']]],
];

describe('narrative reader: questions (round 26)', () => {
  describe('a question about the cause, going, response or a step of a disease presupposes it', () => checkReadings(presupposed));
  describe('a question that states a feared return or spread still doubts it', () => checkReadings(askedReturn));
});
