import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B2: documents that are not visit notes — prior authorisations, CDI queries, trial checklists). A code
 * title copied into a request names the node region in the Tabular's own words: Tabular C77.3 Secondary and unspecified
 * malignant neoplasm of axilla and upper limb lymph nodes; C77.4 Secondary and unspecified malignant neoplasm of inguinal
 * and lower limb lymph nodes (ICD-10-CM 2026 code titles), not a secondary neoplasm of the axilla's soft tissue (C79.89).
 */
const CHECKLIST = 'Inclusion:\n[x] ECOG 0-1\n[x] Adequate organ function\n\nExclusion:\n';
const CASES: readonly ReadingCase[] = [
  ['the C77.3 title is the axillary nodes', 'Diagnoses:\n2. C77.3   Secondary malignant neoplasm of axilla and upper limb lymph nodes\n', [
    ['Secondary malignant neoplasm of axilla and upper limb lymph nodes', 'C773', 'present'],
  ]],
  ['the C77.4 title is the inguinal nodes', 'Diagnoses:\nSecondary malignant neoplasm of inguinal and lower limb lymph nodes\n', [
    ['Secondary malignant neoplasm of inguinal and lower limb lymph nodes', 'C774', 'present'],
  ]],
  // ANNOTATION.md (a clinical-trial eligibility criterion answered for the patient): an unanswered "[ ]" in a list whose met
  // items are marked "[x]" counts as "[N]"; the diagnosis it denies is negated (Tabular C79.9 Secondary malignant neoplasm of
  // unspecified site; C79.31 Secondary malignant neoplasm of brain), a prior malignancy the Z85.9 denied.
  ['an unchecked exclusion of a checked checklist is denied', `${CHECKLIST}[ ] Distant metastatic disease -- staging PET neg\n[ ] Prior anti-PD-1 therapy\n`, [
    ['Distant metastatic disease', 'C799', 'negated'],
  ]],
  ['an unchecked brain metastases line is denied', `${CHECKLIST}[ ] Prior malignancy within 3 yrs\n[ ] Known brain metastases\n`, [
    ['malignancy', 'Z859', 'negated'],
    ['brain metastases', 'C7931', 'negated'],
  ]],
  ['an unchecked box of a list with no checked line answers nothing', 'Exclusion:\n[ ] Distant metastatic disease\n[ ] Prior anti-PD-1 therapy\n', [
    ['Distant metastatic disease', 'C799', 'present'],
  ]],
  // A site after "of" that ends in a comma is the item before's: Tabular D06.9 Carcinoma in situ of cervix, unspecified
  // (table: cervix / Ca in situ), C18.9 Malignant neoplasm of colon, unspecified — not D04.9 skin in situ from the item before.
  ['the next item does not take the site of the item before', 'Hx: melanoma of skin, carcinoma in situ of cervix 2010.\n', [
    ['melanoma of skin', 'C439', 'present'],
    ['carcinoma in situ of cervix', 'D069', 'present'],
  ]],
  ['a listed exception keeps its own site', 'Exceptions: SCC of skin, adenocarcinoma of colon\n', [
    ['SCC of skin', 'C4492', 'present'],
    ['adenocarcinoma of colon', 'C189', 'present'],
  ]],
  // A query's options name the brain lesion the record describes by its one lobe (table: brain, frontal lobe / Malignant
  // Primary C71.1, Benign D33.0 Benign neoplasm of brain, supratentorial); an empty "( )" box details no site, so the
  // option after it does not take the site of the line before.
  ['a brain neoplasm option takes the lesion\'s lobe', 'MRI: L frontal mass.\nQuery:\n( ) Secondary malignant neoplasm of brain\n( ) Primary malignant neoplasm of brain\n( ) Benign neoplasm of brain\n( ) Other\n', [
    ['Secondary malignant neoplasm of brain', 'C7931', 'uncertain'],
    ['malignant neoplasm of brain', 'C711', 'uncertain'],
    ['Benign neoplasm of brain', 'D330', 'uncertain'],
  ]],
];

describe('narrative reader round 16: documents that are not visit notes', () => checkReadings(CASES));
