import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 17, second pass (issue 12): mentions the reader read with the wrong code or assertion, grouped by the
 * general cause. Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code
 * titles (icd10cm-codes-2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, "Codes by assertion" and "metastatic from X: X is the primary": a denial whose object is the spread
// ("no evidence of osseous metastatic disease from …") does not deny the cancer the spread would come from, and a denied
// "metastatic" keeps no cancer current, so a history lead before that cancer stands (d522: "No evidence of osseous metastatic
// disease from the prior breast cancer" → Z85.3 Personal history of malignant neoplasm of breast). Table: bone / Malignant
// Secondary C79.51; prostate / Malignant Primary C61.
const deniedSpreadOrigin: readonly ReadingCase[] = [
  ['a denied spread from a prior cancer leaves the history', 'No evidence of osseous metastatic disease from the prior breast cancer.',
    [['osseous metastatic disease', 'C7951', 'negated'], ['breast cancer', 'Z853', 'history']]],
  ['a denied spread from a cancer leaves the cancer present', 'No evidence of osseous metastatic disease from prostate cancer.',
    [['osseous metastatic disease', 'C7951', 'negated'], ['prostate cancer', 'C61', 'present']]],
  // A "metastatic" affirmed keeps the primary current as before (README, assertions).
  ['an affirmed spread still keeps its primary current', 'Hx of colon cancer, now metastatic to liver.',
    [['colon cancer', 'C189', 'present'], ['metastatic to liver', 'C787', 'present']]],
];

describe('narrative reader: precision round 17, second pass', () => {
  describe('a denied spread and the cancer it would come from', () => checkReadings(deniedSpreadOrigin));
});
