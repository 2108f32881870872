import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Assertion round 19 (issue 12): findings the note itself settles, and surveillance lists. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// An image's "c/w X" is settled by treatment the note reports given to the lesion, as by the note's own tissue (ANNOTATION.md,
// 2026-12-05: "'Treatment' that establishes an image's 'c/w X' is treatment given to that lesion by or before the note (d318's
// ten months; d449's Y-90 segmentectomy of the LR-5 lesion), not a referral or a plan"; d449, d691, d800). Index: Carcinoma,
// hepatocellular C22.0 (Tabular C22.0 Liver cell carcinoma); table: lung, upper lobe / Malignant Primary C34.1- (Tabular C34.11
// Malignant neoplasm of upper lobe, right bronchus or lung).
const settledByTreatment: readonly ReadingCase[] = [
  ['an image\'s "c/w HCC" is present once the note reports the lesion treated',
    'HPI: Single LR-5 observation seg 8 on MRI - c/w HCC. Board recommended radiation segmentectomy.\n\nImpression:\n1. Successful Y-90 radiation segmentectomy, segment 8 HCC.',
    [['HCC', 'C220', 'present'], ['segment 8 HCC', 'C220', 'present']]],
  ['an "uncomplicated" ablation settles the image\'s "c/w" of the same cancer',
    'CT: RUL nodule c/w adenocarcinoma.\n\nImpression:\n1. Uncomplicated CT-guided microwave ablation of the RUL adenocarcinoma.',
    [['adenocarcinoma', 'C3411', 'present'], ['RUL adenocarcinoma', 'C3411', 'present']]],
  ['a treatment only planned settles nothing',
    'HPI: Single LR-5 observation seg 8 on MRI - c/w HCC.\n\nPlan:\n1. Y-90 radiation segmentectomy of segment 8 HCC planned.',
    [['HCC', 'C220', 'uncertain'], ['segment 8 HCC', 'C220', 'present']]],
  ['a lesion the report says was not treated settles nothing',
    'MRI: seg 4a lesion w/ washout - c/w HCC.\n\nIMPRESSION:\n1. Seg 4a HCC not treated; successful MWA planned next month.',
    [['HCC', 'C220', 'uncertain'], ['Seg 4a HCC', 'C220', 'present']]],
  ['"suspicious for" keeps its own words whatever treatment follows',
    'MRI: seg 8 lesion suspicious for HCC.\n\nImpression:\n1. Successful Y-90 radiation segmentectomy, segment 8 HCC.',
    [['HCC', 'C220', 'uncertain'], ['segment 8 HCC', 'C220', 'present']]],
];

// A surveillance list's item labelled by the cancer it looks for, whose value schedules a screening study or foresees a risk, is
// a screening for that cancer: hypothetical (ANNOTATION.md, "Codes by assertion": "a screening or surveillance *for*"; round 15,
// "<cancer> surveillance"; d537 "- Gastric/small bowel ca: EGD w/ biopsies (H. pylori) q3y.", d682 "* Second cancers: … lifetime
// risk of …"). The patient's own lesion followed in such a list keeps its reading (d360 "- Meningioma: observe; MRI q12 mo",
// d540 "- Optic glioma: stable"). Table: stomach / Malignant Primary C16.9, small intestine C17.9, colon C18.9, bladder C67.9
// (Tabular C67.9 Malignant neoplasm of bladder, unspecified); Tabular C80.1 Malignant (primary) neoplasm, unspecified (a
// generic second cancer); Tabular C73 Malignant neoplasm of thyroid gland; Index: Meningioma — see Neoplasm, meninges,
// benign (D32.9).
const screeningItems: readonly ReadingCase[] = [
  ['a cancer labelling a screening study and its interval is hypothetical',
    'Risk Assessment / Counseling:\n - Gastric/small bowel ca: EGD w/ biopsies (H. pylori) q3y.',
    [['Gastric', 'C169', 'hypothetical'], ['small bowel ca', 'C179', 'hypothetical']]],
  ['a generic second cancer labelling the risks it lists is hypothetical',
    'Late effects screening:\n  * Second cancers: mediastinal RT at age 27 increases her lifetime risk of thyroid cancer.',
    [['Second cancers', 'C801', 'hypothetical'], ['thyroid cancer', 'C73', 'hypothetical']]],
  ['a known lesion followed on a schedule keeps its reading', 'Plan:\n- Meningioma: observe; MRI q12 mo.', [['Meningioma', 'D329', 'present']]],
  ['a cancer under treatment with its surveillance study stays present', 'Plan:\n- Bladder cancer: on BCG, cystoscopy q3 mo.', [['Bladder cancer', 'C679', 'present']]],
  ['a cancer label with a study but no interval stays present', 'Results:\n- Colon cancer: colonoscopy 11/2026 biopsy pending.', [['Colon cancer', 'C189', 'present']]],
];

