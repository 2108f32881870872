import { checkReadings } from './readingCases';

/**
 * "Consistent with" concluding a tissue or cytology result is the pathologist's diagnosis (corpus ANNOTATION.md: a cytology
 * or tissue result read "c/w X" is present; d162, d183, d266, d318, d389, d392); an image read "c/w" stays uncertain, and so
 * does one whose biopsy is still to come. Codes: table: parotid gland / Benign D11.0; liver / Malignant Secondary C78.7;
 * Index: Leukemia, chronic lymphocytic, B-cell type C91.10; lung, upper lobe / Malignant Primary C34.1- (right C34.11).
 */
describe('narrative reader: "consistent with" in a tissue result', () => {
  checkReadings([
    ['an FNA read c/w is present', 'PATHOLOGY:\nLeft parotid, FNA: cellular smear c/w pleomorphic adenoma.', [['pleomorphic adenoma', 'D110', 'present']]],
    ['a biopsy read c/w is present', 'Bx of liver lesion: c/w metastatic adenocarcinoma.', [['liver lesion: c/w metastatic adenocarcinoma', 'C787', 'present']]],
    ['a marrow biopsy read c/w is present', 'Bone marrow bx: c/w involvement by CLL.', [['CLL', 'C9110', 'present']]],
    ['an image read c/w stays uncertain, the biopsy pending', 'CT: RUL mass c/w lung cancer; bx pending.', [['lung cancer', 'C3411', 'uncertain']]],
    ['a biopsy still planned keeps the hedge', 'US-guided bx planned of the liver lesion c/w metastasis.', [['liver lesion c/w metastasis', 'C787', 'uncertain']]],
    ['an imaging word after the biopsy keeps the hedge', 'Bx site healing; CT today: RUL mass c/w lung cancer.', [['lung cancer', 'C3411', 'uncertain']]],
  ]);
});
