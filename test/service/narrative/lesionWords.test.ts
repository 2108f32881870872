import { checkReadings, type ReadingCase } from './readingCases';

/**
 * "Tumor" is a neoplasm of unspecified behaviour (Alphabetic Index: Tumor — see Neoplasm, unspecified
 * behavior), read only where a site is written with it or on its line's label; a tumour the same note
 * proves malignant is that cancer at the tumour's own site (test/narrative/corpus/ANNOTATION.md,
 * "Tumor" of a proven cancer). Codes from the Table of Neoplasms (FY2025) and the FY2026 code file.
 */
const CASES: readonly ReadingCase[] = [
  // table: kidney / Unspecified Behavior D49.51-; left → D49.512.
  ['a sited tumour is of unspecified behaviour', 'L renal tumor.', [['L renal tumor', 'D49512', 'present']]],
  // table: bladder, dome / Malignant Primary C67.1; the carcinoma of the same bladder takes the dome the note named.
  ['a tumour the note proves malignant is that cancer at its own site',
    'Cysto: 3 cm papillary tumor of the bladder dome. TURBT path: high grade urothelial carcinoma of the bladder.',
    [['tumor of the bladder dome', 'C671', 'present'], ['urothelial carcinoma of the bladder', 'C671', 'present']]],
  // A cancer of the other kidney proves nothing of this one: D49.512 stays; the right RCC is history (Z85.528).
  ['a cancer of the other side proves nothing', 'L renal tumor. Hx R RCC.', [['L renal tumor', 'D49512', 'present'], ['RCC', 'Z85528', 'history']]],
  // A tumour in a labelled node is its metastasis (table: lymph node, intrathoracic (station 7: mediastinal) C77.1), here denied.
  ['a tumour denied in a labelled node is a denied metastasis there', 'C. LYMPH NODE, STATION 7, EXCISION:\n   - NO TUMOR IDENTIFIED (0/1).',
    [['TUMOR', 'C771', 'negated']]],
  // Properties, measures and services of a tumour are no diagnosis.
  ['a tumour board, markers and size are no mentions', 'Breast case discussed at tumor board. Tumor markers normal. Breast tumor size 2.1 cm.', []],
  ['a tumour as the object of a measure is no mention', 'Breast, lumpectomy: DCIS, approximately 10% of tumor. Margins free of tumor.',
    // DCIS of a breast with no side: D05.1- needs the side, so no code (candidates D05.11, D05.12).
    [['DCIS', 'null', 'present']]],
  // With no site written beside it, a tumour is not read.
  ['a tumour with no site is not read', 'The tumor was resected.', []],
];

describe('narrative: lesion words ("tumor")', () => {
  checkReadings(CASES);
});
