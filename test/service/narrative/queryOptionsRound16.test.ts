import { type ReadingCase, checkReadings } from './readingCases';

/**
 * Round 16 (tuner B: CDI and coding queries): a diagnosis offered in an unchecked option of a documentation query is a
 * possibility put to the physician, uncertain (ANNOTATION.md: an unanswered query option; Guideline IV.H), with the code
 * its words give; the option the physician checks keeps its own reading. Codes: Tabular C18.2 Malignant neoplasm of
 * ascending colon; C79.31 Secondary malignant neoplasm of brain; Index Neoplasm, colon … C18.9 (no sub-site written).
 */
const QUERY = 'Query:\nBased on the clinical indicators above, please clarify the diagnosis:\n';
const CASES: readonly ReadingCase[] = [
  ['an unchecked "[ ]" option is uncertain', `${QUERY}[ ] Malignant neoplasm of ascending colon, currently under treatment\n[ ] Unable to determine\n`, [
    ['Malignant neoplasm of ascending colon', 'C182', 'uncertain'],
  ]],
  ['an unchecked "( )" option is uncertain', `${QUERY}( ) Secondary malignant neoplasm of brain\n( ) Clinically undetermined\n`, [
    ['Secondary malignant neoplasm of brain', 'C7931', 'uncertain'],
  ]],
  ['a denial of the option line before does not reach the next option', `${QUERY}[ ] Anemia, no current treatment\n[ ] Recurrent colon cancer (please document site)\n`, [
    ['colon cancer', 'C189', 'uncertain'],
  ]],
  ['the checked answer keeps its own reading', `${QUERY}[ ] Other\n\nReply from Dr. S:\n[x] Secondary malignant neoplasm of brain, resected.\n`, [
    ['Secondary malignant neoplasm of brain', 'C7931', 'present'],
  ]],
  ['a box outside a query section is no option', 'Inclusion:\n[ ] Secondary malignant neoplasm of brain\n', [
    ['Secondary malignant neoplasm of brain', 'C7931', 'present'],
  ]],
];

describe('narrative reader round 16: the options of a documentation query', () => checkReadings(CASES));
