import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Tuner C2, round 18 (issue 12): a part's label names the organ of the list below it also across a site-less field line between
 * them (labelBlock.ts). ANNOTATION.md, "Side and sub-site documented elsewhere in the note" and the specimen-label reading of
 * pathology reports: d753's "A. PLEURAL FLUID, RIGHT, THORACENTESIS:\n Diagnostic category (…): MALIGNANT (MAL), secondary.\n -
 * METASTATIC ADENOCARCINOMA" is a carcinoma found in the pleural fluid, a metastasis to the pleura (Table of Neoplasms: pleura,
 * pleural → Malignant Secondary C78.2); d656's "- Deep margin: involved by invasive melanoma" after the item "- Peripheral margin:
 * involved by melanoma in situ component" below "A. Skin, left upper back, shave biopsy:" (Table: skin, back → melanoma C43.59
 * Malignant melanoma of other part of trunk), and d747's dotted "Histologic Type ......... Endometrioid carcinoma, NOS" (C54.1). A field line that names a site of
 * its own ("Lymph node: enlarged") still ends the label's reach, and the melanoma keeps the site-less C43.9.
 */
const fieldsBetween: readonly ReadingCase[] = [
  ['a cytology category line between a fluid label and its list keeps the fluid',
    'DIAGNOSIS:\nA. PLEURAL FLUID, RIGHT, THORACENTESIS:\n   Diagnostic category (International System for Serous Fluid Cytopathology): MALIGNANT (MAL),\n'
    + '   secondary.\n   - METASTATIC ADENOCARCINOMA.',
    // The category line names malignancy of the fluid's lining itself (ANNOTATION.md, round 18 decisions: cytology category lines).
    [['MALIGNANT (MAL),\n   secondary', 'C782', 'present'], ['METASTATIC ADENOCARCINOMA', 'C782', 'present']]],
  ['a margin field between a skin label and its list keeps the skin site',
    'B. Skin, left upper back, wide excision:\n   Margin status: all margins clear.\n   - Residual invasive melanoma, 0.4 mm.',
    [['invasive melanoma', 'C4359', 'present']]],
  ['a field that names a site of its own ends the label\'s reach',
    'B. Skin, left upper back, wide excision:\n   Lymph node: enlarged.\n   - Residual invasive melanoma, 0.4 mm.',
    [['invasive melanoma', 'C439', 'present']]],
];

describe('narrative round 18: part labels across a field line', () => {
  checkReadings(fieldsBetween);
});
