import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 25 (issue 12, tuner C): a disease named as the subject of an epidemiological fact ("Epidemiology of NHL …", "the 2nd leading
 * cause of lung cancer"), of an exposure's association or signal ("association of glyphosate with NHL", "signals for NHL
 * subtypes"), of a screening test offered to anyone ("no screening test for leukemia is recommended for her"), or of evidence
 * gathered in transplant patients ("regression data in transplant KS") is a statement about the disease in general: no mention
 * (ANNOTATION.md, round 14: "A statement about a disease in general is not a mention … its biology, epidemiology or usual
 * treatment response"; round 23: "A statement about a class of patients is no mention of the class's disease"). The patient's
 * own disease keeps its entries: follicular lymphoma, Index: Lymphoma, follicular C82.9-, Tabular C82.90 Follicular lymphoma,
 * unspecified, unspecified site; lung, upper lobe C34.1-, Tabular C34.12 Malignant neoplasm of upper lobe, left bronchus or lung.
 */
const epidemiology: readonly ReadingCase[] = [
  // d1038: an environmental consult's discussion of the pesticide literature.
  ['the epidemiology, an exposure\'s association and signals name NHL in general',
    'Assessment: Follicular lymphoma, grade 1-2, watch and wait.\nDiscussion:\nEpidemiology of NHL and pesticides is mixed: the Agricultural Health Study found no overall association of glyphosate\nwith NHL, while some meta-analyses report a modest excess; lindane and 2,4-D have somewhat\nstronger signals for NHL subtypes.',
    [['Follicular lymphoma', 'C8290', 'present']]],
  // d1032: a radon referral's counselling.
  ['the leading cause of lung cancer names lung cancer in general',
    'Clinical summary: 58F never smoker, dx 08/2026 adenocarcinoma of the LUL, s/p lobectomy.\nRequest: Household counseling: radon is the 2nd leading cause of lung cancer overall.',
    [['adenocarcinoma of the LUL', 'C3412', 'present']]],
  // d1030: a relative's exposure counselling.
  ['a screening test for leukemia offered to anyone names no leukemia',
    'A: AML, in CR1.\nP: Daughter works at the same refinery: counseled on exposure reduction; no screening test for leukemia is recommended for her.',
    [['AML', 'C9201', 'present']]],
  // d1010: a transplant note's evidence for an mTOR switch.
  ['evidence gathered in transplant KS names KS in general',
    'Assessment:\n1. Iatrogenic Kaposi sarcoma, cutaneous, lower extremities.\nPlan:\n- Convert MMF -> sirolimus; mTOR switch has regression data in transplant KS.',
    [['Kaposi sarcoma, cutaneous', 'C460', 'present']]],
];

/** Guards: the patient's own disease after the same words stays, and so does a risk the note names for this patient. */
const ownDisease: readonly ReadingCase[] = [
  ['an owning word keeps the disease the patient\'s own',
    'Assessment: the association of his lymphoma with pesticide work is plausible.',
    [['lymphoma', 'C8590', 'present']]],
  ['a screening test done for the patient is no general statement',
    'Plan: mammogram ordered as screening for breast cancer.',
    [['breast cancer', 'null', 'hypothetical']]],
];

describe('narrative reader: a disease in an epidemiological statement (round 25)', () => {
  describe('the disease in general', () => checkReadings(epidemiology));
  describe('the patient\'s own disease', () => checkReadings(ownDisease));
});
