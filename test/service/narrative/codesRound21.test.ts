import { checkReadings } from './readingCases';
import type { ReadingCase } from './readingCases';

/**
 * Codes round 21 (issue 12, tuner A): the right code for a mention the reader already finds. Codes checked against the FY2027
 * code titles (/work/shared/codesets) and the Table of Neoplasms (FY2025).
 */

// A hemangioma named with no site in a note whose other hemangiomas are placed in one region is of that region (Tabular D18.03
// Hemangioma of intra-abdominal structures; D18.00 Hemangioma unspecified site; ANNOTATION.md "Side and sub-site documented
// elsewhere in the note"; d257 "MRI liver: favored hemangioma" … "stable 1.1 cm liver hemangioma", d835 "Observation 2 (segment
// 4a): … a flash-filling hemangioma is less likely" … "Segment 2 hemangioma", d848 "liver MRI c/w hemangioma" … "The seg 4b liver
// hemangioma"). A denied one is coded as written, and so is every one of a note placing hemangiomas in two regions.
const documentedHemangiomaRegion: readonly ReadingCase[] = [
  ['a doubted site-less hemangioma takes the liver the note documents',
    'Imaging: MRI 11/2026: favored hemangioma, metastasis less likely.\nCT CAP: stable 1.1 cm liver hemangioma.',
    [['hemangioma', 'D1803', 'uncertain'], ['liver hemangioma', 'D1803', 'present']]],
  ['a denied site-less hemangioma stays unspecified',
    'Imaging: MRI 11/2026: no hemangioma seen.\nCT CAP: stable 1.1 cm liver hemangioma.',
    [['hemangioma', 'D1800', 'negated'], ['liver hemangioma', 'D1803', 'present']]],
  ['two documented regions leave a site-less hemangioma unspecified',
    'Imaging: MRI 11/2026: favored hemangioma.\nCT CAP: stable 1.1 cm liver hemangioma. Known skin hemangioma of the back.',
    [['hemangioma', 'D1800', 'uncertain'], ['liver hemangioma', 'D1803', 'present'], ['skin hemangioma', 'D1801', 'present']]],
];

// A cervical finding under a specimen label that names a part of the cervix is of that part (table: endocervix / Ca in situ D06.0,
// Malignant Primary C53.0; exocervix D06.1, C53.1; cervix D06.9, C53.9): "C. ENDOCERVIX, CURETTAGE:", "B. CERVIX, LEEP TOP HAT
// (endocervical):", an endocervical curettage's "ECC:" (d754 "C. ENDOCERVIX, CURETTAGE:\n - Detached fragments of HSIL (CIN 3)",
// "A. CERVIX, LOOP ELECTROSURGICAL EXCISION (ectocervical):", d507 "ECC: HSIL/CIN 3 fragments", d777 "C. Endocervical curettage:
// fragments of HSIL (CIN 3)"). The part is the sample's, so the note's other specimens keep the cervix as a whole ("Cervical bx
// 4 o'clock: CIN 3" beside "ECC: HSIL/CIN 3", d507): the side/sub-site rule reads the specimen's part only for its own finding.
const labelledCervixPart: readonly ReadingCase[] = [
  ['an endocervix label places the CIN under it', 'C. ENDOCERVIX, CURETTAGE:\n   - Detached fragments of HSIL (CIN 3) admixed with benign mucosa.',
    [['CIN 3', 'D060', 'present']]],
  ['a part written after the cervix in the label places the findings under it',
    'A. CERVIX, LEEP (ectocervical):\n   - CIN 3, 11 to 4 o\'clock.\n   - No invasive carcinoma identified.',
    [['CIN 3', 'D061', 'present'], ['carcinoma', 'C531', 'negated']]],
  ['an ECC label is the endocervix, and the biopsy beside it stays the cervix',
    'Cervical bx 4 o\'clock: CIN 3 (HSIL), p16 block-positive. ECC: HSIL/CIN 3 fragments.',
    [['CIN 3', 'D069', 'present'], ['CIN 3', 'D060', 'present']]],
  ['a cervix label with no part keeps the cervix', 'A. Cervix, 12 o\'clock, bx: HSIL (CIN 3), p16 block positive.', [['CIN 3', 'D069', 'present']]],
];