// A screening plan's list, each item with its study in parentheses, screens for every item, however long the list runs
// (ANNOTATION.md, "Codes by assertion": "a screening or surveillance *for*" is hypothetical; d541 "Screening for breast cancer will
// begin age 20 (MRI), brain tumors (annual MRI), sarcomas (WBMRI), leukemia (CBC)"). Index: Leukemia C95.9- (C95.90 not having
// achieved remission); Index: Tumor, brain — see Neoplasm, brain, uncertain behavior (D49.6, unspecified behaviour); round 23: Index
// Sarcoma — see Neoplasm, connective tissue, malignant, foreseen with no site at connective tissue NOS C49.9; a
// "breast cancer" with no side has no code. A diagnosis the list's shape does not reach keeps its reading.
const screeningList: readonly ReadingCase[] = [
  ['a screening list carries its lead to its last item',
    'Plan: Screening for\n   breast cancer will begin age 20 (MRI), brain tumors (annual MRI), sarcomas (WBMRI), leukemia (CBC).',
    [['breast cancer', 'null', 'hypothetical'], ['brain tumors', 'D496', 'hypothetical'], ['sarcomas', 'C499', 'hypothetical'], ['leukemia', 'C9590', 'hypothetical']]],
  ['a diagnosis after the list\'s shape ends keeps its reading',
    'Plan: Screening for\n   breast cancer will begin age 20 (MRI), brain tumors (annual MRI); she was told her blood counts show leukemia (CBC).',
    [['breast cancer', 'null', 'hypothetical'], ['brain tumors', 'D496', 'hypothetical'], ['leukemia', 'C9590', 'present']]],
];

