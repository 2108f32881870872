import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Specialty clinics round 21 (issue 12): organ-specialty clinic notes (dermatology, GI, pulmonary, urology, gynaecology,
 * endocrinology, neurotology; dev d883–d902), read as a coder reads them. Codes checked against the FY2027 code titles
 * (/work/shared/codesets/icd10cm-2027): D33.3 Benign neoplasm of cranial nerves; D25.9 Leiomyoma of uterus, unspecified;
 * D12.6 Benign neoplasm of colon, unspecified.
 */

// ANNOTATION.md round 18, "A code line's title in a coding abstract or summary is a mention coded as the code on its line":
// the EHR's diagnosis line writes the code and its Tabular title ("D33.3 Benign neoplasm of cranial nerves", d902; "D25.9
// Leiomyoma of uterus, unspecified" after a note documenting a submucosal fibroid, d898), so the title is that code. Only a
// code of the title's own category refines it; a code of another category (K63.5 Polyp of colon) leaves the words' code.
const writtenCodeTitles: readonly ReadingCase[] = [
  ['a title after its code takes the code the line writes (d902)', 'Dx: H90.42 SNHL, L; D33.3 Benign neoplasm of cranial nerves',
    [['Benign neoplasm of cranial', 'D333', 'present']]],
  ['a fibroid title after D25.9 is not the layer documented elsewhere (d898)',
    'US: 2.2 cm submucosal fibroid.\n\nD25.9 Leiomyoma of uterus, unspecified | N92.0',
    [['submucosal fibroid', 'D250', 'present'], ['Leiomyoma of uterus', 'D259', 'present']]],
  ['a code of another category leaves the words\' code', 'Problem: K63.5 tubular adenoma of colon',
    [['tubular adenoma of colon', 'D126', 'present']]],
];

describe('specialty clinic notes, round 21', () => {
  describe('a title written after its code on a diagnosis line', () => checkReadings(writtenCodeTitles));
});
