import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 21 (issue 12, tuner H): restatements the reader held back in notes with distant spread. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, "'Tumor' of a proven cancer": "tumor" naming a lesion the same note proves malignant takes that cancer's code.
// In a note with distant spread "the tumor" refers back to the neoplasm named last before it: after the proven primary it is
// the primary (d736 "extensive-stage SCLC. … CT neck/chest: tumor now narrowing the distal trachea and R mainstem": table: lung /
// upper lobe / Malignant Primary, right C34.11, Tabular C34.11 Malignant neoplasm of upper lobe, right bronchus or lung); after a
// metastasis it may be that metastasis ("residual tumor" of a treated brain metastasis) and is left unread, as before.
const tumourAfterNamedNeoplasm: readonly ReadingCase[] = [
  ['"tumor" right after the proven RUL primary in a note with liver metastases is the primary, C34.11',
    'HPI: RUL mass, EBUS: small cell carcinoma. CT A/P: liver mets. Extensive-stage RUL SCLC.\nTonight stridor. CT chest: tumor now narrowing the distal trachea.\n',
    [['carcinoma', 'C3411', 'present'], ['liver mets', 'C787', 'present'], ['RUL SCLC', 'C3411', 'present'], ['tumor', 'C3411', 'present']]],
  ['"residual tumor" right after a brain metastasis stays unread: it may be the metastasis',
    'Hx: RUL adenocarcinoma of the lung, s/p SRS to a R frontal brain metastasis.\nMRI: enhancing focus, radiation necrosis vs residual tumor.\n',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['brain metastasis', 'C7931', 'present']]],
];

describe('narrative reader: restated tumours in notes with spread (round 21, tuner H)', () => {
  describe('the tumour named after the primary', () => checkReadings(tumourAfterNamedNeoplasm));
});
