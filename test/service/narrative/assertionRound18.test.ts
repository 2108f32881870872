import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 18 (issue 12): a report's weighing of the evidence for a diagnosis (ANNOTATION.md, round 18 decisions, '"No
 * support for X" … are `negated`; "argues against X", "would favor X" … and "not favored" are `uncertain`'; Guidelines II.H /
 * IV.H). Every entry of `weighedEvidenceTriggers.ts` is read here. Codes checked against the FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// Evidence weighed against a diagnosis kept in the differential leaves it open (d98 "CD103, CD11c and CD25 negative, arguing
// against hairy cell leukemia", mended to uncertain; d748, d751): Index: Leukemia, hairy cell C91.4- (C91.40 not having achieved
// remission); Melanoma (malignant) C43.9.
const weighedAgainst: readonly ReadingCase[] = [
  ['"arguing against" hairy cell leukemia is uncertain', 'CD103, CD11c and CD25 negative, arguing against hairy cell leukemia.', [['hairy cell leukemia', 'C9140', 'uncertain']]],
  ['"argues against" melanoma is uncertain', 'SOX10 negative argues against melanoma.', [['melanoma', 'C439', 'uncertain']]],
  ['"argue against" melanoma is uncertain', 'The stains argue against melanoma.', [['melanoma', 'C439', 'uncertain']]],
  ['"argued against" melanoma is uncertain', 'The stains argued against melanoma.', [['melanoma', 'C439', 'uncertain']]],
];

// Evidence that would establish a diagnosis and is not there denies it, as "no evidence of" does (d753 "A lung primary is not
// supported (TTF-1 and Napsin-A negative)", d751 "no support for a carcinoma"): table: lung / Malignant Primary C34.9- (no side:
// no code); Index: Lymphoma (non-Hodgkin) C85.90; table: breast / Malignant Primary C50.91- (female, no side: no code).
const notSupported: readonly ReadingCase[] = [
  ['"is not supported" denies the lung primary', 'A lung primary is not supported.', [['lung primary', 'null', 'negated']]],
  ['"was not supported" denies lymphoma', 'Lymphoma was not supported by flow cytometry.', [['Lymphoma', 'C8590', 'negated']]],
  ['"are not supported" denies lymphomas', 'Lymphoma and leukemia are not supported.', [['Lymphoma', 'C8590', 'negated'], ['leukemia', 'C9590', 'negated']]],
  ['"not supported" after its diagnosis denies it', 'Lymphoma: not supported.', [['Lymphoma', 'C8590', 'negated']]],
  ['"unsupported" denies lymphoma', 'Lymphoma, unsupported by the stains.', [['Lymphoma', 'C8590', 'negated']]],
  ['"no support for" denies the breast cancer', 'There is no support for recurrent breast cancer in this specimen.', [['breast cancer', 'null', 'negated']]],
  ['"not supportive of" denies lymphoma', 'Flow cytometry not supportive of lymphoma.', [['lymphoma', 'C8590', 'negated']]],
  ['"not supportive for" denies lymphoma', 'Flow cytometry not supportive for lymphoma.', [['lymphoma', 'C8590', 'negated']]],
  ['"does not support" denies lymphoma', 'The morphology does not support lymphoma.', [['lymphoma', 'C8590', 'negated']]],
  ['"do not support" denies lymphoma', 'The findings do not support lymphoma.', [['lymphoma', 'C8590', 'negated']]],
  ['"did not support" denies lymphoma', 'The flow did not support lymphoma.', [['lymphoma', 'C8590', 'negated']]],
];

describe('narrative reader: assertion round 18', () => {
  describe('evidence weighed against a diagnosis', () => checkReadings(weighedAgainst));
  describe('a diagnosis the evidence does not support', () => checkReadings(notSupported));
});
