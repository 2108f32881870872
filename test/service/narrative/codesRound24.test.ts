import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 24 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A tumour written with its organ before the lesion noun and its part after it ("bladder tumor L lateral wall") is one lesion at
// that part, which the record documents for the organ's cancer when the cancer's own mentions name none (ANNOTATION.md, "Side and
// sub-site documented elsewhere in the note"; table: bladder, wall, lateral / Malignant Primary C67.2, Tabular C67.2 Malignant
// neoplasm of lateral wall of bladder; D49.4 Neoplasm of unspecified behavior of bladder; d894 "3 cm papillary bladder tumor L
// lateral wall + SHGUC cytology - highly likely high-grade urothelial carcinoma of the bladder"). Tumours at two parts (a "Dome
// tumor" too, recallRound19b's case), or one with no part, leave the cancer at the bladder (C67.9 Malignant neoplasm of bladder,
// unspecified).
const placedTumours: readonly ReadingCase[] = [
  ['a bladder tumour written with its wall after it documents the wall of the suspected cancer',
    'HPI: 70M w/ gross hematuria. Cystoscopy 11/12: 3 cm papillary bladder tumor L lateral wall. Voided urine cytology: suspicious for high-grade urothelial carcinoma.\nAssessment: highly likely high-grade urothelial carcinoma of the bladder; TURBT planned.',
    [['bladder tumor', 'D494', 'present'], ['urothelial carcinoma', 'C672', 'uncertain'], ['urothelial carcinoma of the bladder', 'C672', 'uncertain']]],
  ['bladder tumours at two parts document no part',
    'HPI: 70M w/ gross hematuria. Cystoscopy 11/12: 3 cm papillary bladder tumor L lateral wall and a 1 cm papillary bladder tumor at the dome.\nAssessment: highly likely high-grade urothelial carcinoma of the bladder; TURBT planned.',
    [['bladder tumor', 'D494', 'present'], ['bladder tumor', 'D494', 'present'], ['urothelial carcinoma of the bladder', 'C679', 'uncertain']]],
  ['a second tumour named by a part word the site finder does not read leaves the part open',
    'Bladder tumor L lateral wall on cystoscopy. Discussed possibility of muscle-invasive bladder cancer requiring cystectomy. Dome tumor resected.',
    [['Bladder tumor', 'D494', 'present'], ['bladder cancer', 'C679', 'uncertain'], ['tumor', 'D494', 'present']]],
  ['a bladder tumour with no part documents none',
    'HPI: 70M w/ gross hematuria. Cystoscopy 11/12: 3 cm papillary bladder tumor.\nAssessment: highly likely high-grade urothelial carcinoma of the bladder; TURBT planned.',
    [['bladder tumor', 'D494', 'present'], ['urothelial carcinoma of the bladder', 'C679', 'uncertain']]],
];

describe('narrative codes round 24', () => {
  describe('a tumour placed at the part written after it documents that part', () => checkReadings(placedTumours));
});
