import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner B): a question mark before a phrase asks about that phrase only; a dash, parenthesis, quotation
 * mark, colon or semicolon ends it (`questionPhrase.ts`). Codes checked against the FY2027 code titles (/work/shared/codesets)
 * and the Index.
 */
const questionPhrases: readonly ReadingCase[] = [
  // d710: 'Reason for consult: goals of care, symptom mgmt, ?hospice eligibility - "pt with recurrent GBM …"' (Index:
  // Glioblastoma (multiforme) - see Neoplasm, brain, malignant → C71.9; Tabular C71.9 Malignant neoplasm of brain, unspecified).
  ['a question about hospice ends at its dash, and the GBM quoted after it is present',
    'Reason for consult: goals of care, ?hospice eligibility - "pt with recurrent GBM, family struggling with decisions"',
    [['GBM', 'C719', 'present']]],
  // Index: Lymphoma, diffuse large B-cell → C83.3-; Tabular C83.30 Diffuse large B-cell lymphoma, unspecified site.
  ['a question about toxicity ends at its dash, and the lymphoma after it is present',
    'Reason for consult: ?chemo toxicity - pt with DLBCL on R-CHOP',
    [['DLBCL', 'C8330', 'present']]],
  // Guards: a question that reaches its diagnosis with no mark between still hedges it, and so does one before a comma.
  ['a question before the metastasis still hedges it',
    'Reason for consult: ?mets to brain',
    [['mets to brain', 'C7931', 'uncertain']]],
  ['a question across a comma still hedges its list',
    'Reason for consult: ?pneumonia, lymphoma',
    [['lymphoma', 'C8590', 'uncertain']]],
];

describe('narrative reader: a question mark before a phrase (round 25)', () => {
  checkReadings(questionPhrases);
});
