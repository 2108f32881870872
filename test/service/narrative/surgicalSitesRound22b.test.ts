import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Surgical sites round 22, second pass (issue 12, tuner E2): the batch of neurosurgery, orthopaedic, ocular, thoracic and
 * endocrine surgery notes (d923–d942). Codes checked against the FY2027 code titles (/work/shared/codesets) and the Table of
 * Neoplasms (FY2025).
 */

// "Tumor" restating a proven neoplasm takes that neoplasm's code, whatever its behaviour (ANNOTATION.md round 22): a tumour of an
// organ where the record proves an uncertain-behaviour neoplasm is that neoplasm (table: parathyroid gland / Uncertain Behavior D44.2,
// Tabular D44.2 Neoplasm of uncertain behavior of parathyroid gland), not the Index's Tumor — see Neoplasm, unspecified behavior
// (D49.7); a cancer proven there still outweighs it (d941 "L inferior parathyroid tumor … ATYPICAL PARATHYROID TUMOR").
// The Table prints "dura (cranial) (mater)" with the meninges' cells and sub-rows, so a dural-based tumour of a lesion the record proves
// an atypical meningioma of the cerebral meninges is that meningioma there (table: meninges, cerebral / Uncertain Behavior D42.0; d925
// "Specimen: dural-based tumor and dura to pathology … ATYPICAL MENINGIOMA (CNS WHO GRADE 2)").
const provenUncertainTumour: readonly ReadingCase[] = [
  ['a dural-based tumour of a proven atypical meningioma is that meningioma',
    'Specimen: dural-based tumor and dura to pathology.\nFINAL DIAGNOSIS: R frontal convexity, resection: ATYPICAL MENINGIOMA (CNS WHO GRADE 2).',
    [['dural-based tumor', 'D420', 'present'], ['ATYPICAL MENINGIOMA', 'D420', 'present']]],
  ['a tumour of an organ with a proven atypical parathyroid tumour is that tumour',
    'POSTOPERATIVE DIAGNOSIS: L inferior parathyroid tumor, resected en bloc.\nFINAL DIAGNOSIS: ATYPICAL PARATHYROID TUMOR, 3.4 cm.',
    [['L inferior parathyroid tumor', 'D442', 'present'], ['ATYPICAL PARATHYROID TUMOR', 'D442', 'present']]],
];

// A relative's denied tumour is a family history (Z80.-, ANNOTATION.md family; Tabular Z80.8 Family history of malignant neoplasm of
// other organs or systems): the patient's own proven neoplasm of that organ does not make it the patient's (d923 "no brain tumors in
// family" beside a brain metastasis; d941 "No family hx of … parathyroid tumors" beside an atypical parathyroid tumour).
const relativesDeniedTumour: readonly ReadingCase[] = [
  ['a denied family brain tumour beside a brain metastasis',
    'FHx: no brain tumors in family.\nA/P: L temporal brain metastasis from lung adenocarcinoma.',
    [['brain tumors', 'Z808', 'negated'], ['L temporal brain metastasis', 'C7931', 'present'], ['lung adenocarcinoma', 'null', 'present']]],
  ['a denied family parathyroid tumour beside an atypical parathyroid tumour',
    'No family hx of parathyroid tumors.\nFINAL DIAGNOSIS: L inferior parathyroid: ATYPICAL PARATHYROID TUMOR.',
    [['parathyroid tumors', 'Z808', 'negated'], ['ATYPICAL PARATHYROID TUMOR', 'D442', 'present']]],
];

// Z80.- codes a relative's malignancy by its primary organ (Tabular Z80.8 Family history of malignant neoplasm of other organs or
// systems, for the thyroid) and has no code for where the relative's cancer spread: the spread written in the sentence of the
// relative's primary is its course, no mention (d940 "mother - medullary thyroid cancer, died 2017 at 56 (metastatic to liver and bone)").
const relativesSpread: readonly ReadingCase[] = [
  ['a relative\'s cancer with its spread is one family history',
    'Family history: mother - medullary thyroid cancer, died 2017 at 56 (metastatic to liver and bone).',
    [['thyroid cancer', 'Z808', 'family']]],
];

