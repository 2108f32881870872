import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * History round 18 (issue 12): a cancer whose primary the note states excised and not come back is a former site in every bare
 * mention, even beside a metastasis present now (Guideline I.C.2.d: "When a primary malignancy has been excised or eradicated
 * from its site and there is no further treatment directed to that site and there is no evidence of any existing primary
 * malignancy at that site, a code from category Z85 should be used … Any mention of extension, invasion, or metastasis to
 * another site is coded as a secondary malignant neoplasm to that site"; ANNOTATION.md, history). Codes checked against the
 * FY2027 code titles (/work/shared/codesets): Z85.820 Personal history of malignant melanoma of skin; C79.31 Secondary malignant
 * neoplasm of brain; C77.3 Secondary … of axilla and upper limb lymph nodes; Z85.05 Personal history of malignant neoplasm of
 * liver; C22.0 Liver cell carcinoma.
 */

// A history whose own sentence says no recurrence states the outcome for the note's other bare mentions of that cancer (d646
// "Remote hx melanoma of L posterior thigh … 2011, no recurrence … the patient's 2011 melanoma is noted for completeness").
const noRecurrenceStated: readonly ReadingCase[] = [
  ['a remote melanoma with no recurrence is history in its later mention',
    'Remote hx melanoma of L posterior thigh WLE + neg SLNB 2011, no recurrence, discharged from derm onc f/u 2021.\nComment: no evidence of metastatic melanoma in this specimen; the patient\'s 2011 melanoma is noted for completeness.',
    [['melanoma of L posterior thigh', 'Z85820', 'history'], ['melanoma', 'C439', 'negated'], ['melanoma', 'Z85820', 'history']]],
];

// Beside a brain metastasis present now, the excised arm primary with no recurrence is history in each mention, "metastatic
// melanoma" included, and the metastases stay secondaries (d714). An unspecified-site "metastatic melanoma" (C43.9) is no second
// melanoma beside the arm's (C43.61).
const excisedPrimaryWithMetastasis: readonly ReadingCase[] = [
  ['an excised melanoma with no recurrence is history beside its brain metastasis',
    'Dx: metastatic melanoma to brain.\nOncologic history:\n- 03/2024 shave bx R posterior upper arm: superficial spreading melanoma, Breslow 2.1 mm.\n- 04/2024 WLE + SLNB: R axillary SLN 1 of 2 w/ metastatic melanoma.\nA/P:\n1. Melanoma brain metastasis, solitary.\n2. Hx stage IIIC melanoma R upper arm - no recurrence on exam/PET.',
    [['melanoma', 'Z85820', 'history'], ['brain', 'C7931', 'present'], ['superficial spreading melanoma', 'Z85820', 'history'],
      // Round 19: "Melanoma brain metastasis" is the metastasis only, its melanoma the material (histologyOfMetastasis.ts; d714's gold).
      ['R axillary SLN 1 of 2 w/ metastatic', 'C773', 'present'], ['melanoma', 'Z85820', 'history'],
      ['brain metastasis', 'C7931', 'present'], ['melanoma R upper arm', 'Z85820', 'history']]],
];

// A cancer of the category called new keeps the category current: the ablated HCC's "no recurrence" does not close a new LR-5
// HCC (d393; Index: Carcinoma, hepatocellular C22.0).
const newCancerOfTheCategory: readonly ReadingCase[] = [
  ['a new HCC after an ablated one with no recurrence stays present',
    'Hx of HCC seg 4a s/p microwave ablation 6/2024 with complete response, no recurrence on 4 subsequent MRIs.\nA/P: prior HCC, now new LR-5 seg 7 lesion - meets OPTN criteria for HCC without bx.',
    [['HCC seg 4a', 'Z8505', 'history'], ['HCC', 'Z8505', 'history'], ['HCC', 'C220', 'present']]],
];

describe('narrative reader: history round 18', () => {
  describe('a history stated with no recurrence', () => checkReadings(noRecurrenceStated));
  describe('an excised primary beside a present metastasis', () => checkReadings(excisedPrimaryWithMetastasis));
  describe('a new cancer of the category', () => checkReadings(newCancerOfTheCategory));
});
