import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Round 24 (issue 12, tuner OB): occupational and environmental exposure medicine and compensation notes (VA C&P DBQs and
 * medical opinions, IMEs, WTC Health Program, firefighter presumption, RECA / EEOICPA). Codes checked against the FY2027
 * tabular and index and the Table of Neoplasms (FY2025) in /work/shared/codesets.
 */

// A medical-legal opinion's standard of proof ("at least as likely as not", "as likely as not", "more likely than not") weighs
// whether an exposure caused the disease, not whether the disease is there: the diagnosis keeps the note's assertion (d1027
// "It is at least as likely as not (50% or greater probability) that the Veteran's L temporal glioblastoma was incurred in or
// caused by in-service burn pit exposure", gold present; d1041 "it is as likely as not that occupational benzene contributed to
// his MDS", gold present). Table: brain NEC, temporal lobe / Malignant Primary C71.2; Index: Syndrome, myelodysplastic D46.9;
// table: bladder / Malignant Primary C67.9. Guards: a plain "not" and a hedge of the diagnosis still read as before.
const causationStandards: readonly ReadingCase[] = [
  ['an opinion "at least as likely as not" leaves the glioblastoma it is about present',
    "Opinion: It is at least as likely as not (50% or greater probability) that the Veteran's L temporal glioblastoma was incurred in or caused by in-service burn pit exposure.",
    [['temporal glioblastoma', 'C712', 'present']]],
  ['"as likely as not that benzene contributed to his MDS" denies no MDS',
    'Opinion on causation: Within reasonable medical certainty it is as likely as not that occupational benzene contributed to his MDS.',
    [['MDS', 'D469', 'present']]],
  ['"more likely than not" caused leaves the bladder cancer present',
    'Causation: It is more likely than not that his bladder cancer was caused by aromatic amine exposure at the plant.',
    [['bladder cancer', 'C679', 'present']]],
  ['guard: a denial of the diagnosis still denies it',
    'Opinion: Bladder cancer was not found on cystoscopy; it is at least as likely as not that his hematuria is due to BPH.',
    [['Bladder cancer', 'C679', 'negated']]],
  ['guard: a hedge of the diagnosis still hedges it',
    'Impression: RUL mass, likely lung cancer.',
    [['lung cancer', 'C3411', 'uncertain']]],
];

// A claim review answers the programme's other presumptive conditions for the claimant: "not diagnosed" closing the list denies
// each item (d1026 "Other presumptives reviewed: CLL, multiple myeloma and bladder cancer not diagnosed", gold negated ×3). Index:
// Leukemia, lymphocytic, chronic, B-cell type C91.1- (Tabular C91.10); Tabular C90.00 Multiple myeloma not having achieved
// remission; table: bladder / Malignant Primary C67.9.
const notDiagnosed: readonly ReadingCase[] = [
  ['"not diagnosed" closing a list of other presumptive conditions denies every item',
    'Other presumptives reviewed: CLL, multiple myeloma and bladder cancer not diagnosed.',
    [['CLL', 'C9110', 'negated'], ['multiple myeloma', 'C9000', 'negated'], ['bladder cancer', 'C679', 'negated']]],
];

