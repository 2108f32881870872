import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 26 (tuner eye, ocular oncology, batch d1123–d1142): melanomas of the eye. A melanoma of the eye is coded by the table's
 * primary column of its site (Index: Melanoma, specified site NEC — see Neoplasm, malignant; table: conjunctiva / Malignant Primary
 * C69.0-, choroid C69.3-), so its history is the eye's (Tabular Z85.840 Personal history of malignant neoplasm of eye), and a
 * relative's melanoma of skin documents nothing of the patient's.
 */

// d1127 "Conjunctiva, left superior fornix, map bx", "Residual PAM superior fornix … lower risk of recurrent melanoma": the
// conjunctiva's fornices (no table row of their own; the table's "fornix" rows are the pharynx's and the vagina's) are the
// conjunctiva, and "Sister - melanoma of back" is no second site of the patient's melanoma, so the bare melanoma restates the
// conjunctival one (C69.02).
const conjunctivalMelanoma: readonly ReadingCase[] = [
  ['a relative\'s melanoma of the back leaves the patient\'s melanoma its conjunctiva',
    'Assessment: Conjunctival melanoma OS, bulbar, 1.6 mm, on topical MMC. Residual PAM superior fornix.\nPath: melanoma, 1.6 mm thick.\nFHx: Sister - melanoma of back at 55.',
    [['Conjunctival melanoma', 'C6902', 'present'], ['melanoma', 'C6902', 'present'], ['melanoma of back', 'Z808', 'family']]],
  ['a melanoma of the superior fornix is the conjunctiva\'s',
    'Exam OS: pigmented melanoma of the superior fornix.',
    [['melanoma of the superior fornix', 'C6902', 'present']]],
];

// A choroidal or conjunctival melanoma treated in the past with no disease since is a personal history of a malignant neoplasm of
// the eye (Z85.840), not of a melanoma of skin (Z85.820); a skin melanoma keeps Z85.820 (guard).
const eyeHistory: readonly ReadingCase[] = [
  ['a past choroidal melanoma is a history of a neoplasm of the eye',
    'PMH: choroidal melanoma OD s/p enucleation 2010, no recurrence since.', [['choroidal melanoma', 'Z85840', 'history']]],
  ['a past melanoma of the calf stays a history of a melanoma of skin',
    'PMH: melanoma of the L calf excised 2015, no recurrence since.', [['melanoma of the L calf', 'Z85820', 'history']]],
];

describe('melanomas of the eye (round 26)', () => {
  describe('the conjunctival melanoma restated', () => checkReadings(conjunctivalMelanoma));
  describe('a history of a melanoma of the eye', () => checkReadings(eyeHistory));
});
