import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 23 (issue 12), tuner I: the leftovers of the round's denied, family and specialty readings. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// ANNOTATION.md, the margin rule: a margin statement that names the neoplasm is the specimen's tumour at the margin, at the
// specimen's site, negated when the margin is negative. A skin excision's melanoma is written with its site once (the part's
// label or the synoptic "Tumor Site:"); its margin line then names "invasive melanoma and melanoma in situ" with no site.
// Index: Melanoma, skin, trunk C43.59 (Tabular C43.59 Malignant melanoma of other part of trunk); Melanoma, in situ, trunk D03.59
// (Tabular D03.59 Melanoma in situ of other part of trunk). Dev notes: d358 (synoptic "Margins: Negative for invasive melanoma and
// melanoma in situ"), d750 ("Peripheral margins negative for invasive melanoma and melanoma in situ").
const melanomaMargins: readonly ReadingCase[] = [
  ['a synoptic melanoma margin field is the upper back melanoma denied at the margin, C43.59 and D03.59',
    'SYNOPTIC REPORT (Melanoma of the Skin, Excision)\nProcedure: Wide excision\nSpecimen Laterality: Left\nTumor Site: Upper back\n'
    + 'Histologic Type: Superficial spreading melanoma\nMargins: Negative for invasive melanoma and melanoma in situ\n',
    [['Superficial spreading melanoma', 'C4359', 'present'], ['invasive melanoma', 'C4359', 'negated'], ['melanoma in situ', 'D0359', 'negated']]],
  ['a margin item under a skin label is the labelled melanoma denied at the margin, C43.59 and D03.59',
    'FINAL DIAGNOSIS:\nA. Skin, left upper back, WLE:\n   - Residual invasive melanoma, 0.4 mm, within biopsy scar.\n'
    + '   - Margins negative for invasive melanoma and melanoma in situ.\n',
    [['invasive melanoma', 'C4359', 'present'], ['invasive melanoma', 'C4359', 'negated'], ['melanoma in situ', 'D0359', 'negated']]],
  // A relative's melanoma is no specimen's: a margin item with no melanoma placed before it still reports nothing.
  ['a margin item with no melanoma before it reports nothing', 'FINAL DIAGNOSIS:\n   - Margins negative for melanoma in situ.\n', []],
];

describe('narrative reader, round 23 leftovers (tuner I)', () => {
  describe('a skin excision\'s margin line names the specimen\'s melanoma', () => checkReadings(melanomaMargins));
});
