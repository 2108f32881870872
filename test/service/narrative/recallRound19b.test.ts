import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 19, second pass (issue 12): recurrences and restatements the reader missed. Codes checked against the FY2027
 * code titles (/work/shared/codesets/icd10cm-2027): C71.2 Malignant neoplasm of temporal lobe; C34.11 Malignant neoplasm of
 * upper lobe, right bronchus or lung; Z85.828 Personal history of other malignant neoplasm of skin; Z85.46 Personal history of
 * malignant neoplasm of prostate; C67.9 Malignant neoplasm of bladder, unspecified; D49.4 Neoplasm of unspecified behavior of
 * bladder.
 */

// A site-less "tumor" restating the patient's proven cancer takes that cancer's code (ANNOTATION.md, "Tumor" of a proven cancer;
// restatedCarcinoma.ts). A cancer of another organ written as past ("Remote basal cell ca of nose excised 2015", "Hx of prostate
// cancer s/p prostatectomy 2012") is no longer current (Guideline I.C.2.d: Z85) and no longer holds the restatement back, as a
// benign neoplasm of another organ did not. Dev notes d159, d470, d603, d762, d800.
const pastCancerOfAnotherOrgan: readonly ReadingCase[] = [
  ['the tumour of a glioblastoma note is the glioblastoma beside a remote skin cancer',
    'Dx: R temporal GBM s/p GTR 6/2026, on adjuvant TMZ.\nPt asking whether the tumor is growing back.\n\nPMH: HTN. Remote basal cell ca of nose excised 2015, no recurrence.',
    [['temporal GBM', 'C712', 'present'], ['tumor', 'C712', 'uncertain'], ['basal cell ca of nose', 'Z85828', 'history']]],
  ['a denied residual tumour is the lung cancer beside a past prostate cancer',
    'Dx: RUL adenocarcinoma of lung, on osimertinib.\nHx of prostate cancer s/p prostatectomy 2012.\nCT chest: no residual tumor.',
    [['RUL adenocarcinoma', 'C3411', 'present'], ['prostate cancer', 'Z8546', 'history'], ['tumor', 'C3411', 'negated']]],
];

// "Tumor" restates a proven cancer only (ANNOTATION.md, "Tumor" of a proven cancer): a bladder cancer the consent only foresees
// ("possibility of muscle-invasive bladder cancer requiring cystectomy") leaves the resected tumours tumours of unknown behaviour
// (Index: Tumor — see also Neoplasm, unspecified behavior; Table: bladder / Unspecified Behavior D49.4), as d687 codes them. A
// proven bladder carcinoma still gives its tumour its code.
const foreseenCancer: readonly ReadingCase[] = [
  ['a tumour beside a foreseen bladder cancer stays of unknown behaviour',
    'Bladder tumor L lateral wall on cystoscopy. Discussed possibility of muscle-invasive bladder cancer requiring cystectomy. Dome tumor resected.',
    [['Bladder tumor', 'D494', 'present'], ['bladder cancer', 'C679', 'uncertain'], ['tumor', 'D494', 'present']]],
  ['a tumour beside a proven bladder carcinoma is the carcinoma',
    'Dx: bladder urothelial carcinoma, high grade. Dome tumor resected.',
    [['bladder urothelial carcinoma', 'C679', 'present'], ['tumor', 'C679', 'present']]],
];

describe('narrative reader: recall round 19, second pass', () => {
  describe('a past cancer of another organ does not block the restatement of the current one', () => checkReadings(pastCancerOfAnotherOrgan));
  describe('a tumour restates a proven cancer only', () => checkReadings(foreseenCancer));
});
