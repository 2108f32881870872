import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B: survivorship care plans and counselling): a generic second cancer spoken of as a risk is a hypothetical
 * C80.1 (ANNOTATION.md, "A generic 'second cancer(s)' … spoken of as a risk is a hypothetical mention of C80.1": Tabular C80.1
 * Malignant (primary) neoplasm, unspecified), its own entry even when the sites follow it, and each site listed after it is
 * a primary there: Table of Neoplasms, skin NOS Malignant Primary C44.90, thyroid gland C73, colon C18.9, bladder C67.9,
 * prostate C61; head, face, neck NEC C76.0; lung C34.9- (no side: null). A site the words are "in" names the second cancer
 * itself and keeps its own code alone ("A named site … keeps its own code").
 */
const CASES: readonly ReadingCase[] = [
  ['a bare "second primary" standing alone is the generic C80.1', 'Counselled on risk of a second primary (lifelong).', [
    ['second primary', 'C801', 'hypothetical'],
  ]],
  ['a denied bare "second primary" keeps C80.1, negated', 'No evidence of a second primary.', [
    ['second primary', 'C801', 'negated'],
  ]],
  ['"second primary" before its cancer is no generic entry: the lung cancer is read alone', 'Risk of second primary lung cancer.', [
    ['lung cancer', 'null', 'hypothetical'],
  ]],
  ['"second primary in" a site is a primary there, with no generic entry', 'Counseled on risk of second primary in lung/head & neck given smoking hx.', [
    ['second primary in lung', 'null', 'hypothetical'],
    ['second primary in lung/head & neck', 'C760', 'hypothetical'],
  ]],
  ['"second malignant neoplasms" with a parenthesised list: the generic entry and each site', 'Risk of other second malignant neoplasms (skin, thyroid, colon) - reviewed sun protection.', [
    ['second malignant neoplasms', 'C801', 'hypothetical'],
    ['second malignant neoplasms (skin', 'C4490', 'hypothetical'],
    ['second malignant neoplasms (skin, thyroid', 'C73', 'hypothetical'],
    ['second malignant neoplasms (skin, thyroid, colon', 'C189', 'hypothetical'],
  ]],
  ['the sites listed after the treatment field of the second cancers share their risk', 'Late effects / risks: second cancers in the RT field (bladder, prostate) - low absolute risk.', [
    ['second cancers', 'C801', 'hypothetical'],
    ['second cancers in the RT field (bladder', 'C679', 'hypothetical'],
    ['second cancers in the RT field (bladder, prostate', 'C61', 'hypothetical'],
  ]],
  ['a parenthesis naming cancers of their own adds no site entries', 'Risk of second cancers (thyroid cancer, lung cancer).', [
    ['second cancers', 'C801', 'hypothetical'],
    ['thyroid cancer', 'C73', 'hypothetical'],
    ['lung cancer', 'null', 'hypothetical'],
  ]],
  ['a secondary malignancy of an organ stays a metastasis there (C78.7)', 'Secondary malignancy of the liver.', [
    ['Secondary malignancy of the liver', 'C787', 'present'],
  ]],
];

describe('narrative reader round 16: second cancers and their listed sites', () => checkReadings(CASES));
