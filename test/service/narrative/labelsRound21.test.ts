import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 21 (issue 12, tuner H): lesion words the reader read as the proven cancer restated. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, round 17's second consistency pass: a cystoscopy's denied "no papillary tumor(s)" names a new lesion, not the resected
// one, a neoplasm of unspecified behaviour by site (Index: Tumor — see Neoplasm, unspecified behavior; table: bladder / Unspecified
// Behavior D49.4, Tabular D49.4 Neoplasm of unspecified behavior of bladder); so does "No other tumors" after the described tumour
// (d894 "Bladder: ~3 cm papillary tumor … No other tumors", d896 "Bladder: healed scar at dome … No papillary tumors"). The singular
// at a resection site stays the resected cancer (d573 "no papillary tumor" at the posterior wall scar, C67.4).
const otherLesionSurveys: readonly ReadingCase[] = [
  ['"No other tumors" after a described bladder tumour is D49.4, negated',
    'Cystoscopy: Bladder: 3 cm papillary tumor on the L lateral wall. No other tumors.\nA/P: papillary urothelial carcinoma of the bladder, L lateral wall, s/p TURBT 11/02 (path).\n',
    [['tumor', 'C672', 'present'], ['tumors', 'D494', 'negated'], ['urothelial carcinoma of the bladder', 'C672', 'present']]],
  ['"No papillary tumors" at a surveillance cystoscopy of a treated bladder cancer is D49.4, negated',
    'Hx high-grade urothelial carcinoma of the bladder s/p TURBT and BCG.\nCystoscopy: Bladder: healed scar at dome. No papillary tumors, no suspicious lesions.\n',
    [['urothelial carcinoma of the bladder', 'Z8551', 'history'], ['tumors', 'D494', 'negated']]],
];

describe('narrative reader: denied surveys for other lesions (round 21, tuner H)', () => {
  describe('a survey for other lesions', () => checkReadings(otherLesionSurveys));
});