// "Tumor" of a proven cancer takes that cancer's code (ANNOTATION.md, "Tumor" of a proven cancer), also when the tumour is
// written at the organ the cancer's part belongs to or by the Table's other name for that organ: a uterine tumour of a proven
// endometrial adenocarcinoma (table: endometrium / Malignant Primary C54.1; d704 "TUMOR INVADES 14 MM OF 22 MM MYOMETRIAL
// THICKNESS"), a suprarenal tumour of a proven adrenal neuroblastoma (table: suprarenal — see Neoplasm, adrenal; adrenal, left
// / Malignant Primary C74.92; d669 "Residual left suprarenal tumor"). A suprarenal tumour the note proves nothing of stays
// unspecified (table: suprarenal / Unspecified Behavior D49.7).
const tumourOfProvenPart: readonly ReadingCase[] = [
  ['a uterine tumour of a proven endometrial carcinoma is C54.1',
    'FINAL DIAGNOSIS:\nA. UTERUS, HYSTERECTOMY:\n   - ENDOMETRIOID ADENOCARCINOMA, FIGO GRADE 2.\n   - TUMOR INVADES 14 MM OF 22 MM MYOMETRIAL THICKNESS (64%).',
    [['ADENOCARCINOMA', 'C541', 'present'], ['TUMOR', 'C541', 'present']]],
  ['a suprarenal tumour of a proven adrenal neuroblastoma is C74.92',
    'Stage 4 neuroblastoma, left adrenal primary, s/p induction.\nPrimary site: Residual left suprarenal tumor, 2.8 x 2.1 cm.',
    [['neuroblastoma', 'C7492', 'present'], ['left adrenal primary', 'C7492', 'present'], ['left suprarenal tumor', 'C7492', 'present']]],
  ['an unproven suprarenal tumour stays D49.7', 'CT: 2.8 cm left suprarenal tumor, indeterminate.', [['left suprarenal tumor', 'D497', 'present']]],
];

// A meningioma named with no site is placed in the cerebral meninges by the brain words around it (table: meninges, cerebral /
// Benign D32.0; an MRI brain report), but those words are none of its own when they stand in another sentence: a denied or feared
// one is coded as written, as negated and hypothetical mentions take no site from their context (ANNOTATION.md "Side and sub-site
// documented elsewhere in the note"; Index: Meningioma — see Neoplasm, meninges, benign; table: meninges / Benign D32.9; d386
// "screening ... for meningioma" after cranial RT, d607 "No other schwannomas or meningiomas" of an MRI brain). A present one
// keeps the cerebral meninges, and so does a denied one whose own sentence names the brain (d236 "No features worrisome for
// atypical (grade 2) meningioma, but brain edema absent", table: meninges, cerebral / Uncertain Behavior D42.0).
const deniedMeningioma: readonly ReadingCase[] = [
  ['a feared meningioma of a brain report is coded as written', 'MRI brain 11/2026 reviewed with the family.\nPlan: repeat imaging in 5 years to screen for meningioma after cranial RT.',
    [['meningioma', 'D329', 'hypothetical']]],
  ['a denied meningioma of a brain report is coded as written', 'MRI brain 11/2026: 1.4 cm R vestibular schwannoma.\nNo other schwannomas or meningiomas.',
    [['vestibular schwannoma', 'D333', 'present'], ['meningiomas', 'D329', 'negated']]],
  ['a present meningioma of a brain report is cerebral', 'MRI brain 11/2026 reviewed.\nIncidental meningioma, stable.', [['meningioma', 'D320', 'present']]],
  ['a denied meningioma whose sentence names the brain stays cerebral', 'No features worrisome for atypical (grade 2) meningioma, but brain edema absent.',
    [['atypical (grade 2) meningioma', 'D420', 'negated']]],
];