// A presumption is law, not a diagnosis: a disease said to be a presumptive condition, and the statute's list quoted in a
// parenthesis after its name, diagnose no one (ANNOTATION.md: a statement about a disease in general is not a mention). d1026
// "Prostate cancer is a presumptive condition for herbicide-exposed Veterans (38 CFR 3.309(e))", d1040 "Kidney cancer and
// non-Hodgkin lymphoma are presumptive conditions for Camp Lejeune service", d1027 "Glioblastoma is a presumptive malignancy
// under the PACT Act", d1028 "among the presumptive cancers enumerated in statute (testicular, mesothelioma, …)": none is in the
// gold. Guards: the claimant's own cancer ("The Veteran's prostate cancer", table: prostate / Malignant Primary C61) and a
// parenthesis after no statute's words stay mentions.
const presumptiveConditions: readonly ReadingCase[] = [
  ['a cancer said to be a presumptive condition is no mention; the claimant\'s own, next, stays',
    "REMARKS: Prostate cancer is a presumptive condition for herbicide-exposed Veterans (38 CFR 3.309(e)). The Veteran's prostate cancer is on ADT.",
    [['prostate cancer', 'C61', 'present']]],
  ['two cancers joined before "are presumptive conditions" are no mentions',
    'Kidney cancer and non-Hodgkin lymphoma are presumptive conditions for Camp Lejeune service (38 CFR 3.307(a)(7)).',
    []],
  ['a statute\'s list of presumptive cancers in a parenthesis names no diagnosis',
    'Is the diagnosed cancer among the presumptive cancers enumerated in statute (testicular, mesothelioma, non-Hodgkin lymphoma, multiple myeloma, kidney, melanoma, leukemia, breast ...)?  [X] YES',
    []],
  ['"is a presumptive malignancy" names the regulation\'s class, not a second cancer',
    'Opinion: Glioblastoma is a presumptive malignancy under the PACT Act (38 CFR 3.320).',
    []],
  ['guard: the claimant\'s own cancer called presumptive stays his',
    "Assessment: The Veteran's prostate cancer is a presumptive condition; he remains on ADT.",
    [['prostate cancer', 'C61', 'present']]],
  ['guard: a history list in parentheses after no statute stays',
    'PMH: melanoma (excised 2019), colon cancer (s/p colectomy 2020).',
    [['melanoma', 'Z85820', 'history'], ['colon cancer', 'Z85038', 'history']]],
];

// A claim form's pre-printed title names the form every claimant files, not his diagnosis (ANNOTATION.md round 24 (H): d1026
// "PROSTATE CANCER DISABILITY BENEFITS QUESTIONNAIRE", no gold entry); the diagnosis below it stays (table: prostate / Malignant
// Primary C61). Guard: a title the document gives this patient's cancer (round 16's survivorship care plan) stays a mention.
const formTitles: readonly ReadingCase[] = [
  ['a DBQ\'s title naming a cancer is no mention',
    'PROSTATE CANCER DISABILITY BENEFITS QUESTIONNAIRE\nDiagnosis: Adenocarcinoma of prostate',
    [['Adenocarcinoma of prostate', 'C61', 'present']]],
  ['guard: a survivorship plan\'s title names the patient\'s cancer',
    'PROSTATE CANCER SURVIVORSHIP CARE PLAN\nDx: prostate cancer',
    [['PROSTATE CANCER', 'C61', 'present'], ['prostate cancer', 'C61', 'present']]],
];

// A treatment denied to be going on is no active cue, so the completed course decides (Guideline I.C.2.d; Tabular Z85.46 Personal
// history of malignant neoplasm of prostate; d1036 "Prostate cancer 2014 treated with brachytherapy, PSA stable <0.2, no active
// treatment", gold Z85.46 history). Guard: a treatment given now keeps the cancer current (assertionRound6's problem-list case).
const finishedTreatment: readonly ReadingCase[] = [
  ['"no active treatment" after a completed course leaves the cancer a history',
    'PMH: silicosis. Prostate cancer 2014 treated with brachytherapy, PSA stable <0.2, no active treatment. HTN.',
    [['Prostate cancer', 'Z8546', 'history']]],
  ['guard: a cancer on active treatment stays present',
    'PMH: Prostate cancer 2014 treated with brachytherapy, now on active treatment with leuprolide.',
    [['Prostate cancer', 'C61', 'present']]],
];

describe('narrative reader: exposure medicine round 24', () => {
  describe('a finished treatment as claim forms write it', () => checkReadings(finishedTreatment));
  describe('a claim form\'s title names no diagnosis', () => checkReadings(formTitles));
  describe('a causation standard is no hedge or denial of the diagnosis', () => checkReadings(causationStandards));
  describe('"not diagnosed" closing a reviewed list', () => checkReadings(notDiagnosed));
  describe('a presumption names no diagnosis', () => checkReadings(presumptiveConditions));
});
