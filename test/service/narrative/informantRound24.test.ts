import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 24 (issue 12, tuner B): a relative glossed in a parenthesis and then calling or asking is the informant about
 * the patient's disease, not a relative with a cancer of their own (`informantGloss.ts`). Codes checked against the FY2027 code
 * titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A relative's question about the patient's cancer is the patient's own doubt (ANNOTATION.md, round 14: "A patient's or relative's
// own worry or question about the patient's cancer is uncertain"); the gloss "(Monique, HCPOA)" does not make the daughter the one
// with the disease. d707 "Daughter (Monique, HCPOA) called last week asking whether the cancer has 'spread to his brain'": table:
// brain / Malignant Secondary C79.31 (Tabular C79.31 Secondary malignant neoplasm of brain), uncertain; the prostate cancer is
// table: prostate / Malignant Primary C61. A husband glossed so asks about his wife's breast cancer spreading to her liver: table:
// liver / Malignant Secondary C78.7 (Tabular C78.7 Secondary malignant neoplasm of liver and intrahepatic bile duct), uncertain;
// the cancer itself table: breast / Malignant Primary, Tabular C50.912 Malignant neoplasm of unspecified site of left female breast.
const glossedInformants: readonly ReadingCase[] = [
  ['a daughter glossed by name and role and then calling asks about the patient\'s cancer',
    'Hx: prostate ca. Daughter (Monique, HCPOA) called last week asking whether the cancer has spread to his brain because he sleeps more.',
    [['prostate ca', 'C61', 'present'], ['spread to his brain', 'C7931', 'uncertain']]],
  ['a husband glossed by name and role and then calling asks about the patient\'s cancer',
    'Hx: L breast cancer on letrozole. Husband (Tom, HCP) called asking whether the cancer has spread to her liver.',
    [['L breast cancer', 'C50912', 'present'], ['spread to her liver', 'C787', 'uncertain']]],
];

// What must not change: a relative's own cancer after a break that opens a clause about the caller (d176 "Pt's daughter (lives in
// AZ) called - she was dx'd w/ breast cancer last yr": Tabular Z80.3 Family history of malignant neoplasm of breast), and a family
// history whose relative is glossed by age or state ("Sister (age 52) - breast cancer", "Mother (deceased) had colon cancer":
// Z80.3, Z80.0 Family history of malignant neoplasm of digestive organs).
const guards: readonly ReadingCase[] = [
  ['a caller\'s own cancer after a dash stays the family\'s',
    'Pt\'s daughter (lives in AZ) called - she was dx\'d w/ breast cancer last yr, asks about testing.',
    [['breast cancer', 'Z803', 'family']]],
  ['a glossed relative in a family history keeps the family reading',
    'FH: Sister (age 52) - breast cancer.',
    [['breast cancer', 'Z803', 'family']]],
  ['a glossed relative with a cancer of her own keeps the family reading',
    'FH: Mother (deceased) had colon cancer.',
    [['colon cancer', 'Z800', 'family']]],
];

describe('narrative reader: assertion round 24', () => {
  describe('a glossed relative who calls or asks is the informant', () => checkReadings(glossedInformants));
  describe('what the informant gloss does not reach', () => checkReadings(guards));
});
