import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Specialties round 23 (issue 12, tuner D): notes from specialties outside oncology that mention a patient's cancer in passing
 * (d943–d962). Codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A tumour's receptor or marker status is a property of its cells, not a denial (ANNOTATION.md, negated: a finding ruled out or
// absent; a "negative" that qualifies the tumour denies nothing): d956 "R breast cancer, triple negative, T2N1, … NED on all
// follow-up" is Z85.3 history (Tabular Z85.3 Personal history of malignant neoplasm of breast), not a denied C50.911. A result
// "negative for X" still denies X.
const markerStatus: readonly ReadingCase[] = [
  ['a triple-negative breast cancer written with its status after it is not denied',
    'PMH: R breast cancer, triple negative, T2N1, dx 07/2022, s/p mastectomy and RT. NED on all follow-up.',
    [['R breast cancer', 'Z853', 'history']]],
  ['receptor statuses after a breast cancer deny nothing',
    'PMH: R breast cancer, ER/PR negative, HER2 neg, s/p lumpectomy 2015, NED.',
    [['R breast cancer', 'Z853', 'history']]],
  ['a p16 status after an oropharyngeal carcinoma denies nothing',
    'Assessment: SCC of the right tonsil, p16 negative, cT2N1M0.',
    [['SCC of the right tonsil', 'C099', 'present']]],
  ['a study negative for a cancer still denies it',
    'CT C/A/P: negative for metastatic disease.',
    [['metastatic disease', 'C799', 'negated']]],
];

// Index: Pheochromocytoma — specified site, see Neoplasm, benign, by site — unspecified site D35.00 (ANNOTATION.md, "A
// pheochromocytoma whose words name no site is D35.00"; Tabular D35.00 Benign neoplasm of unspecified adrenal gland): d951
// "Pheochromocytoma excluded biochemically", "(after pheo excluded - done)"; also d436, d517, d781, d901, d940. A side the words
// name keeps the Table's adrenal cell (D35.01 Benign neoplasm of right adrenal gland).
const sidelessPheochromocytoma: readonly ReadingCase[] = [
  ['a pheochromocytoma excluded with no side is D35.00',
    'Impression: Pheochromocytoma excluded biochemically.',
    [['Pheochromocytoma', 'D3500', 'negated']]],
  ['a "pheo" excluded in a plan is D35.00',
    'Plan: lap L adrenalectomy (after pheo excluded - done).',
    [['pheo', 'D3500', 'negated']]],
  ['a pheochromocytoma with its side keeps the side',
    'Impression: R adrenal pheochromocytoma. Plan: alpha blockade, then lap adrenalectomy.',
    [['R adrenal pheochromocytoma', 'D3501', 'present']]],
];

// Treatment over in a non-oncology writer's words is a personal history (Guideline I.C.2.d: excised or eradicated, no further
// treatment directed to the site; ANNOTATION.md, history: "completed …" with nothing still given): d960's wound nurse, "Rectal
// cancer s/p LAR, ypT2N0, no adjuvant tx planned - surveillance" (Tabular Z85.048 Personal history of malignant neoplasm of
// rectum, rectosigmoid junction, and anus), its "rectal adenocarcinoma" above through the note's stated outcome; d961's
// dietitian, "Cervical cancer in her 30s - … hysterectomy - no issues since" (Tabular Z85.41 Personal history of malignant
// neoplasm of cervix uteri). A treatment not given to a cancer still treated stays no cue ("no adjuvant chemo, starting anastrozole": the side-less
// breast cell is null by the side rule).
const completedCourse: readonly ReadingCase[] = [
  ['no adjuvant treatment planned after a resection is history',
    'Assessment:\n3. Rectal cancer s/p LAR, ypT2N0, no adjuvant tx planned - surveillance.',
    [['Rectal cancer', 'Z85048', 'history']]],
  ['the stated outcome makes the same cancer\'s other mention history',
    'Subjective: 5 wks s/p LAR for rectal adenocarcinoma after neoadjuvant tx.\nAssessment:\n1. Rectal cancer s/p LAR, no adjuvant tx planned.',
    [['rectal adenocarcinoma', 'Z85048', 'history'], ['Rectal cancer', 'Z85048', 'history']]],
  ['"no issues since" a treated cancer is history',
    'Other PMH: COPD, HTN. Cervical cancer in her 30s - "had a cone, then hysterectomy" - no issues since.',
    [['Cervical cancer', 'Z8541', 'history']]],
  ['a chemotherapy not given to a cancer on endocrine therapy keeps it current',
    'Assessment: L breast IDC s/p lumpectomy, oncotype 12 - no adjuvant chemo, starting anastrozole.',
    [['L breast IDC', 'null', 'present']]],
];

