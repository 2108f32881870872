import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 24 (issue 12, tuner I): a site-less "tumor" held back for the note's spread is the one primary's own growth when its
 * sentence names a site of that primary's organ and none of the spread's. Codes checked against the FY2027 Tabular
 * (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// "The tumor" of a proven cancer takes its code (ANNOTATION.md, "Tumor" of a proven cancer). With liver and adrenal spread a bare
// "tumor" might be a metastasis, but one narrowing the main bronchus is the lung primary's (table: bronchus, main C34.0-, the
// lung's own rows; lung, upper lobe / Malignant Primary C34.1-, Tabular C34.11 Malignant neoplasm of upper lobe, right bronchus or
// lung; d736 "CT neck/chest: tumor now narrowing the distal trachea and R mainstem"). The trachea (C33) is no organ of the spread.
const grownInOrgan: readonly ReadingCase[] = [
  ['a tumor narrowing the R mainstem is the lung primary despite liver and adrenal spread',
    'HPI: 63M with RUL small cell lung cancer. Staging CT: multiple liver lesions c/w mets; 3 cm L adrenal met. CT neck/chest: tumor now narrowing the distal trachea and R mainstem.',
    [['RUL small cell lung cancer', 'C3411', 'present'], ['liver lesions c/w mets', 'C787', 'uncertain'], ['L adrenal met', 'C7972', 'present'], ['tumor', 'C3411', 'present']]],
  ['a tumor encasing the mainstem bronchus is the lung primary despite brain spread',
    'HPI: RUL adenocarcinoma with brain mets. CT chest: tumor now encasing the R mainstem bronchus.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['brain mets', 'C7931', 'present'], ['tumor', 'C3411', 'present']]],
];

// Guards: the rule reads the tumour's sentence only, and only for one primary organ. A sentence that names an organ of the spread
// too ("the liver lesions") may speak of a metastasis (C78.7 liver), and a note with a second current primary (table: colon,
// sigmoid / Malignant Primary C18.7) leaves "tumor" open between two cancers: held back as before. A sentence naming no site at all
// stays held back too.
const heldBack: readonly ReadingCase[] = [
  ['a sentence naming a metastatic organ too leaves the tumor held back',
    'HPI: 63M with RUL small cell lung cancer. Staging CT: multiple liver lesions c/w mets; 3 cm L adrenal met. CT: tumor now narrowing the R mainstem and the liver lesions larger.',
    [['RUL small cell lung cancer', 'C3411', 'present'], ['liver lesions c/w mets', 'C787', 'uncertain'], ['L adrenal met', 'C7972', 'present']]],
  ['two current primaries leave the tumor held back',
    'HPI: RUL adenocarcinoma and sigmoid colon adenocarcinoma, liver mets. CT chest: tumor now encasing the R mainstem bronchus.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['sigmoid colon adenocarcinoma', 'C187', 'present'], ['liver mets', 'C787', 'present']]],
  ['a tumor whose sentence names no site stays held back beside spread',
    'HPI: RUL adenocarcinoma with brain mets. CT chest: tumor is larger.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['brain mets', 'C7931', 'present']]],
];

describe('narrative reader: a held-back tumor in the one primary\'s organ (round 24)', () => {
  describe('a sentence naming the primary\'s organ places the tumor', () => checkReadings(grownInOrgan));
  describe('guards: spread organs, two primaries, no site', () => checkReadings(heldBack));
});
