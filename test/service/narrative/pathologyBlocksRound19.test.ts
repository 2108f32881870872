import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Pathology blocks round 19 (issue 12): results written in the sentences under a specimen or organ label that stands on its own
 * line, whose later sentences speak of the label's site. Codes checked against the FY2027 code titles (/work/shared/codesets) and
 * the Table of Neoplasms (FY2025).
 */

// A part's label on its own line ("B. DISTAL DONUT (RECTUM):") names the specimen of every sentence listed under it, so a denying
// verdict after another sentence of the part ("- Benign colonic mucosa. Negative for carcinoma.") is at the label's site (ANNOTATION.md:
// "Negative for X in a pathology part is a negated mention at the part's own labelled site"; d405). Table: rectum / Malignant
// Primary C20 (Tabular: Malignant neoplasm of rectum). A label with no site places nothing.
const ownLineLabels: readonly ReadingCase[] = [
  ['a verdict two sentences under an own-line label with its site in a parenthesis', 'B. DISTAL DONUT (RECTUM):\n   - Benign colonic mucosa. Negative for carcinoma.\n',
    [['carcinoma', 'C20', 'negated']]],
  ['a verdict two sentences under an own-line label that opens with its site', 'B. Rectum, distal donut:\n   - Benign colonic mucosa. Negative for carcinoma.\n',
    [['carcinoma', 'C20', 'negated']]],
  ['a verdict under an own-line label without a site places nothing', 'Comment:\n   - Benign colonic mucosa. Negative for carcinoma.\n', []],
];

describe('narrative reader: pathology blocks round 19', () => {
  describe('a verdict under a label on its own line', () => checkReadings(ownLineLabels));
});
