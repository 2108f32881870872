import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Tuner C2, round 18 (issue 12): ANNOTATION.md, "A margin statement that names the neoplasm is a negated mention of the
 * specimen's tumour at the specimen's site". DCIS names its organ (Index: Carcinoma, intraductal (noninfiltrating) - see also
 * Neoplasm, breast, in situ; Tabular D05.1- Intraductal carcinoma in situ of breast), and in a margin statement it is the
 * specimen's in-situ component at the margin, so its denial keeps the side the report documents (d743's "Margin Status for DCIS:
 * All margins negative for DCIS" of a left breast: D05.12 Intraductal carcinoma in situ of left breast). A denial that is no
 * margin statement keeps the diagnosis as written (reader.ts: what is denied is not placed from a lesion nearby).
 */
const inSituMargins: readonly ReadingCase[] = [
  ['"Margins negative for DCIS" under a left breast part label is D05.12, negated',
    'Clinical Hx: 58F with left breast IDC.\n\nFINAL DIAGNOSIS:\nA. BREAST, LEFT, PARTIAL MASTECTOMY:\n   - INVASIVE DUCTAL CARCINOMA, 2.1 CM.\n   - Margins negative for DCIS.',
    [['left breast IDC', 'C50912', 'present'], ['DUCTAL CARCINOMA', 'C50912', 'present'], ['DCIS', 'D0512', 'negated']]],
  ['"No DCIS seen" outside a margin statement keeps its written organ', '58F, left breast IDC, lumpectomy. No DCIS seen.',
    [['left breast IDC', 'C50912', 'present'], ['DCIS', 'null', 'negated']]],
];

describe('narrative round 18: in-situ margins', () => {
  checkReadings(inSituMargins);
});
