import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Precision round 14 (issue 12): what the reader read that the note does not document, or read with the wrong code.
 * Expected mentions follow test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles
 * (data/icd10cm/2027) and the Table of Neoplasms.
 */

// ANNOTATION.md, consistency pass: "omental caking" / "omental cake" is an imaging sign, not a mention; the words that
// name the peritoneal spread (omental metastases, implants, carcinomatosis) stay mentions (omentum / Secondary C78.6).
const imagingSigns: readonly ReadingCase[] = [
  ['omental caking in a CT finding is no mention', 'CT A/P: moderate ascites with omental caking.', []],
  ['omental caking in an HPI is no mention', 'HPI: 62F with bloating, found to have omental caking and a large pelvic mass.', []],
  ['omental metastases beside it stay a mention', 'CT: omental caking; omental metastases.', [['omental metastases', 'C786', 'present']]],
];

describe('precision round 14', () => {
  describe('imaging signs that are no diagnosis', () => checkReadings(imagingSigns));
});