// A grade that changes a neoplasm's behaviour, proven anywhere in the note, codes every ungraded restatement of that lesion
// (ANNOTATION.md round 22): a meningioma graded CNS WHO 2 on the final pathology is of uncertain behaviour (ICD-O 9539/1; table:
// meninges, cerebral / Uncertain Behavior D42.0, Tabular D42.0 Neoplasm of uncertain behavior of cerebral meninges), and so is the
// pre-operative "meningioma" of the same lesion (d925 "PREOPERATIVE DIAGNOSIS: Right frontal convexity meningioma … ATYPICAL
// MENINGIOMA (CNS WHO GRADE 2)"). Without a grade the Index's Meningioma — see Neoplasm, meninges, benign (D32.0) holds, and a
// denied "other meningiomas" names other lesions. The graded name written with no site of its own is meninges / Uncertain
// Behavior D42.9 (Tabular D42.9 Neoplasm of uncertain behavior of meninges, unspecified).
const gradedRestatements: readonly ReadingCase[] = [
  ['an ungraded meningioma restates the atypical one the pathology proves',
    'PREOPERATIVE DIAGNOSIS: Right frontal convexity meningioma.\nFINAL DIAGNOSIS: ATYPICAL MENINGIOMA (CNS WHO GRADE 2).',
    [['frontal convexity meningioma', 'D420', 'present'], ['ATYPICAL MENINGIOMA', 'D429', 'present']]],
  ['without a grade a meningioma stays benign', 'PREOPERATIVE DIAGNOSIS: Right frontal convexity meningioma.\nFINAL DIAGNOSIS: MENINGIOMA (CNS WHO GRADE 1).',
    [['frontal convexity meningioma', 'D320', 'present'], ['MENINGIOMA', 'D320', 'present']]],
];

// "Tumor" restating a proven neoplasm takes that neoplasm's code, whatever its behaviour (ANNOTATION.md round 22): in a note with no
// cancer whose sited neoplasms are all of one organ, a site-less "tumor" is that neoplasm (d925 "Tumor firm, gray, well-demarcated …
// ATYPICAL MENINGIOMA (CNS WHO GRADE 2)"; table: meninges, cerebral / Uncertain Behavior D42.0). A cancer in the note leaves the
// site-less tumour to the cancer passes, and with neoplasms of two organs written it stays unread.
const siteLessProvenTumour: readonly ReadingCase[] = [
  ['a site-less tumour of a note proving an atypical meningioma is that meningioma',
    'PREOPERATIVE DIAGNOSIS: Right frontal convexity meningioma.\nTumor firm, gray, well-demarcated.\nFINAL DIAGNOSIS: ATYPICAL MENINGIOMA (CNS WHO GRADE 2).',
    [['frontal convexity meningioma', 'D420', 'present'], ['Tumor', 'D420', 'present'], ['ATYPICAL MENINGIOMA', 'D429', 'present']]],
  ['neoplasms of two organs leave a site-less tumour open',
    'PREOPERATIVE DIAGNOSIS: Right frontal convexity atypical meningioma. Also a L parotid pleomorphic adenoma.\nTumor firm, gray, well-demarcated.',
    [['frontal convexity atypical meningioma', 'D420', 'present'], ['L parotid pleomorphic adenoma', 'D110', 'present']]],
];

describe('surgical sites, round 22 (second pass)', () => {
  describe('a tumour of an organ with a proven uncertain-behaviour neoplasm', () => checkReadings(provenUncertainTumour));
  describe('a relative\'s denied tumour beside the patient\'s own', () => checkReadings(relativesDeniedTumour));
  describe('an ungraded restatement of a graded lesion', () => checkReadings(gradedRestatements));
  describe('a relative\'s cancer and its spread', () => checkReadings(relativesSpread));
  describe('a site-less tumour of a note proving one non-malignant neoplasm', () => checkReadings(siteLessProvenTumour));
});
