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

// ANNOTATION.md, round 17's second consistency pass: a cystoscopy's denied "no papillary tumor(s)" names a new lesion, not the resected
// one, a neoplasm of unspecified behaviour by site (Index: Tumor — see Neoplasm, unspecified behavior; table: bladder / Unspecified
// Behavior D49.4, Tabular D49.4 Neoplasm of unspecified behavior of bladder); so does "No other tumors" after the described tumour
// (d894 "Bladder: ~3 cm papillary tumor … No other tumors", d896 "Bladder: healed scar at dome … No papillary tumors"). The singular
// at a resection site stays the resected cancer (d573 "no papillary tumor" at the posterior wall scar, C67.4).
const otherLesionSurveys: readonly ReadingCase[] = [
  ['"No other tumors" after a described bladder tumour is D49.4, negated',
    'Cystoscopy: Bladder: 3 cm papillary tumor on the L lateral wall. No other tumors.\nA/P: papillary urothelial carcinoma of the bladder, L lateral wall, s/p TURBT 11/02 (path).\n',
    [['tumor', 'C672', 'present'], ['tumors', 'D494', 'negated'], ['urothelial carcinoma of the bladder', 'C672', 'present']]],
  ['"No papillary tumors" at a surveillance cystoscopy of a treated bladder cancer is D49.4, negated',
    'Hx high-grade urothelial carcinoma of the bladder s/p TURBT and BCG.\nCystoscopy: Bladder: healed scar at dome. No papillary tumors, no suspicious lesions.\n',
    [['urothelial carcinoma of the bladder', 'Z8551', 'history'], ['tumors', 'D494', 'negated']]],
];

describe('narrative reader: restated tumours in notes with spread (round 21, tuner H)', () => {
  describe('the tumour named after the primary', () => checkReadings(tumourAfterNamedNeoplasm));
  describe('a survey for other lesions', () => checkReadings(otherLesionSurveys));
});
