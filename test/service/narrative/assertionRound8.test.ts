import { checkReadings } from './readingCases';

/**
 * The assertion causes of round 8 (the weakest dev batches and the round-7 reports' "still missing" lists), each in
 * wordings of its own, not the notes' sentences. Expected codes cite the Table of Neoplasms row or Index entry of the
 * words as written (checked in the FY2026 code list); the assertions follow NARRATIVE.md's model and the guidelines.
 */

describe('narrative assertion round 8: "c/w X primary" of a cancer the note has established', () => {
  checkReadings([
    // table: stomach / Malignant Primary C16.9 and liver / Malignant Secondary C78.7: the gastric adenocarcinoma is stated
    // plainly first, so the deposit's "c/w gastric primary" names that established primary, present (ANNOTATION.md,
    // "c/w" in a report the same note's tissue settles; Guidelines II.H).
    [
      'a deposit "c/w" the primary stated before',
      'Gastrectomy: gastric adenocarcinoma, poorly differentiated. Liver nodule excision: metastatic adenocarcinoma, consistent with gastric primary.',
      [['gastric adenocarcinoma', 'C169', 'present'], ['Liver nodule excision: metastatic adenocarcinoma', 'C787', 'present'], ['gastric primary', 'C169', 'present']],
    ],
    // table: stomach / Malignant Primary C16.9: with no stomach cancer established, the same words stay a hedge (II.H).
    [
      'a deposit "c/w" a primary the note has not established',
      'Liver nodule excision: metastatic adenocarcinoma, consistent with gastric primary.',
      [['Liver nodule excision: metastatic adenocarcinoma', 'C787', 'present'], ['gastric primary', 'C169', 'uncertain']],
    ],
    // table: liver / Malignant Secondary C78.7: a new lesion "c/w metastasis" beside known liver metastases may be a new,
    // unproven deposit; only a "primary" phrase is settled by the established cancer.
    [
      'a new lesion "c/w metastasis" stays uncertain',
      'Colon adenocarcinoma with liver metastases on FOLFOX. MRI: new segment 2 lesion c/w metastasis.',
      [['Colon adenocarcinoma', 'C189', 'present'], ['liver metastases', 'C787', 'present'], ['segment 2 lesion c/w metastasis', 'C787', 'uncertain']],
    ],
  ]);
});
