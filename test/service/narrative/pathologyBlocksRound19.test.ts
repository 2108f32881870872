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

// An on-site reading's result ("FNB: 22G, 2 passes. ROSE: adenocarcinoma.") under an organ's label line ("Liver: 11 mm hypoechoic
// lesion …") is the finding of the organ the label names, a few sentences above (ANNOTATION.md, "A cytology or tissue result" is at
// its specimen's site; d794). Table: liver / Malignant Secondary C78.7 (Tabular: Secondary malignant neoplasm of liver and
// intrahepatic bile duct; an adenocarcinoma found in the liver is read as its metastasis, README isMetastasisProne). A sentence
// naming a site of its own ends the part above (d688: the RUL biopsy's ROSE is not the station's above), and a synoptic field's
// label ("Margin Status:") is no work-up step: table: thyroid gland / Malignant Primary C73 (Tabular: Malignant neoplasm of thyroid
// gland), not the lymph gland row's C77.9.
const workUpSteps: readonly ReadingCase[] = [
  ['an on-site reading under an organ label three sentences up takes its organ', 'Liver: 11 mm hypoechoic lesion in segment 3; second\nlesion not seen.\n  FNB: 22G, 2 passes. ROSE: adenocarcinoma.\n',
    [['adenocarcinoma', 'C787', 'present']]],
  ['a sentence naming its own site ends the label\'s part', '  Stn 10R: not enlarged, not sampled.\nRadial EBUS to RUL apical segment. 6 forceps bx + brush.\nROSE: squamous\ncell carcinoma.\n', []],
  ['a synoptic field\'s verdict is no work-up step\'s', 'Thyroid, total thyroidectomy:\n  Histologic Type: Papillary thyroid carcinoma, classic type\n  Lymphatic Invasion: Present\n  Margin Status: Negative for invasive carcinoma (closest 0.1 cm, posterior right)\n',
    [['thyroid carcinoma', 'C73', 'present'], ['carcinoma', 'C73', 'negated']]],
];

// A part lettered in parentheses ("(C) L forearm, shave:") is labelled as "C." is, and a shave or punch takes only skin, so the
// part's verdict is a skin one (ANNOTATION.md, same rule; d219 "(C) L forearm, shave: keratoacanthoma-like hyperplasia? -> final:
// inflamed SK. Neg for malignancy."). Table: skin, upper limb / Malignant Primary C44.60- (Tabular C44.609: Unspecified malignant
// neoplasm of skin of left upper limb, including shoulder), not the limb's ill-defined row C76.42.
const skinParts: readonly ReadingCase[] = [
  ['a lettered shave part\'s verdict is at the skin of its surface', 'Path from 11/12 visit:\n(C) L forearm, shave: keratoacanthoma-like hyperplasia? -> final: inflamed SK. Neg for malignancy.\n',
    [['malignancy', 'C44609', 'negated']]],
  ['a shave part\'s verdict after its final reading is at the skin', 'L forearm, shave: inflamed SK. -> final: benign. Neg for malignancy.\n',
    [['malignancy', 'C44609', 'negated']]],
];

describe('narrative reader: pathology blocks round 19', () => {
  describe('a skin sampling\'s lettered part', () => checkReadings(skinParts));
  describe('an on-site reading under an organ label', () => checkReadings(workUpSteps));
  describe('a verdict after a result word\'s label inside the part', () => checkReadings(resultWordLabels));
  describe('a verdict under a label on its own line', () => checkReadings(ownLineLabels));
});
