import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 21 (issue 12): conditions and plans that speak of a diagnosis not yet made. Codes checked against the
 * FY2027 code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// "If any X -> plan" is a condition on a finding not yet made, hypothetical like any "if X" (ANNOTATION.md, "Codes by
// assertion": hypothetical is a condition or plan; ConText's hypothetical "if"); "any" does not make it a pseudo-trigger,
// whereas a post-posed "X, if any," still leaves the X before it alone (d888). Index: Carcinoma C80.1 (Tabular C80.1
// Malignant (primary) neoplasm, unspecified); Tabular C77.9 Secondary and unspecified malignant neoplasm of lymph node, unspecified.
const ifAnyConditions: readonly ReadingCase[] = [
  ['"If any ... carcinoma -> referral" is a condition, hypothetical',
    'Plan: Surveillance EGD in 3 yrs. If any HGD or intramucosal carcinoma -> EMR/ablation referral.',
    [['carcinoma', 'C801', 'hypothetical']]],
  ['"X, if any," after the mention leaves it as stated',
    'Nodal metastases, if any, are microscopic.',
    [['Nodal metastases', 'C779', 'present']]],
];

// "Prior to" is a preposition of time in a plan, not the adjective "prior" that makes a disease past (ANNOTATION.md, history is
// a disease treated and gone, Guideline I.C.2.d); "no need for" denies a test, not the disease it would be done for (NegEx's
// pseudo-triggers). A staging study written with its slashed regions and its timing is still read as the staging study
// ("Rule-out on a staging study"; d899, d901). Tabular C79.9 Secondary malignant neoplasm of unspecified site; Tabular C79.31
// Secondary malignant neoplasm of brain; table: adrenal gland / Benign D35.0- (Tabular D35.02 Benign neoplasm of left adrenal gland).
const planTimingAndNeed: readonly ReadingCase[] = [
  ['a staging CT "prior to" a visit "to r/o distant metastases (staging)" is hypothetical',
    'Plan:\n2. CT chest/abd/pelvis w/ contrast prior to gyn onc visit to r/o extrauterine spread / distant metastases (staging).',
    [['distant metastases', 'C799', 'hypothetical']]],
  ['"Prior to chemo" does not make the brain metastases to rule out a history',
    'Plan:\n1. Prior to chemo, MRI brain to r/o brain metastases for staging.',
    [['brain metastases', 'C7931', 'hypothetical']]],
  ['"prior" as an adjective still makes a cancer history',
    'PMH: prior breast cancer.',
    [['breast cancer', 'Z853', 'history']]],
  ['"no need for" imaging leaves the adenoma present',
    'Assessment: 2.1 cm L adrenal adenoma, lipid-rich.\nPlan:\n- No need for repeat imaging of the L adrenal adenoma.',
    [['L adrenal adenoma', 'D3502', 'present'], ['L adrenal adenoma', 'D3502', 'present']]],
  ['"no need to" biopsy leaves the adenoma present',
    'Plan:\n- No need to biopsy the L adrenal adenoma.',
    [['L adrenal adenoma', 'D3502', 'present']]],
  ['"no need to" treat leaves the lipoma present',
    'Plan:\n- No need to excise the R shoulder lipoma.',
    [['R shoulder lipoma', 'D1721', 'present']]],
];

// A condition on what treatment a known disease becomes open to, or on how it answers treatment, presupposes the disease: what
// is conditional is the course, so the disease is present (ANNOTATION.md, hypothetical is the disease foreseen, not one known;
// `conditionalCourse.ts`'s "if her myeloma does not respond"); a condition on the disease itself stays hypothetical (d95).
// Table: liver / Malignant Secondary C78.7 (Tabular C78.7 Secondary malignant neoplasm of liver and intrahepatic bile duct);
// Tabular C85.90 Non-Hodgkin lymphoma, unspecified, unspecified site; Index: Melanoma, in situ D03.9.
const conditionsOnCourse: readonly ReadingCase[] = [
  ['"if hepatic disease becomes resectable" presupposes the liver metastases',
    'Plan: Metastatic colon cancer. If hepatic disease becomes resectable will refer to HPB surgery.',
    [['colon cancer', 'C189', 'present'], ['hepatic disease', 'C787', 'present']]],
  ['"if the liver mets are resectable" presupposes them',
    'Plan: If the liver mets are resectable, refer to HPB surgery.',
    [['liver mets', 'C787', 'present']]],
  ['"if the liver metastasis is resectable" presupposes it',
    'Plan: If the liver metastasis is resectable, refer to HPB surgery.',
    [['liver metastasis', 'C787', 'present']]],
  ['"if the liver metastasis becomes operable" presupposes it',
    'Plan: If the liver metastasis becomes operable, refer to HPB surgery.',
    [['liver metastasis', 'C787', 'present']]],
  ['"if the lymphoma responds" presupposes the lymphoma',
    'Plan: If the lymphoma responds, proceed to ASCT.',
    [['lymphoma', 'C8590', 'present']]],
  ['"if the lymphoma remains stable" presupposes the lymphoma',
    'Plan: If the lymphoma remains stable, continue observation.',
    [['lymphoma', 'C8590', 'present']]],
  ['a condition on the disease itself stays hypothetical',
    'Plan: If it recurs, re-excise the melanoma in situ.',
    [['melanoma in situ', 'D039', 'hypothetical']]],
];

