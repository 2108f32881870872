import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * LI-RADS round 24 (issue 12, tuner H): a liver imaging report's category read with a descriptor that names malignancy. Codes checked
 * against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms.
 */

// An LI-RADS category whose words name malignancy is a mention at the liver, as the BI-RADS category line is at its breast finding
// (ANNOTATION.md round 17 "A BI-RADS category line whose words name malignancy is a mention"; table: liver / Malignant Primary C22.9,
// Tabular C22.9 Malignant neoplasm of liver, not specified as primary or secondary). The category grades its own observation, so
// the note's treated HCC of another segment does not type it (d1017 "0.9 cm LR-3 segment 3 (intermediate probability of
// malignancy)"), and an imaging grade of an observation's probability doubts it (uncertain; d889 "LR-3 seg 6 observation:
// intermediate probability of HCC", Index: Carcinoma, hepatocellular C22.0).
const categoryMalignancy: readonly ReadingCase[] = [
  ['an LR-3 category\'s "intermediate probability of malignancy" is a doubted liver malignancy, untyped by the other segment\'s HCC',
    'IMPRESSION:\n1. Treated segment 6 HCC - LR-TR Nonviable.\n2. 0.9 cm LR-3 segment 3 (intermediate probability of malignancy) - attention on follow-up.',
    [['segment 6 HCC', 'C220', 'present'], ['malignancy', 'C229', 'uncertain']]],
  ['a category read after its observation without a segment is still the liver\'s',
    'IMPRESSION:\n1. 0.9 cm LR-3 (intermediate probability of malignancy).',
    [['malignancy', 'C229', 'uncertain']]],
  ['an observation graded "intermediate probability of HCC" is a doubted HCC',
    'A/P:\n# HCC surveillance - LR-3 seg 6 observation: intermediate probability of HCC, most LR-3s are benign.',
    [['HCC', 'C220', 'hypothetical'], ['HCC', 'C220', 'uncertain']]],
];

// What must not change: a category with no malignancy word is no mention (ANNOTATION.md "Imaging categories … alone are not
// mentions"); a bare "probability of" a disease to come stays hypothetical; a liver malignancy with no category beside a documented
// HCC still takes the type the note documents (documentedLiverType.ts; Index: Carcinoma, hepatocellular C22.0).
const guards: readonly ReadingCase[] = [
  ['an LR-3 category without a malignancy word is not read',
    'Impression: LR-3 seg 4a. Seg 2 benign hemangioma.',
    [['Seg 2 benign hemangioma', 'D1803', 'present']]],
  ['a counselled probability of a liver cancer stays hypothetical',
    'Counseling: explained the probability of liver cancer in cirrhosis.',
    [['liver cancer', 'C229', 'hypothetical']]],
  ['a hedged liver malignancy with no category still takes the note\'s documented HCC',
    'IMPRESSION:\n1. Treated segment 6 HCC.\n2. New segment 3 lesion, concerning for malignancy.',
    [['segment 6 HCC', 'C220', 'present'], ['malignancy', 'C220', 'uncertain']]],
];

describe('narrative reader, round 24: LI-RADS categories', () => {
  describe('a category whose words name malignancy', () => checkReadings(categoryMalignancy));
  describe('guards', () => checkReadings(guards));
});
