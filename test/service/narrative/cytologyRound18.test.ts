import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Cytology round 18 (issue 12): a cytology reporting system's category is a mention when its words name malignancy
 * (ANNOTATION.md, round 18 decisions, "A cytology reporting system's category …"). Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// The Bethesda system for thyroid cytopathology, category VI "Malignant", with its number in brackets or its name in brackets
// (d288 "MALIGNANT (BETHESDA VI)", d132 "Bethesda category VI (malignant)"): table: thyroid (gland) / Malignant Primary C73
// (Tabular C73 Malignant neoplasm of thyroid gland), present. A number labelling the word and going on into the diagnosis (d549
// "Bethesda VI - malignant, c/w papillary thyroid carcinoma") heads that diagnosis, the one entry; the number alone names nothing.
const thyroidBethesda: readonly ReadingCase[] = [
  ['"MALIGNANT (BETHESDA VI)" is the thyroid primary', 'A. THYROID, RIGHT MID NODULE, FNA:\n   - MALIGNANT (BETHESDA VI).\n   - PAPILLARY THYROID CARCINOMA.',
    [['MALIGNANT (BETHESDA VI)', 'C73', 'present'], ['THYROID CARCINOMA', 'C73', 'present']]],
  ['"Bethesda category VI (malignant)" is the thyroid primary', 'A. Thyroid, right mid pole nodule (25G x 4): Bethesda category VI (malignant). Papillary thyroid carcinoma.',
    [['Bethesda category VI (malignant)', 'C73', 'present'], ['thyroid carcinoma', 'C73', 'present']]],
  ['a category going on into its diagnosis is that diagnosis', 'A. Thyroid nodule, FNA: MALIGNANT (BETHESDA VI), papillary thyroid carcinoma.',
    [['thyroid carcinoma', 'C73', 'present']]],
  ['"Bethesda VI" alone is no mention', 'FNA 10/2026: Bethesda VI.', []],
];

// The International System for Reporting Serous Fluid Cytopathology: "MALIGNANT (MAL), secondary" of a pleural fluid is the
// pleura's metastasis, as round 15 reads a cavity's fluid (d753): table: pleura / Malignant Secondary C78.2 (Tabular C78.2
// Secondary malignant neoplasm of pleura); of ascites the peritoneum's (table: peritoneum / Malignant Secondary C78.6).
const serousFluid: readonly ReadingCase[] = [
  ['a pleural fluid\'s "MALIGNANT (MAL), secondary" is the pleura\'s metastasis',
    'A. PLEURAL FLUID, RIGHT, THORACENTESIS:\n   Diagnostic category (International System for Serous Fluid Cytopathology): MALIGNANT (MAL),\n   secondary.',
    [['MALIGNANT (MAL),\n   secondary', 'C782', 'present']]],
  ['a paracentesis fluid\'s "Malignant (MAL), secondary" is the peritoneum\'s metastasis',
    'Paracentesis fluid, cytology: Malignant (MAL), secondary.', [['Malignant (MAL), secondary', 'C786', 'present']]],
];

// The Bethesda system for cervical cytology's negative category in words (d754 "Pap (G23-04411): Negative for intraepithelial
// lesion or malignancy (NILM)"): the Pap's cervix, table: cervix uteri / Malignant Primary C53.9 (Tabular C53.9 Malignant
// neoplasm of cervix uteri, unspecified), negated; a site written with it comes first (a vaginal cuff Pap after hysterectomy:
// table: vagina / Malignant Primary C52); the abbreviation "NILM" alone is no entry (d168).
const papNegative: readonly ReadingCase[] = [
  ['a Pap\'s written-out NILM is the cervix denied', '  03/2023    Pap (G23-04411): Negative for intraepithelial lesion or malignancy (NILM).',
    [['intraepithelial lesion or malignancy', 'C539', 'negated']]],
  ['a vaginal cuff Pap\'s NILM is the vagina denied', 'Vaginal cuff Pap: negative for intraepithelial lesion or malignancy.',
    [['intraepithelial lesion or malignancy', 'C52', 'negated']]],
  ['"NILM" alone is no mention', 'Pap 2024: NILM, HPV negative.', []],
];

describe('narrative reader: cytology round 18', () => {
  describe('a Pap negative for intraepithelial lesion or malignancy', () => checkReadings(papNegative));
  describe('thyroid Bethesda category VI', () => checkReadings(thyroidBethesda));
  describe('serous fluid category MAL', () => checkReadings(serousFluid));
});
