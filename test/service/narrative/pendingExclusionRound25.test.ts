import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner B): an exclusion still to be made ("must be excluded", "needs to be ruled out") is a rule-out,
 * uncertain (ANNOTATION.md: "rule out" is uncertain, Guidelines II.H / IV.H), not the denial "excluded" alone reports
 * (`pendingExclusion.ts`). Codes checked against the FY2027 code titles (/work/shared/codesets) and the Index.
 */
const pendingExclusions: readonly ReadingCase[] = [
  // d540: "then image-guided core bx. MPNST must be excluded." (Index: Neoplasm, nerve, peripheral, malignant → table row
  // nerve (peripheral) / Malignant Primary C47.9 with no limb written; Tabular C47.9 Malignant neoplasm of peripheral nerves
  // and autonomic nervous system, unspecified).
  ['a tumour that must be excluded is a rule-out',
    'Plan: image-guided core bx. MPNST must be excluded.',
    [['MPNST', 'C479', 'uncertain']]],
  // d683's "Peritoneal disease needs to be excluded before surgery", d961's "would need to be excluded" (Index: Lymphoma
  // (non-Hodgkin) → C85.9-; Tabular C85.90 Non-Hodgkin lymphoma, unspecified, unspecified site).
  ['a lymphoma that needs to be ruled out is a rule-out',
    'Lymphoma needs to be ruled out.',
    [['Lymphoma', 'C8590', 'uncertain']]],
  // Guards: an exclusion made stays a denial.
  ['a lymphoma that has been excluded stays denied',
    'Lymphoma has been excluded.',
    [['Lymphoma', 'C8590', 'negated']]],
  ['a lymphoma excluded by flow stays denied',
    'Lymphoma was excluded by flow.',
    [['Lymphoma', 'C8590', 'negated']]],
];

describe('narrative reader: an exclusion still to be made (round 25)', () => {
  checkReadings(pendingExclusions);
});