// An image's "c/w metastases" of lesions the note establishes as metastases under treatment is present; a lesion the study calls
// new, or one whose treatment is only planned, stays uncertain (ANNOTATION.md: "An image's 'c/w metastases' (or another hedge) of
// lesions the note already establishes as metastases under treatment is present"; d57 "Brain metastases, s/p WBRT this
// admission", d143 "with bone and brain metastases, on 1L osimertinib"; d729's "now 4 new brain mets" keeps its image's hedge).
// Table: brain / Malignant Secondary C79.31 (Tabular C79.31 Secondary malignant neoplasm of brain); table: lung / Malignant
// Primary C34.9- (Tabular C34.92 Malignant neoplasm of unspecified part of left bronchus or lung); Tabular C43.9 Malignant
// melanoma of skin, unspecified.
const lungDx = 'Discharge Diagnoses:\n1. Small cell carcinoma of the left lung, extensive stage\n';
const settledSpread: readonly ReadingCase[] = [
  ['an image\'s "c/w metastases" of brain metastases treated is present',
    `${lungDx}2. Brain metastases, s/p WBRT this admission\nHospital Course: admitted w/ confusion. MRI brain: multiple enhancing lesions c/w metastases.`,
    [['carcinoma of the left lung', 'C3492', 'present'], ['Brain metastases', 'C7931', 'present'], ['metastases', 'C7931', 'present']]],
  ['metastases whose treatment is only planned settle nothing',
    `${lungDx}2. Brain metastases, SRS planned\nHospital Course: admitted w/ confusion. MRI brain: multiple enhancing lesions c/w metastases.`,
    [['carcinoma of the left lung', 'C3492', 'present'], ['Brain metastases', 'C7931', 'present'], ['metastases', 'C7931', 'uncertain']]],
  ['a lesion its study calls new stays uncertain beside treated metastases',
    `${lungDx}2. Brain metastases, s/p WBRT 2025\nMRI brain: new enhancing lesion c/w metastasis.`,
    [['carcinoma of the left lung', 'C3492', 'present'], ['Brain metastases', 'C7931', 'present'], ['metastasis', 'C7931', 'uncertain']]],
  ['a hedged "new metastasis" stays uncertain beside treated metastases (d130)',
    `${lungDx}2. Brain metastases, s/p WBRT 2025\nMRI brain: enhancing focus c/w new metastasis.`,
    [['carcinoma of the left lung', 'C3492', 'present'], ['Brain metastases', 'C7931', 'present'], ['new metastasis', 'C7931', 'uncertain']]],
  ['metastases called new under a treatment begun before them settle nothing',
    'A/P: stage IV melanoma (lung mets, now 4 new brain mets) on dabrafenib/trametinib.\nMRI brain: 4 enhancing lesions c/w melanoma brain metastases.',
    [['melanoma', 'C439', 'present'], ['lung mets', 'null', 'present'], ['brain mets', 'C7931', 'present'], ['brain metastases', 'C7931', 'uncertain']]],
  // A cancer drug of the Medications list treats the metastatic disease now (ANNOTATION.md: "systemic therapy started for the
  // metastatic disease counts as treatment of those lesions"; d101 "mCRPC … bone mets" on enzalutamide, d245 on ADT +
  // apalutamide; "additional lesions" are more of the known ones, not new). Table: bone / Malignant Secondary C79.51 (Tabular
  // C79.51 Secondary malignant neoplasm of bone); Tabular C61 Malignant neoplasm of prostate.
  ['an image\'s "c/w osseous metastases" of bone metastases under a listed cancer drug is present',
    'HPI: 69M w/ metastatic prostate ca to bone.\n- bone mets to spine/pelvis/ribs\nMeds: enzalutamide, leuprolide q3mo, metformin\n\nMRI spine: additional enhancing lesions at T4 and L2 c/w osseous metastases.',
    [['prostate ca', 'C61', 'present'], ['ca to bone', 'C7951', 'present'], ['bone mets to spine', 'C7951', 'present'], ['osseous metastases', 'C7951', 'present']]],
  ['without a treatment the same image keeps its hedge',
    'HPI: 69M w/ metastatic prostate ca to bone.\n- bone mets to spine/pelvis/ribs\nMeds: metformin\n\nMRI spine: additional enhancing lesions at T4 and L2 c/w osseous metastases.',
    [['prostate ca', 'C61', 'present'], ['ca to bone', 'C7951', 'present'], ['bone mets to spine', 'C7951', 'present'], ['osseous metastases', 'C7951', 'uncertain']]],
  // The note's own tissue settles a metastasis's "c/w" as it settles a primary's (ANNOTATION.md: "'c/w' in a report the same
  // note's tissue settles … 'hepatic lesion c/w metastasis' resected later in the same note … present", d347), new or not: tissue
  // proves the lesion it sampled (d733). Table: liver / Malignant Secondary C78.7 (Tabular C78.7 Secondary malignant neoplasm of
  // liver and intrahepatic bile duct).
  ['a hepatic lesion "c/w metastasis" resected and proven in the same note is present',
    'INDICATION: CT CAP: 1.9 cm seg 3 hepatic lesion c/w metastasis.\n\nPATHOLOGY ADDENDUM (12/01/2026)\nB. Liver, segment 3, wedge resection:\n   - Metastatic adenocarcinoma, 1.2 cm, margin 4 mm.',
    [['seg 3 hepatic lesion c/w metastasis', 'C787', 'present'], ['Metastatic adenocarcinoma', 'C787', 'present']]],
  ['tissue settles a lesion its study calls new, which it sampled (d733 "Three new hypoenhancing hepatic lesions … most consistent with metastatic disease" beside the biopsy)',
    'INDICATION: CT CAP: new 1.9 cm seg 3 hepatic lesion c/w metastasis.\n\nPATHOLOGY ADDENDUM (12/01/2026)\nB. Liver, segment 3, wedge resection:\n   - Metastatic adenocarcinoma, 1.2 cm, margin 4 mm.',
    [['seg 3 hepatic lesion c/w metastasis', 'C787', 'present'], ['Metastatic adenocarcinoma', 'C787', 'present']]],
  // A diagnosis its own phrase calls proven on tissue states what the tissue showed (ANNOTATION.md: "'c/w pleural metastases'
  // after positive pleural cytology", d316 "pleural mets (cytology proven)"; d477 "biopsy-proven local recurrence"); a measured
  // level's "c/w" stays a hedge (d179 "thyroglobulin washout elevated, c/w metastatic papillary thyroid carcinoma" beside
  // "biopsy-proven R lateral neck nodal mets"). Table: pleura / Malignant Secondary C78.2 (Tabular C78.2 Secondary malignant
  // neoplasm of pleura); table: lymph node, head, face and neck / Malignant Secondary C77.0.
  ['an image\'s "c/w pleural metastases" is present beside pleural mets its phrase calls cytology proven',
    'CT chest: large R effusion, nodular R pleural thickening c/w pleural metastases.\n\nA/P: 56F w/ recurrent ovarian cancer, now malignant R pleural effusion from pleural mets\n(cytology proven), rapidly re-accumulating.',
    [['pleural metastases', 'C782', 'present'], ['ovarian cancer', 'null', 'present'], ['pleural mets', 'C782', 'present']]],
  ['without the tissue the image keeps its hedge',
    'CT chest: large R effusion, nodular R pleural thickening c/w pleural metastases.\n\nA/P: 56F w/ recurrent ovarian cancer, now malignant R pleural effusion from pleural mets, rapidly re-accumulating.',
    [['pleural metastases', 'C782', 'uncertain'], ['ovarian cancer', 'null', 'present'], ['pleural mets', 'C782', 'present']]],
  ['a measured level\'s "c/w" stays a hedge beside biopsy-proven nodal mets',
    'HPI: Neck US: R level IV node, thyroglobulin washout elevated, c/w metastatic papillary thyroid carcinoma.\n\nA/P: 44F with R thyroid nodule, likely PTC, with biopsy-proven R lateral neck nodal mets.',
    [['metastatic papillary thyroid carcinoma', 'C770', 'uncertain'], ['thyroid carcinoma', 'C73', 'uncertain'], ['PTC', 'C73', 'uncertain'], ['R lateral neck nodal mets', 'C770', 'present']]],
];

describe('narrative reader: assertion round 19', () => {
  describe('an image\'s "c/w" settled by treatment given', () => checkReadings(settledByTreatment));
  describe('an image\'s "c/w metastases" of metastases under treatment', () => checkReadings(settledSpread));
  describe('a surveillance list\'s item labelled by a cancer', () => checkReadings(screeningItems));
  describe('a screening plan\'s list of items', () => checkReadings(screeningList));
});