// A formulation's background is not an item of the denial before it (NegEx termination terms; ANNOTATION.md, negated: only
// what the cue denies): d955's psychiatrist, "MDD, … recurrent, severe w/o psychotic features, in context of stage IV pancreatic
// cancer" (table: pancreas / Malignant Primary C25.9 when the sentence is read alone). The denial still reaches its own items.
const formulationContext: readonly ReadingCase[] = [
  ['a cancer named as the context of a psychiatric diagnosis is not denied',
    'Assessment: MDD, recurrent, severe w/o psychotic features, in context of stage IV pancreatic cancer; adjustment components.',
    [['pancreatic cancer', 'C259', 'present']]],
  ['"in the context of" ends a denial\'s scope',
    'Assessment: Delirium w/o focal deficits, in the context of known brain mets from lung adenocarcinoma.',
    [['brain mets', 'C7931', 'present'], ['lung adenocarcinoma', 'null', 'present']]],
  ['a denial before the context still denies its own item',
    'Assessment: Headache, no brain mets on MRI, in the context of lung adenocarcinoma.',
    [['brain mets', 'C7931', 'negated'], ['lung adenocarcinoma', 'null', 'present']]],
];

// The patient's possessive turns from a relative's disease back to the patient's own, as "his own" does (ANNOTATION.md, family:
// only the relative's named cancer takes Z80.-): d954 "Sister's pancreatic NET + pt's NET: genetics referral" (Tabular Z80.0
// Family history of malignant neoplasm of digestive organs for the sister's; the patient's NET is her own). Here: table: colon /
// Malignant Primary → Z80.0 for the sister's; melanoma, skin NOS C43.9 for the patient's.
const patientsOwn: readonly ReadingCase[] = [
  ['the patient\'s possessive ends a relative\'s scope',
    "A/P: Sister's colon cancer + pt's melanoma: genetics referral.",
    [['colon cancer', 'Z800', 'family'], ['melanoma', 'C439', 'present']]],
  ['"the patient\'s" ends a relative\'s scope',
    "A/P: Brother's prostate cancer + the patient's melanoma: genetics referral.",
    [['prostate cancer', 'Z8042', 'family'], ['melanoma', 'C439', 'present']]],
];

// A condition on a disease's control under treatment presupposes the disease (ANNOTATION.md, "Codes by assertion": a plan
// conditional on a finding is hypothetical, but what is conditional here is the control, as "if her myeloma does not respond"
// in `conditionalCourse.ts`): d962's cardiologist, "If CLL control lost on switch, venetoclax-based therapy remains option"
// (Tabular C91.10 Chronic lymphocytic leukemia of B-cell type not having achieved remission). A condition on the progression
// itself stays hypothetical, as before.
const conditionOnControl: readonly ReadingCase[] = [
  ['a condition on the control of a leukaemia keeps it present',
    'Plan: If CLL control lost on switch, venetoclax-based therapy remains option.',
    [['CLL', 'C9110', 'present']]],
  ['a condition on a myeloma that is not controlled keeps it present',
    'Plan: if myeloma is not controlled on dara, consider CAR-T.',
    [['myeloma', 'C9000', 'present']]],
  ['a condition on a progression stays hypothetical',
    'Plan: If CLL progresses, venetoclax.',
    [['CLL', 'C9110', 'hypothetical']]],
];

