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

// A study summarised in one line as having found nothing ("MRI brain neg.", "MRI head 23/11: no intracranial metastatic disease.")
// is no report whose findings follow, so a site-less metastasis in a later sentence is not placed at the organ it imaged (table:
// brain NEC / Malignant Secondary C79.31 Secondary malignant neoplasm of brain, wrongly given before; d785 "MRI brain neg.
// CT-guided core 10/14 nondiagnostic. Metastasis from prior prostate cancer felt very unlikely" of the RUL nodule; d990 "MRI head
// 23/11: no intracranial metastatic disease. … Adrenal - favour metastasis over adenoma"). A report's title opening with a finding,
// or a result going on past a semicolon, keeps placing its metastases in the brain (d150, d502; C79.31).
const answeredStudies: readonly ReadingCase[] = [
  ['a brain MRI summarised as negative places no later metastasis in the brain',
    'HPI: 68M w/ 2.1 cm RUL nodule. PET: no distant FDG-avid disease. MRI brain neg. CT-guided core 10/14 nondiagnostic. Metastasis from prior prostate cancer felt very unlikely (PSA <0.1).',
    [['distant FDG-avid disease', 'C799', 'negated'], ['prostate cancer', 'Z8546', 'history']]],
  ['a head MRI that found no metastasis places no later metastasis in the brain',
    'MRI head 23/11: no intracranial metastatic disease.\n\nRadiology review: agree 4R positive. Adrenal - favour metastasis over adenoma given avidity.',
    [['intracranial metastatic disease', 'C7931', 'negated']]],
  ['a head CT whose result opens with a lesion keeps its metastases in the brain',
    'ED course:\nCT head w/o: 2.3 cm hyperdense lesion L frontal lobe with surrounding vasogenic edema; additional 8 mm lesion R parietal. Hemorrhagic metastases favored given hx.',
    [['metastases', 'C7931', 'uncertain']]],
  ['a head CT whose denial goes on past a semicolon keeps its metastasis in the brain',
    'CT head w/o: no hemorrhage; 1.2 cm hypodensity R parietal w/ surrounding edema, concerning for metastasis; MRI recommended.',
    [['metastasis', 'C7931', 'uncertain']]],
];

describe('narrative codes round 24', () => {
  describe('a tumour placed at the part written after it documents that part', () => checkReadings(placedTumours));
  describe('a study summarised as negative places no later metastasis', () => checkReadings(answeredStudies));
});
