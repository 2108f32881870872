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

// A site-less result word's colon inside a part ("ECC:", "-> final:", "ROSE:") names a step of the part's work-up, not the next
// part: the part's label above it still places the verdict (ANNOTATION.md, same rule; d507 "Cervical bx 4 o'clock: CIN 3 (HSIL)
// … ECC: HSIL/CIN 3 fragments.\nNo invasive carcinoma identified.", d219 "-> final: inflamed SK. Neg for malignancy."). Table:
// cervix uteri / Malignant Primary C53.9 (Tabular: Malignant neoplasm of cervix uteri, unspecified); rectum C20; Index: Carcinoma
// in situ, cervix D06.9 (Tabular: Carcinoma in situ of cervix, unspecified); colon, sigmoid C18.7 (Tabular: Malignant neoplasm of
// sigmoid colon). A next part's label that names a site still ends the scope.
const resultWordLabels: readonly ReadingCase[] = [
  ['a verdict after a result word\'s label is at the part\'s site', 'Cervical bx 4 o\'clock: CIN 3 (HSIL). ECC: HSIL fragments.\nNo invasive carcinoma identified.\n',
    [['CIN 3', 'D069', 'present'], ['carcinoma', 'C539', 'negated']]],
  ['a "Final:" result line does not end the part', 'B. Rectum, distal donut: benign colonic mucosa. Final: hyperplastic change. Negative for carcinoma.\n',
    [['carcinoma', 'C20', 'negated']]],
  ['the next part\'s label with a site ends the scope', 'B. Rectum, distal donut: benign colonic mucosa.\nC. Sigmoid colon: hyperplastic polyp. Negative for carcinoma.\n',
    [['carcinoma', 'C187', 'negated']]],
];

describe('narrative reader: pathology blocks round 19', () => {
  describe('a verdict after a result word\'s label inside the part', () => checkReadings(resultWordLabels));
  describe('a verdict under a label on its own line', () => checkReadings(ownLineLabels));
});
