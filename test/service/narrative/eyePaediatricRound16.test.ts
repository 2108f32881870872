import { checkReadings } from './readingCases';

/**
 * Eye and paediatric tumours, round 16 (tuner A2, issue 12): an eye examination's "OD:"/"OS:" lines, the retina's adjective and
 * the marrow's result written right after "BM". Codes are checked against the FY2026 code file titles (C69.21 Malignant neoplasm
 * of right retina, C69.22 … left retina, C69.32 … left choroid, D49.81 Neoplasm of unspecified behavior of retina and choroid,
 * C79.52 Secondary malignant neoplasm of bone marrow, C74.92 … unspecified part of left adrenal gland). Each case read differently
 * before this round unless its title opens with "guard".
 */

describe('narrative paediatric round 16: "BM negative for" is the marrow read', () => {
  checkReadings([
    // Table: bone, marrow / Malignant Secondary C79.52: a neuroblastoma's marrow is its spread, denied here.
    ['"BM negative for neuroblastoma"', 'Neuroblastoma of the L adrenal. BM negative for neuroblastoma.', [
      ['Neuroblastoma of the L adrenal', 'C7492', 'present'], ['neuroblastoma', 'C7952', 'negated'],
    ]],
  ]);
});
