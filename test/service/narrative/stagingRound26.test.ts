import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Staging searches, round 26 (issue 12, tuner B). Codes checked against the FY2027 code titles (/work/shared/codesets) and the
 * Table of Neoplasms (FY2025).
 */

// A bone scan a plan orders to rule out bone metastases with no finding or symptom given is the staging search of the skeleton,
// hypothetical, as a brain MRI for brain metastases is (ANNOTATION.md, "Rule-out on a staging study"; table: bone / Malignant
// Secondary C79.51; d1043 "Start ribociclib + fulvestrant. Bone scan to r/o bone mets; brain MRI only if sx."). A rule-out a
// symptom prompts stays uncertain (ANNOTATION.md: "A rule-out that a finding prompts ... stays uncertain").
const boneScan: readonly ReadingCase[] = [
  ['a bone scan to rule out bone metastases with no reason is a staging search',
    'Assessment/Plan: Start ribociclib + fulvestrant. Bone scan to r/o bone mets; brain MRI only if sx.',
    [['bone mets', 'C7951', 'hypothetical']]],
  ['guard: a bone scan a symptom prompts stays a rule-out',
    'Assessment/Plan: Bone scan to r/o bone mets given new back pain.',
    [['bone mets', 'C7951', 'uncertain']]],
  ['guard: a brain MRI for brain metastases is still a staging search',
    'Assessment/Plan: MRI brain w/ contrast to r/o brain mets.',
    [['brain mets', 'C7931', 'hypothetical']]],
];

describe('narrative reader: staging searches (round 26)', () => {
  describe('a bone scan ruling out bone metastases unprompted is a staging search', () => checkReadings(boneScan));
});
