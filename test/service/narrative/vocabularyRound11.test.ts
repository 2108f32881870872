import { checkReadings } from './readingCases';

/**
 * Vocabulary, sites and types round 11 (issue 12): the word orders of writers whose first language puts the side last,
 * and benign lesions of ordinary clinics coded through the Index. Each expected code cites its Table of Neoplasms row
 * (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case read differently before this round
 * unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative vocabulary round 11: a side written after the organ with "side"', () => {
  checkReadings([
    // Table: breast / upper-outer quadrant / Malignant Primary C50.4-; Tabular C50.412 Malignant neoplasm of upper-outer
    // quadrant of left female breast (the quadrant of the later line is the same cancer's sub-site).
    ['"ca of the breast left side" and its quadrant', 'Patient is 67 years old woman with ca of the breast left side, operated 2019.\nPathology was invasive ductal carcinoma, upper outer quadrant, 2.4 cm.', [
      ['ca of the breast left side', 'C50412', 'present'], ['ductal carcinoma, upper outer quadrant', 'C50412', 'present'],
    ]],
    // Table: kidney / Malignant Primary C64.-; Tabular C64.1 Malignant neoplasm of right kidney, except renal pelvis.
    ['"RCC of the kidney right side"', 'RCC of the kidney right side.', [['RCC of the kidney right side', 'C641', 'present']]],
  ]);
});
