import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B: clinical-trial eligibility checklists): the cancers a criterion's exception allows ("except adequately
 * treated …") describe the trial's population, not the patient, so they are hypothetical (ANNOTATION.md, Codes by assertion:
 * the code the words would have if present). Codes: Table of Neoplasms, prostate Malignant Primary C61; skin NOS C44.90;
 * cervix uteri Ca in situ D06.9; lymph gland Malignant Secondary C77.9; Tabular C44.91 Basal cell carcinoma of skin, unspecified.
 */
const CASES: readonly ReadingCase[] = [
  ['"except adequately treated" reaches its list to the sentence end', 'Prior malignancy within 3 yrs, except adequately treated localized prostate cancer on surveillance.', [
    ['malignancy', 'Z859', 'history'],
    ['prostate cancer', 'C61', 'hypothetical'],
  ]],
  ['a denied criterion\'s parenthesised exceptions are hypothetical, not present', '[N] Other malignancy within 3 yrs (except curatively treated non-melanoma skin ca or cervical CIS)', [
    ['malignancy', 'Z859', 'negated'],
    ['skin ca', 'C4490', 'hypothetical'],
    ['cervical CIS', 'D069', 'hypothetical'],
  ]],
  ['"except for completely resected" too', 'Exclusion: other active cancer, except for completely resected basal cell carcinoma of the skin.', [
    ['basal cell carcinoma of the skin', 'C4491', 'hypothetical'],
  ]],
  ['a plain "except" in a finding is no exception of a criterion: the metastasis stays present', 'All nodes negative except one node positive for metastatic carcinoma.', [
    ['node positive for metastatic carcinoma', 'C779', 'present'],
  ]],
];

/** Each exception lead of OUTLOOK_TRIGGERS with each treatment word, in a sentence of its own (Index: Leukemia, myeloid, acute C92.0-; C92.00). */
const EACH_ENTRY: readonly ReadingCase[] = ['except', 'except for', 'excepting', 'with the exception of'].flatMap((lead) =>
  ['adequately treated', 'curatively treated', 'definitively treated', 'completely resected'].map((treated): ReadingCase =>
    [`"${lead} ${treated}"`, `Other active cancer ${lead} ${treated} AML.`, [['AML', 'C9200', 'hypothetical']]]));

describe('narrative reader round 16: a trial criterion\'s exceptions', () => {
  checkReadings(CASES);
  checkReadings(EACH_ENTRY);
});
