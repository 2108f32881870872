import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Tuner C2, round 18 (issue 12): a completion cue inside the parenthesis that tells a dated diagnosis's own course ("History of
 * left breast DCIS 2016 (lumpectomy, WBRT 50 Gy/25, tamoxifen x5 y, completed 2021)") ends that diagnosis, not the treatment
 * summary's ("Diagnosis: Right breast invasive ductal carcinoma …", d758, a radiation course just finished with letrozole to
 * start). Guideline I.C.2.d: a cancer still under treatment is current, so the right breast carcinoma stays present (Table of
 * Neoplasms: breast → Malignant Primary C50.91-; Tabular C50.911 Malignant neoplasm of unspecified site of right female breast),
 * and the DCIS is a history (Tabular Z86.000 Personal history of in-situ neoplasm of breast). A completion cue of the summary's
 * own treatment line still makes the summary's cancer a history (treatmentSummary.ts).
 */
const ownCourses: readonly ReadingCase[] = [
  ['a dated prior diagnosis\'s "(…, completed 2021)" is its own course',
    '67F.\nDiagnosis: Right breast invasive ductal carcinoma, pT1c pN0. AJCC 8 prognostic stage IA.\nOther: History of left breast DCIS 2016 (lumpectomy, WBRT 50 Gy/25, '
    + 'tamoxifen x5 y, completed\n2021), no recurrence.',
    [['Right breast invasive ductal carcinoma', 'C50911', 'present'], ['left breast DCIS', 'Z86000', 'history']]],
  ['the summary\'s own treatment line completed still makes it a history',
    'Diagnosis: Right breast invasive ductal carcinoma, pT1c pN0.\nTreatment: lumpectomy 2016, WBRT 50 Gy/25, completed 2021.',
    [['Right breast invasive ductal carcinoma', 'Z853', 'history']]],
];

/**
 * ANNOTATION.md, "Hypothetical": a risk the clinician foresees is no diagnosis the patient has. A consent's list of risks led by
 * its colon ("Risks reviewed: fatigue, HA, seizure, edema, radionecrosis (~5-10%), hair loss at site, and new brain mets elsewhere
 * requiring further tx", d755) foresees every item of it, as a differential led by a colon hedges its whole list; the brain
 * metastases being treated stay present (Table of Neoplasms: brain → Malignant Secondary C79.31), and so does a finding of the
 * next sentence.
 */
const consentRisks: readonly ReadingCase[] = [
  ['a risk at the end of a long "Risks reviewed:" list is hypothetical',
    'Plan: SRS to 3 brain mets.\n - Risks reviewed: fatigue, HA, seizure, edema, radionecrosis (~5-10%), hair loss at site, and\n   new brain mets elsewhere requiring further tx (distant brain failure).',
    [['brain mets', 'C7931', 'present'], ['brain mets', 'C7931', 'hypothetical']]],
  ['the risks list ends at its sentence', 'Risks reviewed: fatigue, skin changes. MRI: new brain mets.', [['brain mets', 'C7931', 'present']]],
];

describe('narrative round 18: radiation oncology course and consent', () => {
  checkReadings(ownCourses);
  checkReadings(consentRisks);
});
