import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Sub-sites round 22 (issue 12, tuner H): the sub-site, region or side of a mention the reader already finds, as a coder codes
 * it. Codes checked against the FY2027 code titles (/work/shared/codesets/icd10cm-2027).
 */

// The node regions in a lymphoma's own sentence set its fifth character (ANNOTATION.md, "Stage or node regions in the
// lymphoma's own sentence"): one region is that region (Tabular C85.91 Non-Hodgkin lymphoma, unspecified, lymph nodes of head,
// face, and neck; C83.33 Diffuse large B-cell lymphoma, intra-abdominal lymph nodes), two regions of different characters the
// lymph nodes of multiple sites (C81.98 Hodgkin lymphoma, unspecified, lymph nodes of multiple sites). From d275 ("R
// supraclavicular, R cervical and R paratracheal adenopathy, highly suspicious for relapsed Hodgkin lymphoma"), d432 ("bulky
// R cervical + supraclavicular LAD, … findings concerning for lymphoma"), d254 ("Mesenteric nodal mass …, concerning for
// transformation to diffuse large B-cell lymphoma"), d566 ("transformation to DLBCL 1/2025 (bulky mesenteric +
// retroperitoneal LAD"). A denied node, a denied lymphoma, a node of another sentence and the nodes of the next lymphoma
// place nothing (C82.90 Follicular lymphoma, unspecified, unspecified site; C83.30 DLBCL, unspecified site).
const sentenceNodeRegions: readonly ReadingCase[] = [
  ['one region before the lymphoma is its fifth character',
    'CT neck/chest: bulky R cervical + supraclavicular LAD (largest 4.2 cm), findings concerning for lymphoma.',
    [['lymphoma', 'C8591', 'uncertain']]],
  ['a node mass concluded as a lymphoma gives its region',
    'IMPRESSION:\n1. Mesenteric nodal mass with high SUV, concerning for transformation to diffuse large B-cell lymphoma.',
    [['diffuse large B-cell lymphoma', 'C8333', 'uncertain']]],
  ['regions of two characters are the nodes of multiple sites',
    'IMPRESSION:\n1. New FDG-avid R supraclavicular, R cervical and R paratracheal adenopathy, highly suspicious for relapsed Hodgkin lymphoma.',
    [['Hodgkin lymphoma', 'C8198', 'uncertain']]],
  ['the nodes after a transformation are the new lymphoma\'s, not the one it came from',
    'HPI: FL gr 1-2 dx 2017 (watch & wait) -> biopsy-proven transformation to DLBCL 1/2025 (bulky mesenteric + retroperitoneal LAD).',
    [['FL', 'C8290', 'present'], ['DLBCL', 'C8333', 'present']]],
  ['a node region found clear is no region of the lymphoma',
    'PET: mediastinal nodes clear, bulky R axillary adenopathy, concerning for lymphoma.',
    [['lymphoma', 'C8594', 'uncertain']]],
  ['a denied lymphoma takes no region from its sentence',
    'Path: R cervical lymph node, no evidence of lymphoma.',
    [['lymphoma', 'C8590', 'negated']]],
  ['a region of another sentence places nothing',
    'CT: bulky R cervical adenopathy.\nAssessment: DLBCL, biopsy proven.',
    [['DLBCL', 'C8330', 'present']]],
];

// The side of the operation a finding's sample label names is the finding's (ANNOTATION.md, "Side and sub-site documented
// elsewhere in the note": laterality only when written or documented), even when the label dates and signs the operation in a
// parenthesis before its colon (table: breast, upper-outer quadrant / Malignant Primary C50.4-, Tabular C50.411 Malignant
// neoplasm of upper-outer quadrant of right female breast; d758 "Right partial mastectomy + SLNB 09/03/2026 (Dr. Whitfield):
// IDC" after "History of left breast DCIS 2016", where the nearer "left breast" of the DCIS had given the IDC the wrong side).
const signedOperationLabel: readonly ReadingCase[] = [
  ['a dated and signed operation label gives the finding its side',
    'Pt: 58F\nDiagnosis: Right breast invasive ductal carcinoma, 10 o\'clock, pT1c (1.4 cm) pN0(sn) (0/2)\nM0, grade 2, ER 95% / PR 80% / HER2 negative (IHC 1+), Oncotype RS 14. AJCC 8 prognostic stage IA.\nOther: History of left breast DCIS 2016 (lumpectomy, WBRT 50 Gy/25, tamoxifen x5 y, completed\n2021), no recurrence.\n\nTreatment Summary:\nRight partial mastectomy + SLNB 09/03/2026 (Dr. Whitfield): IDC, margins negative (closest 3 mm\nanterior - at skin, no re-excision needed), LVI absent, 0/2 SLNs.',
    [['Right breast invasive ductal carcinoma', 'C50411', 'present'], ['left breast DCIS', 'Z86000', 'history'], ['IDC', 'C50411', 'present']]],
];

// A grade that changes a neoplasm's behaviour, proven anywhere in the note, codes every ungraded restatement of that lesion
// (ANNOTATION.md, "A grade that changes a neoplasm's behaviour …"; table: meninges, cerebral / Uncertain Behavior D42.0,
// Tabular D42.0 Neoplasm of uncertain behavior of cerebral meninges; D32.0 Benign neoplasm of cerebral meninges): the
// pre-operative meningioma and the dural-based tumour of d925 are its "ATYPICAL MENINGIOMA (CNS WHO GRADE 2)" (d270 likewise).
// A note of multiple meningiomas (d236) keeps each lesion's own behaviour.
const gradedMeningioma: readonly ReadingCase[] = [
  ['an atypical meningioma on the final pathology grades its restatements',
    'PREOPERATIVE DIAGNOSIS: Right frontal convexity meningioma.\nMRI: R frontal dural-based tumor, c/w meningioma.\nFINAL DIAGNOSIS: ATYPICAL MENINGIOMA (CNS WHO GRADE 2).',
    [['frontal convexity meningioma', 'D420', 'present'], ['R frontal', 'D496', 'present'], ['dural-based tumor', 'D420', 'present'],
      ['meningioma', 'D420', 'present'], ['ATYPICAL MENINGIOMA', 'D420', 'present']]],
  ['multiple meningiomas keep their own behaviour',
    'MRI: L sphenoid wing meningioma, stable; multiple meningiomas.\nPath (2019): ATYPICAL MENINGIOMA (CNS WHO GRADE 2), parasagittal, resected.',
    [['sphenoid wing meningioma', 'D320', 'present'], ['meningiomas', 'D320', 'present'], ['ATYPICAL MENINGIOMA', 'D420', 'present']]],
];

describe('narrative reader, sub-sites round 22', () => {
  describe('node regions in a lymphoma\'s own sentence set its fifth character', () => checkReadings(sentenceNodeRegions));
  describe('a signed operation label gives its side', () => checkReadings(signedOperationLabel));
  describe('a graded meningioma codes its restatements', () => checkReadings(gradedMeningioma));
});