// A "<cancer> check" is a screening exam for the cancer, hypothetical (ANNOTATION.md, "Codes by assertion": "a screening or
// surveillance *for*"), as "<cancer> screening" is; a "check" after a comma or dash checks something else about the patient's
// own tumour (d876). Table: skin NOS / Malignant Primary C44.90; table: skin, cheek / Malignant Primary C44.3- (Tabular C44.319
// Basal cell carcinoma of skin of other parts of face).
const screeningChecks: readonly ReadingCase[] = [
  ['"skin cancer check" is a screening, hypothetical',
    'Plan:\n- AKs on hands -> derm referral for LN2 + skin cancer check.',
    [['skin cancer', 'C4490', 'hypothetical']]],
  ['"skin cancer checks" is a screening, hypothetical',
    'Plan:\n- yearly skin cancer checks w/ derm.',
    [['skin cancer', 'C4490', 'hypothetical']]],
  ['"BCC, check margins" keeps the BCC present',
    'Plan: BCC R cheek, check margins.',
    [['BCC R cheek', 'C44319', 'present']]],
  ['"BCC - check margins" keeps the BCC present',
    'Plan: BCC R cheek - check margins.',
    [['BCC R cheek', 'C44319', 'present']]],
];

// A health-maintenance item labelled by a cancer whose value decides on screening for it, ordered or not, is a screening for that
// cancer: hypothetical (ANNOTATION.md, "Codes by assertion": "a screening or surveillance *for*"; round 19's screening items);
// an item whose value states the patient's own course keeps its reading (d866). Table: lung / Malignant Primary C34.9- (null,
// candidates C34.90-C34.92).
const screeningDecisions: readonly ReadingCase[] = [
  ['"Lung cancer: never smoker, no screening indicated" is a screening item, hypothetical',
    'Health Maintenance:\n- Lung cancer: never smoker, no screening indicated.',
    [['Lung cancer', 'null', 'hypothetical']]],
  ['an item whose value states a treatment keeps its reading',
    'Health Maintenance:\n- Breast cancer: s/p lumpectomy 2019, screening mammo annually.',
    [['Breast cancer', 'null', 'present']]],
];

// A trial criterion's exception written "other than adequately treated X" describes the trial's population, not this patient,
// as "except adequately treated X" does (`outlookTriggers.ts`, round 11; ANNOTATION.md: a criterion's cancers are hypothetical;
// d553). Table: skin NOS / Malignant Primary C44.90.
const criterionExceptions: readonly ReadingCase[] = [
  ['"other than adequately treated non-melanoma skin ca" is a criterion\'s exception, hypothetical',
    'Exclusion criteria:\n[N] Prior malignancy within 3 years other than adequately treated non-melanoma skin ca',
    [['malignancy', 'Z859', 'negated'], ['skin ca', 'C4490', 'hypothetical']]],
];

describe('narrative reader: assertion round 21', () => {
  describe('"if any" conditions', () => checkReadings(ifAnyConditions));
  describe('plan timing and need', () => checkReadings(planTimingAndNeed));
  describe('conditions on a known disease\'s course', () => checkReadings(conditionsOnCourse));
  describe('screening checks', () => checkReadings(screeningChecks));
  describe('screening decisions', () => checkReadings(screeningDecisions));
  describe('criterion exceptions', () => checkReadings(criterionExceptions));
});
