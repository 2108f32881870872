import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner C): a "mole" in the patient's own words is no mention, an examiner's "mole" is a nevus (ANNOTATION.md,
 * round 24's decision C: the patient's "changing mole", "mole on back getting darker" and quoted "a mole removed" are the lay name
 * of the spot the visit examines, whose nature the examination decides; the examiner's charted "L upper arm: mole" is the printed
 * Index's Mole (pigmented) - see Nevus, Tabular D22.6- Melanocytic nevi of upper limb, D22.5 of trunk). A capitalised "MOLES" in
 * parentheses is a scoring mnemonic's name, no spot at all.
 */
const layMoles: readonly ReadingCase[] = [
  // d1048: the patient's quoted words are the reason for the skin check.
  ['a mole in the patient\'s quoted words is no nevus',
    'CC: 6-mo skin check. Pt noted "mole on back getting darker."',
    []],
  // d249: the changing mole the patient noticed proved a melanoma; the melanoma keeps its own entry.
  ['a changing mole the patient noticed is no nevus',
    'HPI:\n48 y/o woman noted a changing mole on L posterior calf x 6 mo. Shave bx 09/28/2026: invasive melanoma, superficial spreading type.',
    [['invasive melanoma', 'C439', 'present']]],
  // d576: "a mole removed" quoted from an unsure patient.
  ['a quoted mole removed years ago is no nevus history',
    'PMH: HTN, obesity, hx melanoma? - pt unsure, "a mole removed from back" 2010, no records.',
    [['melanoma', 'C439', 'uncertain']]],
  // d957: the TFSOM-UHHD mnemonic.
  ['a mnemonic written MOLES names no nevi',
    'Imaging:\nFAF OS: hyperautofluorescent orange pigment\nTFSOM-UHHD (MOLES): T+ F+ S0 O+ M+ UH+ H- D- -> 5 factors',
    []],
];

/**
 * Guards: the examiner's charted mole is a nevus by its site (d211), and so is a measured one on exam or a changing one the
 * examiner charts with no word of the patient's report (vocabularyRound4's "Changing mole L forearm").
 */
const examinedMoles: readonly ReadingCase[] = [
  ['a changing mole the examiner charts stays a nevus of its site',
    'Exam: Changing mole L forearm, 6 mm.',
    [['mole L forearm', 'D2262', 'present']]],
  ['an examiner\'s charted mole stays a nevus of its site',
    'Skin:\n- L upper arm: mole, pt states unchanged for years',
    [['mole', 'D2262', 'present']]],
  ['a measured mole on exam stays a nevus of its site',
    'Exam: 4 mm mole on R forearm, regular borders.',
    [['mole on R forearm', 'D2261', 'present']]],
];

describe('narrative reader: a patient\'s mole and an examiner\'s (round 25)', () => {
  describe('the patient\'s lay word', () => checkReadings(layMoles));
  describe('the examiner\'s nevus', () => checkReadings(examinedMoles));
});