// A note that writes findings on both sides of a paired organ where its metastases are ("bilateral pulmonary nodules (largest RLL
// 1.6 cm); bx RLL: metastatic clear cell RCC", d759; "multiple new FDG-avid nodules in both lungs (bx of RLL nodule: metastatic
// melanoma)", d729) documents both sides, so a side-less "lung mets" takes no one side from the biopsied lobe: table: lung /
// Malignant Secondary C78.0-, bilateral with no bilateral code, null with C78.01 and C78.02 (ANNOTATION.md "A bilateral site with
// no bilateral code"). An examination's "both lungs" or "clear bilaterally" names no finding and leaves the biopsied side.
const bilateralFindings: readonly ReadingCase[] = [
  ['bilateral pulmonary nodules leave "lung mets" without a side',
    'HPI: 66M w/ metastatic clear cell RCC (L radical nephrectomy 03/2021; lung mets 02/2025) on cabozantinib.\n- 02/2025 CT: bilateral pulmonary nodules (largest RLL 1.6 cm); bx RLL: metastatic clear cell RCC.',
    [['RCC', 'C642', 'present'], ['lung mets', 'null', 'present'], ['metastatic clear cell RCC', 'C7801', 'present'], ['RCC', 'C642', 'present']]],
  ['one biopsied lobe gives "lung mets" its side',
    'HPI: 66M w/ metastatic clear cell RCC (L radical nephrectomy 03/2021; lung mets 02/2025) on cabozantinib.\n- 02/2025 CT: 1.6 cm RLL nodule; bx RLL: metastatic clear cell RCC.',
    [['RCC', 'C642', 'present'], ['lung mets', 'C7801', 'present'], ['metastatic clear cell RCC', 'C7801', 'present'], ['RCC', 'C642', 'present']]],
  ['an examination of both lungs names no finding',
    'HPI: 66M w/ metastatic clear cell RCC (L radical nephrectomy 03/2021; lung mets 02/2025) on cabozantinib.\nExam: lungs clear bilaterally, both lungs without wheeze.\n- 02/2025 CT: 1.6 cm RLL nodule; bx RLL: metastatic clear cell RCC.',
    [['RCC', 'C642', 'present'], ['lung mets', 'C7801', 'present'], ['metastatic clear cell RCC', 'C7801', 'present'], ['RCC', 'C642', 'present']]],
];

// A metastasis named by a node basin that holds no organ is in its nodes, as round 20's "neck metastasis" is (table: lymph gland,
// axilla C77.3; inguinal region C77.4; d825 "axillary\nmetastasis" of a breast cancer), not the region's soft tissue (table:
// axilla / Malignant Secondary C79.89).
const nodeBasinMetastasis: readonly ReadingCase[] = [
  ['an axillary metastasis is the axillary nodes\'', 'Breast cancer with axillary\nmetastasis.',
    [['Breast cancer', 'null', 'present'], ['axillary\nmetastasis', 'C773', 'present']]],
  ['groin mets are the inguinal nodes\'', 'Melanoma of the L calf, now groin mets.', [['Melanoma of the L calf', 'C4372', 'present'], ['groin mets', 'C774', 'present']]],
  ['a denied axillary metastasis keeps the nodes', 'No axillary metastases.', [['axillary metastases', 'C773', 'negated']]],
];

// A benign neoplasm of a paired organ written with no side takes the one side the note documents for that organ's benign neoplasm
// (ANNOTATION.md "Side and sub-site documented elsewhere in the note"; table: adrenal / Benign D35.0-, left D35.02; d597 "L adrenal
// nodule 1.8 cm … c/w lipid-rich adenoma" … "3. Adrenal adenoma, nonfunctional, stable"). A denied one is coded as written (null).
// The plan's other problems stand between them, as in a primary care note: beyond the reach of the restatement passes.
const otherProblems = Array.from({ length: 30 }, () => '- HTN on amlodipine 5 mg daily, BP at goal, continue current dose and recheck BMP in 3 months.').join('\n');
const documentedBenignSide: readonly ReadingCase[] = [
  ['a side-less adrenal adenoma takes the documented left side',
    `Imaging: L adrenal nodule 1.8 cm, 8 HU - c/w lipid-rich adenoma.\nA/P:\n${otherProblems}\n3. Adrenal adenoma, nonfunctional, stable.`,
    [['lipid-rich adenoma', 'D3502', 'uncertain'], ['Adrenal adenoma', 'D3502', 'present']]],
  ['a denied side-less adrenal adenoma stays null',
    'Imaging: L adrenal nodule 1.8 cm, 8 HU - c/w lipid-rich adenoma.\nA/P:\n3. No adrenal adenoma on the right side was found.',
    [['lipid-rich adenoma', 'D3502', 'uncertain'], ['adrenal adenoma', 'null', 'negated']]],
];

describe('codes, round 21', () => {
  describe('a site-less hemangioma takes the documented region', () => checkReadings(documentedHemangiomaRegion));
  describe('a specimen label\'s part of the cervix', () => checkReadings(labelledCervixPart));
  describe('the tumour of a cancer proven at its organ\'s part', () => checkReadings(tumourOfProvenPart));
  describe('a denied or feared meningioma is coded as written', () => checkReadings(deniedMeningioma));
  describe('findings on both sides of a paired organ', () => checkReadings(bilateralFindings));
  describe('a metastasis of a node basin', () => checkReadings(nodeBasinMetastasis));
  describe('a benign neoplasm takes its documented side', () => checkReadings(documentedBenignSide));
});
