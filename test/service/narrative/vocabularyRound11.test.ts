import { checkReadings } from './readingCases';

/**
 * Vocabulary, sites and types round 11 (issue 12): the word orders of writers whose first language puts the side last,
 * and benign lesions of ordinary clinics coded through the Index. Each expected code cites its Table of Neoplasms row
 * (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case read differently before this round
 * unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative vocabulary round 11: a side written after the organ with "side"', () => {
  checkReadings([
    // Table: breast / upper-outer quadrant / Malignant Primary C50.4-; Tabular C50.412 Malignant neoplasm of upper-outer
    // quadrant of left female breast (the quadrant of the later line is the same cancer's sub-site).
    ['"ca of the breast left side" and its quadrant', 'Patient is 67 years old woman with ca of the breast left side, operated 2019.\nPathology was invasive ductal carcinoma, upper outer quadrant, 2.4 cm.', [
      ['ca of the breast left side', 'C50412', 'present'], ['ductal carcinoma, upper outer quadrant', 'C50412', 'present'],
    ]],
    // Table: kidney / Malignant Primary C64.-; Tabular C64.1 Malignant neoplasm of right kidney, except renal pelvis.
    ['"RCC of the kidney right side"', 'RCC of the kidney right side.', [['RCC of the kidney right side', 'C641', 'present']]],
  ]);
});

describe('narrative vocabulary round 11: nerve sheath tumours', () => {
  checkReadings([
    // Index: Tumor, nerve sheath — table: nerve / Unspecified D49.2; Neurofibroma — see Neoplasm, nerve, benign (D36.10: the
    // differential is about the nerve sheath tumour's nerve); malignant peripheral nerve sheath tumour: nerve / Malignant Primary C47.9.
    ['a nerve sheath tumour read on MRI, its differential and a denied MPNST', 'MRI: 3.1 cm fusiform lesion -> peripheral nerve sheath tumor, schwannoma vs neurofibroma; no features of MPNST.', [
      ['peripheral nerve sheath tumor', 'D492', 'present'], ['neurofibroma', 'D3610', 'uncertain'], ['MPNST', 'C479', 'negated'],
    ]],
    // Table: forearm / Benign D36.7; an excised benign neoplasm: Z86.018 Personal history of other benign neoplasm.
    ['an excised neurofibroma of the forearm', 'PMH: Neurofibroma L forearm, excised 2019.', [['Neurofibroma L forearm', 'Z86018', 'history']]],
    // Table: stomach / Benign D13.1: a site-less schwannoma of a gastric biopsy stays the stomach's (no implied nerve).
    ['guard: a schwannoma of a gastric biopsy keeps the stomach', 'Biopsy of gastric mass: schwannoma.', [['schwannoma', 'D131', 'present']]],
  ]);
});

describe('narrative vocabulary round 11: "AML" in a note about an angiomyolipoma', () => {
  checkReadings([
    // Index: Angiomyolipoma — see Lipoma; Lipoma, kidney D17.71 (Tabular D17.71 Benign lipomatous neoplasm of kidney).
    ['"AML" after a renal angiomyolipoma', 'Renal angiomyolipoma 2 cm. AML stable on CT.', [
      ['Renal angiomyolipoma', 'D1771', 'present'], ['AML', 'D1771', 'present'],
    ]],
    // Index: Leukemia, myeloid, acute, in remission C92.01: a remission names the leukaemia.
    ['guard: "AML in CR1" stays the leukaemia beside an angiomyolipoma', 'AML in CR1. Renal angiomyolipoma incidental.', [
      ['AML', 'C9201', 'present'], ['Renal angiomyolipoma', 'D1771', 'present'],
    ]],
    // Index: Leukemia, myeloid, acute C92.0-; Syndrome, myelodysplastic (history Z86.03).
    ['guard: "AML" after MDS stays the leukaemia beside an angiomyolipoma', 'Hx MDS, now AML. Angiomyolipoma R kidney.', [
      ['MDS', 'Z8603', 'history'], ['AML', 'C9200', 'present'], ['Angiomyolipoma R kidney', 'D1771', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 11: a hospital unit named after its field', () => {
  checkReadings([
    // A letterhead's unit is no diagnosis; the patient's myeloma is (Index: Myeloma, multiple C90.0-, Tabular C90.00).
    ['a letterhead "Division of Hematologic Malignancies"', 'Division of Hematologic Malignancies\nUniversity Cancer Center\n\nDear Dr. X, she has IgA myeloma.', [
      ['myeloma', 'C9000', 'present'],
    ]],
    // Table: breast / Malignant Primary C50.9-; Tabular C50.912 Malignant neoplasm of unspecified site of left female breast.
    ['a letterhead "DEPARTMENT OF BREAST CANCER SURGERY"', 'DEPARTMENT OF BREAST CANCER SURGERY\nShe has breast cancer of the left breast.', [
      ['breast cancer of the left breast', 'C50912', 'present'],
    ]],
    // Table: breast / Malignant Primary; history Z85.3 Personal history of malignant neoplasm of breast.
    ['guard: "History of breast cancer" is no unit', 'History of breast cancer.', [['breast cancer', 'Z853', 'history']]],
    // A unit's field joined by a slash ("Leukemia/BMT Program"); Index: Leukemia, myeloid, acute, in remission C92.01.
    ['a letterhead "Leukemia/BMT Program"', 'Leukemia/BMT Program - Post-Transplant Clinic\n# AML in CR1.', [['AML', 'C9201', 'present']]],
    // Index: Lymphoma, diffuse large B-cell C83.3- (Tabular C83.30).
    ['a letterhead "Lymphoma/Myeloma Service"', 'Lymphoma/Myeloma Service note. DLBCL.', [['DLBCL', 'C8330', 'present']]],
    // A guideline's title in brackets is no diagnosis; Index: Myelofibrosis, primary — Tabular D47.4 (inclusion: myelofibrosis, idiopathic).
    ['a guideline\'s title in brackets "NCCN Guidelines (MPN)"', 'NCCN Guidelines (MPN) list momelotinib as a preferred option. He has PMF.', [['PMF', 'D474', 'present']]],
    // Table: breast / Malignant Primary C50.9-; Tabular C50.911 Malignant neoplasm of unspecified site of right female breast.
    ['a guideline\'s title in brackets "NCCN guidelines (breast cancer)"', 'per NCCN guidelines (breast cancer), she qualifies. She has R breast IDC.', [['R breast IDC', 'C50911', 'present']]],
    ['a unit "Lymphoma & Myeloma Center" in a plan', 'Heme/Onc appt 12/10 (4th floor Lymphoma & Myeloma Center). Biopsy showed DLBCL.', [['DLBCL', 'C8330', 'present']]],
  ]);
});

describe('narrative vocabulary round 11: a tumour of an organ where the note proves a benign neoplasm', () => {
  checkReadings([
    // ANNOTATION.md '"Tumor" of a proven cancer' read for a proven benign neoplasm: table: pituitary / Benign D35.2.
    ['"pituitary tumor as above" after a pituitary adenoma on pathology', 'Path: pituitary adenoma, Ki-67 2%.\nHx\n- pituitary tumor as above', [
      ['pituitary adenoma', 'D352', 'present'], ['pituitary tumor', 'D352', 'present'],
    ]],
    // Index: Oncocytoma — see Neoplasm, benign, by site: table: kidney / Benign D30.0-; left D30.02.
    ['"Kidney tumor" after a biopsied L kidney oncocytoma', 'L kidney oncocytoma on core biopsy. Kidney tumor 3 cm, plan surveillance.', [
      ['L kidney oncocytoma', 'D3002', 'present'], ['Kidney tumor', 'D3002', 'present'],
    ]],
    // Table: colon, sigmoid / Malignant Primary C18.7: a cancer of the organ outweighs its benign adenoma.
    ['guard: a cancer of the organ outweighs a benign adenoma there', 'Colonoscopy: sigmoid colon tubular adenoma. Sigmoid adenocarcinoma on path. The sigmoid tumor was resected.', [
      ['sigmoid colon tubular adenoma', 'D125', 'present'], ['Sigmoid adenocarcinoma', 'C187', 'present'], ['sigmoid tumor', 'C187', 'present'],
    ]],
    // Z86.0101 Personal history of adenomatous and serrated colon polyps; table: colon, sigmoid / Unspecified D49.0.
    ['guard: an adenoma removed in the past proves nothing of a new tumour', 'Hx tubular adenoma of the sigmoid colon removed 2019. CT: sigmoid tumor 3 cm.', [
      ['tubular adenoma of the sigmoid colon', 'Z860101', 'history'], ['sigmoid tumor', 'D490', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 11: a liver segment written after "liver"', () => {
  checkReadings([
    // Index: Hemangioma, intra-abdominal structures D18.03 (the liver: table: liver / Malignant Primary C22.0, an intra-abdominal organ).
    ['"The hemangioma of liver segment 6"', 'The hemangioma of liver segment 6 is old, not changed, benign.', [['hemangioma of liver segment 6', 'D1803', 'present']]],
    ['"liver segment 6 hemangioma"', 'liver segment 6 hemangioma, stable.', [['liver segment 6 hemangioma', 'D1803', 'present']]],
  ]);
});

describe('narrative vocabulary round 11: cavernoma', () => {
  checkReadings([
    // Index: Hemangioma (cavernous), intracranial structures: Tabular D18.02 Hemangioma of intracranial structures.
    ['"pontine cavernoma"', 'MRI: pontine cavernoma, stable.', [['pontine cavernoma', 'D1802', 'present']]],
    ['"cavernoma in the L temporal lobe"', 'MRI brain: cavernoma in the L temporal lobe.', [['cavernoma in the L temporal lobe', 'D1802', 'present']]],
    // Index: Hemangioma, intra-abdominal structures D18.03 (the liver).
    ['"hepatic cavernous hemangioma"', 'hepatic cavernous hemangioma 2 cm.', [['hepatic cavernous hemangioma', 'D1803', 'present']]],
  ]);
});

describe('narrative vocabulary round 11: a site set off after a tumour that names where the disease progresses', () => {
  checkReadings([
    // Table: lung / upper lobe / Malignant Primary C34.1-; left C34.12: "CNS progression" is no brain primary (C72.9).
    ['"metastatic NSCLC, CNS progression"', 'HPI: 64F with LUL adenocarcinoma dx 2024.\nA/P: 64F w/ EGFR+ metastatic NSCLC, CNS progression on osimertinib.', [
      ['LUL adenocarcinoma', 'C3412', 'present'], ['NSCLC', 'C3412', 'present'],
    ]],
    // Table: lung / upper lobe / Malignant Primary C34.1-; right C34.11: a site set off with nothing after it is the tumour's.
    ['guard: "NSCLC, RUL" keeps its lobe', 'NSCLC, RUL.', [['NSCLC, RUL', 'C3411', 'present']]],
  ]);
});

describe('narrative vocabulary round 11: a site word naming a symptom', () => {
  checkReadings([
    // "for abdominal pain" names no site of the lesion: the label's renal lesion is the angiomyolipoma's (Index: Angiomyolipoma — see
    // Lipoma; Tabular D17.71 Benign lipomatous neoplasm of kidney), not skin and subcutaneous tissue of other sites (D17.39).
    ['"L renal lesion found on CT for abdominal pain: … c/w angiomyolipoma"', 'L renal lesion found on CT for abdominal pain: 4.8 cm exophytic lower pole mass with macroscopic fat (-60 HU), no calcification -> c/w angiomyolipoma.', [
      ['angiomyolipoma', 'D1771', 'uncertain'],
    ]],
  ]);
});
