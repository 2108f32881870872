import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner C): a sample's label may name how the sample was taken before its organ ("US-guided FNA L level II node:",
 * "CT-guided core bx L iliac bone lesion:"). The organ is still the label's subject, so the typed diagnosis the report writes in the
 * sentence after its category ("POSITIVE FOR MALIGNANCY. Metastatic squamous cell carcinoma") takes the label's site, as it does under
 * "L level II lymph node, FNA:" (round 19, categoryDiagnosis.ts: the category and its typed diagnosis are two occurrences). Codes:
 * table: lymph gland, cervical / Malignant Secondary C77.0 (level II is a neck level); bone / Malignant Secondary C79.51; pancreas,
 * head / Malignant Primary C25.0.
 */
const sampledLabels: readonly ReadingCase[] = [
  // d774: an ENT consult's FNA result.
  ['an FNA label naming its guidance and needle before the node places the typed diagnosis',
    'US-guided FNA L level II node 11/10/2026: POSITIVE FOR MALIGNANCY. Metastatic squamous cell carcinoma, non-keratinizing.',
    [['MALIGNANCY', 'C770', 'present'], ['Metastatic squamous cell carcinoma', 'C770', 'present']]],
];

/**
 * Guards: a label opening with the organ reads as before, a lesion labelled after its sampling words was already placed through its
 * lesion noun and stays so, and a problem's words before an organ make no sample label.
 */
const otherLabels: readonly ReadingCase[] = [
  ['a core biopsy label naming its guidance before the bone still places the typed metastasis',
    'Results:\nCT-guided core bx L iliac bone lesion: POSITIVE FOR MALIGNANCY. Metastatic adenocarcinoma, c/w lung primary.',
    [['MALIGNANCY', 'C7951', 'present'], ['Metastatic adenocarcinoma', 'C7951', 'present'], ['lung primary', 'null', 'present']]],
  ['a label opening with the node reads as before',
    'Results: L level II lymph node, FNA: POSITIVE FOR MALIGNANCY. Metastatic squamous cell carcinoma.',
    [['MALIGNANCY', 'C770', 'present'], ['Metastatic squamous cell carcinoma', 'C770', 'present']]],
  ['a problem named before its organ labels no sample',
    'Hx:\nSmoker with cough. Pleomorphic adenoma R parotid: resected 2019. Metastatic squamous cell carcinoma.',
    [['Pleomorphic adenoma R parotid', 'Z86018', 'history']]],
];

describe('narrative reader: a sample label naming how it was taken (round 25)', () => {
  describe('the label\'s organ after its sampling words', () => checkReadings(sampledLabels));
  describe('other labels', () => checkReadings(otherLabels));
});
