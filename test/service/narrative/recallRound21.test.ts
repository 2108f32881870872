import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 21 (issue 12): present, history and family mentions the reader missed entirely. Codes checked against the
 * FY2027 code titles (/work/shared/codesets/icd10cm-2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "'Tumor' of a proven cancer" and round 17's "'Tumor' or 'neoplasm' that names a proven cancer's own lesion ...
// takes the cancer's code": a bare "tumor" written as the object of a relation word ("proximal to tumor") or as the finding a
// label reports ("MRI 11/14: tumor confined to glans") is that cancer's lesion, as "the tumor" is (dev notes d229, d696).
// Table: rectum / Malignant Primary C20 (Tabular C20 Malignant neoplasm of rectum); penis / Malignant Primary C60.9 (C60.9
// Malignant neoplasm of penis, unspecified). A tumour with no proven cancer stays unread, and "10% of tumor" is a measurement
// (ANNOTATION.md, round 17: "Tumor" as the object of a measurement is not a mention).
const tumourAsObject: readonly ReadingCase[] = [
  ['"proximal to tumor" restates the rectal cancer (d696)', 'Rectal adenocarcinoma at 8 cm. Sigmoid polyp proximal to tumor.',
    [['Rectal adenocarcinoma', 'C20', 'present'], ['tumor', 'C20', 'present']]],
  ['a study label\'s "tumor confined to" restates the penile cancer (d229)', 'Invasive SCC of the penis, bx-proven.\nMRI 11/14: tumor confined to glans.',
    [['SCC of the penis', 'C609', 'present'], ['tumor', 'C609', 'present']]],
  ['"encased by tumor" with no proven cancer is no mention', 'Trachea encased by tumor.', []],
  ['"of tumor" stays a measurement', 'Endometrioid adenocarcinoma of the endometrium. About 10% of tumor necrotic.',
    [['adenocarcinoma of the endometrium', 'C541', 'present']]],
];

// ANNOTATION.md, "Spread written as disease" ("no osseous disease" is the bone's secondary) and '"PD in <site>"': in a solid
// cancer's note "osseous / skeletal disease" and "pleural progression" name the cancer's spread there (dev notes d586, d669,
// d742, d799). Table: bone, pelvic / Malignant Secondary C79.51 (Tabular C79.51 Secondary malignant neoplasm of bone); pleura /
// Malignant Secondary C78.2 (C78.2 Secondary malignant neoplasm of pleura). A note naming no neoplasm keeps the organ's disease.
const spreadAsDisease: readonly ReadingCase[] = [
  ['"stable pelvic osseous disease" of a prostate cancer is bone spread (d586)', 'Metastatic prostate ca. PSMA PET: stable pelvic osseous disease.',
    [['prostate ca', 'C61', 'present'], ['osseous disease', 'C7951', 'present']]],
  ['"no skeletal disease" of a breast cancer denies bone spread', 'Breast ca. Bone scan: no skeletal disease.',
    [['Breast ca', 'null', 'present'], ['skeletal disease', 'C7951', 'negated']]],
  ['"pleural progression" of a lung cancer is pleural spread (d742, d799)', 'EGFR+ NSCLC with pleural progression.',
    [['NSCLC', 'null', 'present'], ['pleural progression', 'C782', 'present']]],
  ['"osseous disease" in a note with no neoplasm is no mention', 'Denies osseous disease.', []],
];

describe('narrative recall round 21', () => {
  describe('a "tumor" written as a relation\'s object restates the proven cancer', () => checkReadings(tumourAsObject));
  describe('spread at the bone or pleura written as disease or progression', () => checkReadings(spreadAsDisease));
});
