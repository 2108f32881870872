import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * A relative's possessive written with the typographic apostrophe ("her mother’s colon cancer", as word processors and mail
 * clients write it) names the relative's cancer as the typewriter apostrophe does: the token's norm writes both the same
 * (`charCodes.ts`' `foldedWord`), so the family trigger table's "mother's" reads either. Before, the curly form left the
 * cancer the patient's own (C18.9 present), the opposite of what the note says.
 */
const cases: readonly ReadingCase[] = [
  // Tabular Z80.0 Family history of malignant neoplasm of digestive organs; Guideline I.C.21.c.4 (family history codes).
  ['a mother’s colon cancer with a typographic apostrophe is family history',
    'Her mother\u2019s colon cancer at 60.',
    [['colon cancer', 'Z800', 'family']]],
  // Tabular Z80.3 Family history of malignant neoplasm of breast.
  ['a daughter’s breast cancer with a typographic apostrophe is family history',
    'Discussed her daughter\u2019s breast cancer.',
    [['breast cancer', 'Z803', 'family']]],
  ['guard: the typewriter apostrophe reads as before',
    "Her mother's colon cancer at 60.",
    [['colon cancer', 'Z800', 'family']]],
  // Table of Neoplasms, colon, Malignant Primary C18.9: the patient's own cancer stays the patient's whichever apostrophe.
  ['guard: the patient’s own cancer with a typographic apostrophe stays present',
    'Pt\u2019s colon cancer is stable on FOLFOX.',
    [['colon cancer', 'C189', 'present']]],
];

describe('round 26: a relative\'s possessive through either apostrophe', () => checkReadings(cases));
