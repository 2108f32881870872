import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B2: documents that are not visit notes — prior authorisations, CDI queries, trial checklists). A code
 * title copied into a request names the node region in the Tabular's own words: Tabular C77.3 Secondary and unspecified
 * malignant neoplasm of axilla and upper limb lymph nodes; C77.4 Secondary and unspecified malignant neoplasm of inguinal
 * and lower limb lymph nodes (ICD-10-CM 2026 code titles), not a secondary neoplasm of the axilla's soft tissue (C79.89).
 */
const CASES: readonly ReadingCase[] = [
  ['the C77.3 title is the axillary nodes', 'Diagnoses:\n2. C77.3   Secondary malignant neoplasm of axilla and upper limb lymph nodes\n', [
    ['Secondary malignant neoplasm of axilla and upper limb lymph nodes', 'C773', 'present'],
  ]],
  ['the C77.4 title is the inguinal nodes', 'Diagnoses:\nSecondary malignant neoplasm of inguinal and lower limb lymph nodes\n', [
    ['Secondary malignant neoplasm of inguinal and lower limb lymph nodes', 'C774', 'present'],
  ]],
];

describe('narrative reader round 16: documents that are not visit notes', () => checkReadings(CASES));
