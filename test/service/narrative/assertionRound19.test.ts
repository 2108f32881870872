import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 19 (issue 12): findings the note itself settles, and surveillance lists. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// An image's "c/w X" is settled by treatment the note reports given to the lesion, as by the note's own tissue (ANNOTATION.md,
// 2026-12-05: "'Treatment' that establishes an image's 'c/w X' is treatment given to that lesion by or before the note (d318's
// ten months; d449's Y-90 segmentectomy of the LR-5 lesion), not a referral or a plan"; d449, d691, d800). Index: Carcinoma,
// hepatocellular C22.0 (Tabular C22.0 Liver cell carcinoma); table: lung, upper lobe / Malignant Primary C34.1- (Tabular C34.11
// Malignant neoplasm of upper lobe, right bronchus or lung).
const settledByTreatment: readonly ReadingCase[] = [
  ['an image\'s "c/w HCC" is present once the note reports the lesion treated',
    'HPI: Single LR-5 observation seg 8 on MRI - c/w HCC. Board recommended radiation segmentectomy.\n\nImpression:\n1. Successful Y-90 radiation segmentectomy, segment 8 HCC.',
    [['HCC', 'C220', 'present'], ['segment 8 HCC', 'C220', 'present']]],
  ['an "uncomplicated" ablation settles the image\'s "c/w" of the same cancer',
    'CT: RUL nodule c/w adenocarcinoma.\n\nImpression:\n1. Uncomplicated CT-guided microwave ablation of the RUL adenocarcinoma.',
    [['adenocarcinoma', 'C3411', 'present'], ['RUL adenocarcinoma', 'C3411', 'present']]],
  ['a treatment only planned settles nothing',
    'HPI: Single LR-5 observation seg 8 on MRI - c/w HCC.\n\nPlan:\n1. Y-90 radiation segmentectomy of segment 8 HCC planned.',
    [['HCC', 'C220', 'uncertain'], ['segment 8 HCC', 'C220', 'present']]],
  ['a lesion the report says was not treated settles nothing',
    'MRI: seg 4a lesion w/ washout - c/w HCC.\n\nIMPRESSION:\n1. Seg 4a HCC not treated; successful MWA planned next month.',
    [['HCC', 'C220', 'uncertain'], ['Seg 4a HCC', 'C220', 'present']]],
  ['"suspicious for" keeps its own words whatever treatment follows',
    'MRI: seg 8 lesion suspicious for HCC.\n\nImpression:\n1. Successful Y-90 radiation segmentectomy, segment 8 HCC.',
    [['HCC', 'C220', 'uncertain'], ['segment 8 HCC', 'C220', 'present']]],
];

describe('narrative reader: assertion round 19', () => {
  describe('an image\'s "c/w" settled by treatment given', () => checkReadings(settledByTreatment));
});
