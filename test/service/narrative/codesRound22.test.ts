import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 22 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// The sub-site the note documents for an organ's cancer (ANNOTATION.md, "Side and sub-site documented elsewhere in the note")
// is the invasive cancer's: a flat carcinoma in situ beside it at another part is a second lesion, so it leaves the cancer's
// one sub-site standing (table: bladder, wall, lateral / Malignant Primary C67.2; bladder / Ca in situ D09.0; bladder, dome
// C67.1; d572 "HG T1 urothelial ca L lat wall + CIS at dome"). Two sub-sites of the invasive cancer still leave it open.
const invasiveSubSite: readonly ReadingCase[] = [
  ['an in-situ lesion at the dome leaves the cancer its lateral wall',
    'HPI: 69M s/p TURBT 11/19 for HG T1 urothelial ca L lat wall + CIS (dome).\n\nImpression:\n1. Bladder cancer, plan re-TURBT.',
    [['urothelial ca', 'C672', 'present'], ['CIS', 'D090', 'present'], ['Bladder cancer', 'C672', 'present']]],
  ['two invasive sub-sites leave the bladder cancer unspecified',
    'HPI: 69M s/p TURBT 11/19 for HG T1 urothelial ca L lat wall and urothelial ca (posterior wall) + CIS (dome).\n\nImpression:\n1. Bladder cancer, plan re-TURBT.',
    [['urothelial ca', 'C672', 'present'], ['urothelial ca', 'C674', 'present'], ['CIS', 'D090', 'present'], ['Bladder cancer', 'C679', 'present']]],
];

describe('narrative reader: codes round 22', () => {
  describe('the invasive cancer documents its sub-site', () => checkReadings(invasiveSubSite));
});
