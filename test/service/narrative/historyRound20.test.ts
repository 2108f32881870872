import { checkReadings, type ReadingCase } from './readingCases';

/**
 * Round 20 (issue 12): history against current, the personal-history code (Z85.-) against the active one. Codes from the
 * FY2026 code file (icd10cm-codes-2026.txt) and the Table of Neoplasms (FY2025).
 */
const CASES: readonly ReadingCase[] = [
  // ANNOTATION.md "Codes by assertion", history (Guideline I.C.2.d): a pointer back ("as above", "see above") says where the
  // disease is described, not that it is current; after the item's own "Hx" lead it stays history. Z85.038 "Personal history
  // of other malignant neoplasm of large intestine" (table: colon, sigmoid → Malignant Primary C18.7). From d850.
  ['a history lead keeps its item history before "as above"', 'A/P:\n- Hx sigmoid colon cancer as above (Z85.038)\n- Colonoscopy due 2028.',
    [['sigmoid colon cancer', 'Z85038', 'history']]],
  // ANNOTATION.md: "PMH: L breast cancer as above" names the current disease the HPI describes: with no history lead of its
  // own the pointer keeps the item current (table: breast, upper-outer quadrant unspecified → C50.912 left female breast).
  ['"as above" with no history lead keeps the item current', 'She has left breast cancer.\nPMH: L breast cancer as above, HTN.',
    [['left breast cancer', 'C50912', 'present'], ['L breast cancer', 'C50912', 'present']]],
];

describe('narrative: history against current (round 20)', () => {
  checkReadings(CASES);
});
