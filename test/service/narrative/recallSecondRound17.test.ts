import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Recall round 17, second pass (issue 12): diagnoses the notes document that the reader missed. Expected mentions follow
 * test/narrative/corpus/ANNOTATION.md; codes checked against the FY2027 code titles (../shared/codesets/icd10cm-2027) and the
 * Table of Neoplasms.
 */

// ANNOTATION.md (second consistency pass, round 15), "An organ-named primary set off by a comma after its histology is its own
// mention" ("High-risk neuroblastoma, L adrenal primary"): the histology keeps its own entry and the primary is a second one, as a
// parenthesised primary already is, also when the histology implies the same organ. Index: Neuroblastoma — see Neoplasm,
// malignant, by site; table: adrenal / Malignant Primary, left C74.92 (Malignant neoplasm of unspecified part of left adrenal
// gland); Wilms tumour: kidney C64.2 (Malignant neoplasm of left kidney, except renal pelvis); lung, upper lobe C34.11. Dev notes
// d234, d620.
const commaSetPrimaries: readonly ReadingCase[] = [
  ['a neuroblastoma and its comma-set adrenal primary', 'Dx: High-risk neuroblastoma, L adrenal primary, INRG stage M.',
    [['neuroblastoma', 'C7492', 'present'], ['L adrenal primary', 'C7492', 'present']]],
  ['a Wilms tumour and its comma-set kidney primary', 'Dx: Wilms tumor, L kidney primary.', [['Wilms tumor', 'C642', 'present'], ['L kidney primary', 'C642', 'present']]],
  ['a bare primary written alone stays one mention', 'RUL primary measures 3.2 cm.', [['RUL primary', 'C3411', 'present']]],
];

describe('narrative reader: recall round 17, second pass', () => {
  describe('a comma-set organ primary', () => checkReadings(commaSetPrimaries));
});