// A one-word answer to a question denies the question's diagnosis only (ANNOTATION.md, negated; "H/o DLBCL? - NO: chart error"
// as `answeredQuestion.ts` reads it): the reason given after its comma is stated, not denied. d946's nephrologist, "lytic mets?
// - no, lytic lesions are myeloma, not mets" (Tabular C90.00 Multiple myeloma not having achieved remission; the mets stay
// denied, table: bone / Malignant Secondary C79.51).
const answeredQuestionReason: readonly ReadingCase[] = [
  ['the reason after a "no" answer is not denied',
    'A/P:\n- Bone disease: lytic mets? - no, lytic lesions are myeloma, not mets; hypercalcemia resolved.',
    [['Bone disease: lytic mets', 'C7951', 'negated'], ['myeloma', 'C9000', 'present'], ['mets', 'C799', 'negated']]],
  ['a benign lesion named as the answer\'s reason is present',
    'A/P: Breast ca? - no, the mass is a fibroadenoma.',
    [['Breast ca', 'null', 'negated'], ['fibroadenoma', 'null', 'present']]],
  ['a "no" that opens a list still denies it',
    'ROS: no, breast cancer.',
    [['breast cancer', 'null', 'negated']]],
];

// The marginal zone lymphoma of the ocular adnexa is an extranodal one (Tabular C88.4 Extranodal marginal zone B-cell lymphoma
// [MALT-lymphoma], C88.40 not having achieved remission): d958's oculoplastic surgeon, "BM bx not done (not needed per heme for
// localized ocular adnexal MZL)" after the path's "extranodal marginal zone lymphoma of mucosa-associated lymphoid tissue".
const adnexalMarginalZone: readonly ReadingCase[] = [
  ['an ocular adnexal MZL is the extranodal MALT lymphoma',
    'Dx: localized ocular adnexal MZL, stage IE.',
    [['ocular adnexal MZL', 'C8840', 'present']]],
  ['an extranodal MZL is the MALT lymphoma',
    'Dx: extranodal MZL of the stomach, H. pylori positive.',
    [['extranodal MZL', 'C8840', 'present']]],
];

// A list item that points back to the cancer the note states finished is that cancer's history (Guideline I.C.2.d; ANNOTATION.md,
// history, "A document title naming the patient's treated cancer" and the note read as a whole): d960's "PMH: rectal ca as
// above" after "no adjuvant tx planned" (Tabular Z85.048). A pointer to a cancer still treated stays present.
const pointerToFinished: readonly ReadingCase[] = [
  ['"as above" after a cancer the note states finished is history',
    'Subjective: 5 wks s/p LAR for rectal adenocarcinoma.\nPMH: rectal ca as above. HTN.\nAssessment:\n1. Rectal cancer s/p LAR, no adjuvant tx planned.',
    [['rectal adenocarcinoma', 'Z85048', 'history'], ['rectal ca', 'Z85048', 'history'], ['Rectal cancer', 'Z85048', 'history']]],
  ['"as above" after a cancer on treatment stays present',
    'Subjective: C4 of FOLFOX for rectal adenocarcinoma.\nPMH: rectal ca as above. HTN.',
    [['rectal adenocarcinoma', 'C20', 'present'], ['rectal ca', 'C20', 'present']]],
];

describe('narrative reader: specialty notes (round 23)', () => {
  describe('a marker status after a tumour', () => checkReadings(markerStatus));
  describe('a pheochromocytoma with no side', () => checkReadings(sidelessPheochromocytoma));
  describe('treatment over in a non-oncology writer\'s words', () => checkReadings(completedCourse));
  describe('a formulation\'s context', () => checkReadings(formulationContext));
  describe('the patient\'s own after a relative\'s', () => checkReadings(patientsOwn));
  describe('a condition on a disease\'s control', () => checkReadings(conditionOnControl));
  describe('the reason after an answered question', () => checkReadings(answeredQuestionReason));
  describe('an ocular adnexal marginal zone lymphoma', () => checkReadings(adnexalMarginalZone));
  describe('a pointer to a finished cancer', () => checkReadings(pointerToFinished));
});
