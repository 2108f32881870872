import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 26 (tuner eye, ocular oncology, batch d1123–d1142): the eye an examination or an impression names for a tumour word.
 * OD is the right eye, OS the left (eyeSides.ts); a tumour of a proven retinoblastoma's eye is that cancer (Index: Retinoblastoma
 * — see Neoplasm, retina, malignant; table: retina / Malignant Primary C69.2-, Tabular C69.21 right retina, C69.22 left retina).
 */

// d1125 "Cryotherapy x1 to the new peripheral tumor OS (triple freeze-thaw)": the abbreviation right after the tumour word names
// its eye, as "Choroidal melanoma OS" does for a site; the note's retinoblastoma OS makes it that cancer (C69.22).
const sideAfterTumour: readonly ReadingCase[] = [
  ['a tumour word followed by OS is a tumour of the left eye, the proven retinoblastoma\'s',
    'Dx: Unilateral retinoblastoma OS, group D.\nEUA: Cryotherapy x1 to the new peripheral tumor OS (triple freeze-thaw).',
    [['retinoblastoma', 'C6922', 'present'], ['tumor', 'C6922', 'present']]],
];

// d1125 "OD: nl disc, macula; periphery 360 w/ scleral depression - no tumors." and "2. OD - no tumor. High risk of bilateral disease
// given germline variant": the fellow eye examined for the retinoblastoma proven in the left denies it on the right, C69.21 negated
// (ANNOTATION.md, '"New tumor(s)" is coded by what the note establishes a new tumour of that organ to be', d617). An impression item
// writes the eye's label with a dash.
const fellowEye: readonly ReadingCase[] = [
  ['a tumour denied on the fellow eye\'s examination line denies the retinoblastoma there',
    'Dx: Unilateral retinoblastoma OS, group D.\nEUA today:\nOD: nl disc, macula; periphery 360 w/ scleral depression - no tumors.',
    [['retinoblastoma', 'C6922', 'present'], ['tumors', 'C6921', 'negated']]],
  ['an impression item labelled "OD -" is the right eye\'s',
    'Dx: Unilateral retinoblastoma OS, group D.\nImpression:\n1. Retinoblastoma OS, good response to IAC.\n2. OD - no tumor. High risk of bilateral disease given germline variant.',
    [['retinoblastoma', 'C6922', 'present'], ['Retinoblastoma', 'C6922', 'present'], ['tumor', 'C6921', 'negated']]],
];

// Guards: a tumour found (not denied) in the fellow eye is not proven the other eye's cancer (it stays the eye's tumour, table: eye /
// Unspecified Behavior D49.89); the proven eye's own tumours keep their cancer; a dash inside a line labelled by a colon leaves the
// colon's eye.
const guards: readonly ReadingCase[] = [
  ['a tumour found in the fellow eye stays the eye\'s unspecified tumour',
    'Dx: Unilateral retinoblastoma OS, group D.\nEUA today:\nOD: nl disc - one new 1 mm tumor at 3:00.',
    [['retinoblastoma', 'C6922', 'present'], ['tumor', 'D4989', 'present']]],
  ['the proven eye\'s examination line keeps its cancer',
    'Dx: Unilateral retinoblastoma OS, group D.\nEUA today:\nOS: main macular tumor regressed to type III pattern.',
    [['retinoblastoma', 'C6922', 'present'], ['tumor', 'C6922', 'present']]],
];

// d1123 "HPI: … pigmented choroidal lesion OD noted by retina 10/2026. Reports photopsia OD x 2 mo … Referral letter: 'r/o choroidal
// melanoma vs large naevus'": a paragraph naming one eye is about that eye (table: choroid / Malignant Primary C69.31, Benign D31.31;
// ANNOTATION.md, "Side and sub-site documented elsewhere in the note"); d1129 "multifocal amelanotic choroidal lesions OD … DDx:
// amelanotic choroidal melanoma". A paragraph naming both eyes gives no side.
const paragraphEye: readonly ReadingCase[] = [
  ['a melanoma in a paragraph about the right eye is the right choroid\'s',
    'HPI: 58 yo M referred for pigmented choroidal lesion OD noted by retina. Reports photopsia OD x 2 mo. Referral letter: "r/o choroidal melanoma, pls eval".',
    [['choroidal melanoma', 'C6931', 'uncertain']]],
  ['a paragraph naming both eyes gives no side',
    'HPI: photopsia OD x 2 mo, floaters OS. Referral letter: "r/o choroidal melanoma, pls eval".',
    [['choroidal melanoma', 'null', 'uncertain']]],
];

// d1142 "The left eye is normal, with no choroidal naevus or other lesion": the eye its own sentence names is a denied finding's
// written site (ANNOTATION.md round 17, a negated finding naming its own site; Tabular D31.32 Benign neoplasm of left choroid), over
// the right eye of the sentence before. d1123 "Fundus photos + US OS annually for the nevus", with choroid nevi on both sides in the
// note: the bare nevus is the one of the eye its sentence names (D31.32).
const ownSentenceEye: readonly ReadingCase[] = [
  ['a nevus denied in the left eye\'s sentence is the left choroid\'s',
    'Locally the tumour in the right eye is flat. The left eye is normal, with no choroidal naevus or other lesion.',
    [['tumour in the right eye', 'D4989', 'present'], ['choroidal naevus', 'D3132', 'negated']]],
  ['a bare nevus takes the eye its sentence names when nevi of both eyes are written',
    'Referral: "r/o choroidal melanoma vs large naevus OD".\nImpression: Choroidal nevus OS - benign features.\nPlan: Fundus photos + US OS annually for the nevus.',
    [['choroidal melanoma', 'C6931', 'uncertain'], ['naevus', 'D3131', 'uncertain'], ['Choroidal nevus', 'D3132', 'present'], ['nevus', 'D3132', 'present']]],
];

describe('eye sides of tumour words (round 26)', () => {
  describe('an eye abbreviation right after the tumour word', () => checkReadings(sideAfterTumour));
  describe('the fellow eye', () => checkReadings(fellowEye));
  describe('a paragraph about one eye', () => checkReadings(paragraphEye));
  describe('the eye of the mention\'s own sentence', () => checkReadings(ownSentenceEye));
  describe('guards', () => checkReadings(guards));
});
