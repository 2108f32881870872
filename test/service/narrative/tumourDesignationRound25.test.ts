import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner REG, cancer registry documents): a tumour's designation ("Tumor A:", "Tumor 2 (new, …):", "Tumor
 * 2 is NOT a recurrence of Tumor 1") names which of several tumours the text speaks of; the tumour's diagnosis is read from its
 * own words (ANNOTATION.md "What is a mention": a neoplasm diagnosis written in words), so the designation is no mention of a
 * neoplasm of unspecified behaviour (Index: Tumor — see Neoplasm, unspecified behavior) of its own (`tumourDesignation.ts`).
 */
const designations: readonly ReadingCase[] = [
  // d1117 "Tumor A: R breast 10:00 … ductal carcinoma in situ", "Tumor B: L breast 2:00 … invasive ductal carcinoma" (gold: no
  // entry for "Tumor"; table: breast / Ca in situ, Tabular D05.11 Intraductal carcinoma in situ of right breast; breast /
  // Malignant Primary, Tabular C50.912 Malignant neoplasm of unspecified site of left female breast).
  ['a multiple-primary worksheet\'s "Tumor A:" is no tumour mention',
    'Pt: 57F\n\nTumor A: R breast 10:00. Core bx: DCIS.\nTumor B: L breast 2:00. Core bx: invasive ductal carcinoma.\nDecision: 2 abstracts (Tumor A R DCIS, Tumor B L IDC).',
    [['DCIS', 'D0511', 'present'], ['ductal carcinoma', 'C50912', 'present'], ['DCIS', 'D0511', 'present'], ['IDC', 'C50912', 'present']]],
  // d1106 "Tumor 2 is NOT a recurrence of Tumor 1." (gold: no entry for either designation).
  ['numbered tumours compared are no tumour mentions',
    'Tumor 2 is NOT a recurrence of Tumor 1.',
    []],
  // Guards: a size after the word leaves the tumour a mention (table: bladder / Unspecified Behavior D49.4); a list item's
  // letter on the next line is no designation of the tumour ending the line before (d786 "B. Deep base of L lateral wall
  // tumor\nC. …", gold C67.2 for that tumour).
  ['guard: "tumor 2 cm" measures the tumour',
    'Cystoscopy: bladder tumor 2 cm on the R lateral wall.',
    [['bladder tumor', 'D494', 'present']]],
  ['guard: the next list item\'s letter designates nothing',
    'Specimens:\nA. Bladder tumor, L lateral wall, TURBT\nB. Deep base of bladder tumor\nC. Prostatic urethra bx',
    [['Bladder tumor', 'D494', 'present'], ['bladder tumor', 'D494', 'present']]],
];

describe('narrative reader: tumour designations round 25', () => checkReadings(designations));
