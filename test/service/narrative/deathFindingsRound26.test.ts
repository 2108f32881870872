import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 26 (issue 12, tuner DEATH): how autopsy reports write their findings. Codes checked against the FY2027 code titles
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// An autopsy reads the organs it examined for a cancer's spread together under one label ("Lymph nodes, brain, lungs, liver: no
// metastatic melanoma"): the verdict is on each organ, a secondary at each (ANNOTATION.md: "metastatic to X": X is a secondary
// site, denied at its site; table: brain / Malignant Secondary C79.31, liver C78.7, lung C78.0- (no side written: null), lymph
// node NEC C77.9, spleen C78.89, bone marrow C79.52; d1155 "VI. Skin, R calf: well-healed scar; no residual melanoma. Lymph nodes,
// brain, lungs, liver: no metastatic melanoma."). A label with a side ("Skin, R calf:") or one organ stays one organ's.
const labelledOrganList: readonly ReadingCase[] = [
  ['each organ of an autopsy\'s organ label is a denied secondary',
    'FINAL ANATOMIC DIAGNOSES:\nVI. Lymph nodes, brain, lungs, liver: no metastatic melanoma.',
    [['Lymph nodes, brain, lungs, liver: no metastatic', 'C779', 'negated'], ['brain', 'C7931', 'negated'], ['lungs', 'null', 'negated'], ['liver', 'C787', 'negated']]],
  ['organs joined by "and" are each a present secondary',
    'FINAL ANATOMIC DIAGNOSES:\nII. Liver, spleen and bone marrow: metastatic carcinoma.',
    [['Liver, spleen and bone marrow: metastatic carcinoma', 'C787', 'present'], ['spleen', 'C7889', 'present'], ['bone marrow', 'C7952', 'present']]],
  ['guard: a label of one organ with its side stays that organ\'s',
    'FINAL ANATOMIC DIAGNOSES:\nIII. Liver, left lobe: metastatic carcinoma.',
    [['Liver, left lobe: metastatic carcinoma', 'C787', 'present']]],
  ['guard: one organ\'s label adds nothing',
    'FINAL ANATOMIC DIAGNOSES:\nIV. Brain: no metastatic tumor',
    [['Brain: no metastatic tumor', 'C7931', 'negated']]],
];

describe('autopsy findings (round 26)', () => {
  checkReadings(labelledOrganList);
});
