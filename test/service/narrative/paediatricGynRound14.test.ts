import { checkReadings } from './readingCases';

/**
 * Paediatric, AYA and gynaecologic oncology round 14 (issue 12): phrasings of the blind batch d523–d542's genre
 * that the reader missed, written as families of phrasing rather than copied from one note. Each expected code
 * cites its Index entry, Table of Neoplasms row or Tabular code (FY2027 code file titles); each case read
 * differently before this round unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative round 14: a leukaemia relapsed and then in remission is in remission in every mention', () => {
  checkReadings([
    // ANNOTATION.md "Remission and cure in one note" and "Relapse in one note" (the relapse code only "not since in remission");
    // Index: Leukemia, myeloid, acute, in remission C92.01 (Tabular C92.01 Acute myeloblastic leukemia, in remission).
    ['a relapse followed by CR2', 'Hx: AML dx 2024, induction -> CR1.\n10/2026: first marrow relapse of AML.\nImpression: AML in second complete remission, HSCT in CR2.', [
      ['AML', 'C9201', 'present'], ['AML', 'C9201', 'present'], ['AML', 'C9201', 'present'],
    ]],
    // Tabular C91.01 Acute lymphoblastic leukemia, in remission: the status stated last is the disease's now.
    ['a relapse written before the remission of B-ALL', 'B-ALL, relapsed 2025. Now B-ALL in CR2 after blinatumomab.', [
      ['B-ALL', 'C9101', 'present'], ['B-ALL', 'C9101', 'present'],
    ]],
    // Tabular C92.02 Acute myeloblastic leukemia, in relapse: a relapse after the remission is the disease's status now.
    ['guard: a relapse after a remission stays a relapse', 'AML in CR1 after 7+3. Now AML in relapse, blasts 40%.', [
      ['AML', 'C9201', 'present'], ['AML', 'C9202', 'present'],
    ]],
  ]);
});

describe('narrative round 14: a glioma of the optic pathway is the optic nerve', () => {
  checkReadings([
    // Index: Glioma — see Neoplasm, malignant; table: nerve, optic / Malignant Primary C72.3- (Tabular C72.32 Malignant neoplasm of left optic nerve).
    ['"L optic pathway glioma" and its restatement', 'L optic pathway glioma, stable on MRI. Optic glioma: continue ophthalmology q6mo.', [
      ['L optic pathway glioma', 'C7232', 'present'], ['Optic glioma', 'C7232', 'present'],
    ]],
    // Tabular C72.31 Malignant neoplasm of right optic nerve.
    ['"Right optic glioma"', 'Right optic glioma, on carboplatin/vincristine.', [['Right optic glioma', 'C7231', 'present']]],
    // Table: nerve, optic / Malignant Primary C72.3-: no side written, the row's candidates.
    ['an optic pathway glioma with no side', 'Optic pathway glioma, stable.', [['Optic pathway glioma', 'null', 'present']]],
    ['guard: a temporal glioma keeps the brain', 'Left temporal glioma, s/p resection, on TMZ.', [['temporal glioma', 'C712', 'present']]],
  ]);
});

describe('narrative round 14: a nerve sheath tumour of a body region is the peripheral nerve of that region', () => {
  checkReadings([
    // Index: Neurofibroma — see Neoplasm, nerve, benign; table: nerve, peripheral NEC, thigh / Benign D36.13 (Tabular D36.13 … of lower
    // limb, including hip); "sciatic" is its own row under nerve (D36.13).
    ['"Plexiform neurofibroma, R thigh"', 'Plexiform neurofibroma, R thigh, on selumetinib.', [['Plexiform neurofibroma, R thigh', 'D3613', 'present']]],
    // Table: nerve, peripheral NEC, forearm / Benign D36.12 (upper limb, including shoulder).
    ['a schwannoma of the forearm', 'Schwannoma of the right forearm, 2 cm on MRI.', [['Schwannoma of the right forearm', 'D3612', 'present']]],
    // Table: nerve, peripheral NEC, back / Benign D36.17 (trunk, unspecified).
    ['a neurofibroma of the back', 'Neurofibroma of the back, 2 cm.', [['Neurofibroma of the back', 'D3617', 'present']]],
    // Table: nerve, peripheral NEC, thigh / Malignant Primary C47.2- (Tabular C47.22 … of left lower limb, including hip).
    ['an MPNST of the thigh', 'MPNST of the left thigh, on doxorubicin/ifosfamide.', [['MPNST of the left thigh', 'C4722', 'present']]],
    ['guard: a nerve the table lists by name', 'Plexiform neurofibroma of the left sciatic nerve.', [['Plexiform neurofibroma of the left sciatic nerve', 'D3613', 'present']]],
  ]);
});

describe('narrative round 14: dysgerminoma is the ovary\'s germ cell tumour', () => {
  checkReadings([
    // Index: Dysgerminoma — specified site, see Neoplasm, malignant; unspecified site, female C56.9. Table: ovary / Malignant Primary,
    // Tabular C56.1 Malignant neoplasm of right ovary.
    ['a specimen label\'s dysgerminoma', 'A. R ovary + tube: dysgerminoma, 11.2 cm, capsule intact.', [['dysgerminoma', 'C561', 'present']]],
    ['"pure dysgerminoma of R ovary"', '14F w/ pure dysgerminoma of R ovary, FIGO stage IA.', [
      ['pure dysgerminoma of R ovary', 'C561', 'present'],
    ]],
    // Table: ovary / Malignant Primary C56.- (Tabular C56.2 left ovary).
    ['"L ovarian dysgerminoma"', 'L ovarian dysgerminoma, on BEP.', [['L ovarian dysgerminoma', 'C562', 'present']]],
  ]);
});

describe('narrative round 14: Hodgkin lymphoma abbreviations and the supraclavicular node', () => {
  checkReadings([
    // Index: Lymphoma, Hodgkin, nodular sclerosis C81.1-; stage II in its own item is lymph nodes of multiple sites (ANNOTATION.md):
    // Tabular C81.18 Nodular sclerosis Hodgkin lymphoma, lymph nodes of multiple sites.
    ['"NSHL stage IIB"', '1) NSHL stage IIB, bulky mediastinal - on therapy', [['NSHL', 'C8118', 'present']]],
    // Tabular C81.1A Nodular sclerosis Hodgkin lymphoma, in remission.
    ['"NSHL in CR"', 'NSHL in CR after ABVD x6.', [['NSHL', 'C811A', 'present']]],
    // Table: lymph gland, supraclavicular (neck); one named node is that region: Tabular C81.11 … lymph nodes of head, face, and neck.
    ['"L SCV node" excision', 'Excisional bx L SCV node 09/02: classic Hodgkin lymphoma, nodular sclerosis type', [
      ['classic Hodgkin lymphoma, nodular sclerosis', 'C8111', 'present'],
    ]],
    // Table: lymph gland, supraclavicular / Malignant Secondary C77.0.
    ['"L SCV node" metastasis', 'L SCV node FNA: metastatic SCC.', [['L SCV node FNA: metastatic SCC', 'C770', 'present']]],
    ['guard: the subclavian vein is no node', 'SCV line placed. Port via the SCV.', []],
    ['guard: "nshl" in lower case is no lymphoma', 'see nshl protocol', []],
  ]);
});

describe('narrative round 14: each component a mixed germ cell tumour names is a mention with the tumour\'s code', () => {
  checkReadings([
    // ANNOTATION.md "Mixed germ cell tumour" (h53) and "Descended testis"; Index: Tumor, germ cell, mixed — see Neoplasm, malignant;
    // table: testis, descended / Malignant Primary, Tabular C62.11 Malignant neoplasm of descended right testis.
    ['components listed after a specimen label', 'Both testes descended.\nPath (R testis, radical orchiectomy):\n Mixed germ cell tumor: embryonal carcinoma 60%, yolk sac tumor 30%, mature teratoma 10%.', [
      ['Mixed germ cell tumor', 'C6211', 'present'], ['embryonal carcinoma', 'C6211', 'present'], ['yolk sac tumor', 'C6211', 'present'],
      ['mature teratoma', 'C6211', 'present'],
    ]],
    ['components in a parenthesis', 'Right testis: mixed germ cell tumor (seminoma 40%, embryonal carcinoma 50%, teratoma 10%). Both testes descended.', [
      ['mixed germ cell tumor', 'C6211', 'present'], ['seminoma', 'C6211', 'present'], ['embryonal carcinoma', 'C6211', 'present'], ['teratoma', 'C6211', 'present'],
    ]],
    // Index: Teratoma, mature — see Neoplasm, benign; table: ovary / Benign D27.- (Tabular D27.1 left ovary): alone it keeps its own behaviour.
    ['guard: a mature teratoma with no germ cell tumour stays benign', 'B. L ovarian cyst: mature cystic teratoma, no immature elements.', [
      ['mature cystic teratoma', 'D271', 'present'],
    ]],
  ]);
});

describe('narrative round 14: drop metastases are spinal even in a brain MRI', () => {
  checkReadings([
    // Table: meninges, spinal / spine, spinal cord — Malignant Secondary C79.49 (Tabular C79.49 Secondary malignant neoplasm of other
    // parts of nervous system): the brain of the study is where they dropped from, not C79.31.
    ['a brain and spine MRI\'s "no drop mets"', 'MRI brain + total spine: No leptomeningeal enhancement / no drop mets along the spine.', [['drop mets', 'C7949', 'negated']]],
    ['a brain MRI\'s "no drop mets"', 'MRI brain: No drop mets.', [['drop mets', 'C7949', 'negated']]],
  ]);
});

describe('narrative round 14: "Rb" is retinoblastoma, not the RB1 protein of a stain', () => {
  checkReadings([
    // Index: Retinoblastoma — see Neoplasm, retina, malignant; table: retina / Malignant Primary C69.2- (Tabular C69.22 left retina);
    // "OS" is the left eye. "c/w" of an exam finding is uncertain (ANNOTATION.md).
    ['"OS lesion c/w early Rb"', 'OS small peripheral lesion 1.5 mm c/w early Rb.', [['Rb', 'C6922', 'uncertain']]],
    // Table: retina / Malignant Primary C69.2-: no side in the phrase, the row's candidates.
    ['"heritable Rb"', 'Blood RB1 sequencing: pathogenic germline variant - heritable Rb.', [['Rb', 'null', 'present']]],
    // Index: Pineoblastoma C75.3 (table: pineal (gland) / Malignant Primary C75.3); the parenthesis restates the trilateral Rb.
    ['"trilateral Rb (pineoblastoma)" as a risk', '2. Risk of trilateral Rb (pineoblastoma) - MRI q6mo to age 5.', [['pineoblastoma', 'C753', 'hypothetical']]],
    ['a pineoblastoma', 'Pineoblastoma, s/p resection, on CSI.', [['Pineoblastoma', 'C753', 'present']]],
    ['guard: "Rb" on a stain is the protein', 'RUL mass bx: small cell carcinoma, Rb loss on IHC. Rb retained in the second block.', [['carcinoma', 'C3411', 'present']]],
  ]);
});

describe('narrative round 14: Wilms tumour abbreviations', () => {
  checkReadings([
    // Index: Wilms' tumor — see Neoplasm, kidney, malignant; table: kidney / Malignant Primary C64.- (Tabular C64.1 right kidney).
    ['"DAWT of the right kidney"', 'DAWT of the right kidney, stage III.', [['DAWT of the right kidney', 'C641', 'present']]],
    ['"FHWT" alone, with its side', 'Path: L kidney FHWT, margins negative.', [['L kidney FHWT', 'C642', 'present']]],
    ['guard: "fhwt" in lower case is no diagnosis', 'see fhwt protocol', []],
  ]);
});

describe('narrative round 14: a flow cytometry result read "c/w" is the laboratory diagnosis', () => {
  checkReadings([
    // ANNOTATION.md: a cytology or tissue result read "c/w X" is present; Index: Leukemia, lymphoblastic (acute), precursor B-cell
    // C91.0- (Tabular C91.00 Acute lymphoblastic leukemia not having achieved remission).
    ['flow cytometry on peripheral blood', 'Flow cytometry on peripheral blood c/w precursor B-cell ALL (CD10+, CD19+).', [['B-cell ALL', 'C9100', 'present']]],
    // Index: Lymphoma (of) C85.9-: an image's "c/w" stays uncertain.
    ['guard: a CT read "c/w" stays uncertain', 'CT chest: mass c/w lymphoma.', [['lymphoma', 'C8590', 'uncertain']]],
  ]);
});

describe('narrative round 14: "Ewing" alone, and a biopsy read "negative for"', () => {
  checkReadings([
    // Index: Sarcoma, Ewing's — see Neoplasm, bone, malignant; table: bone, femur / Malignant Primary C40.2- (Tabular C40.21 right lower limb).
    ['"Ewing of the right femur"', 'Ewing of the right femur, on VDC/IE.', [['Ewing of the right femur', 'C4021', 'present']]],
    // A solid tumour in the marrow is its spread there (table: marrow (bone) / Malignant Secondary C79.52), negated.
    ['"marrow bx negative for Ewing"', 'Bone marrow biopsy negative for Ewing.', [['Ewing', 'C7952', 'negated']]],
    ['"marrow bx negative for Ewing sarcoma"', 'Staging PET: no lung mets; marrow bx negative for Ewing sarcoma.', [
      ['lung mets', 'null', 'negated'], ['Ewing sarcoma', 'C7952', 'negated'],
    ]],
    // Table: liver / Malignant Secondary C78.7: a carcinoma found in a metastasis-prone organ's biopsy is its spread there.
    ['a liver biopsy read "negative for"', 'Liver bx negative for adenocarcinoma.', [['adenocarcinoma', 'C787', 'negated']]],
    ['guard: a person named Ewing', 'Seen by Dr. Ewing today.', []],
  ]);
});

describe('narrative round 14: gestational trophoblastic neoplasia', () => {
  checkReadings([
    // Tabular D39.2 Neoplasm of uncertain behavior of placenta (inclusions chorioadenoma destruens, invasive hydatidiform mole): GTN
    // diagnosed by hCG without tissue, as the corpus codes it.
    ['post-molar GTN', 'Plateau x 3 wks then rise -> meets FIGO criteria for post-molar GTN.', [['GTN', 'D392', 'present']]],
    ['low-risk GTN', '24F w/ low-risk GTN after complete mole, FIGO stage I.', [['GTN', 'D392', 'present']]],
    // Tabular C58 Malignant neoplasm of placenta (inclusion choriocarcinoma NOS): the GTN named with the choriocarcinoma is that malignancy.
    ['a GTN that names the choriocarcinoma before it', '1. Choriocarcinoma, high-risk GTN (FIGO stage IV, WHO score 13)', [
      ['Choriocarcinoma', 'C58', 'present'], ['GTN', 'C58', 'present'],
    ]],
    ['guard: "gtn" in lower case (glyceryl trinitrate) is no neoplasm', 'Chest pain relieved by sublingual gtn spray.', []],
    ['guard: "GTN spray" and "sublingual GTN" are glyceryl trinitrate', 'Angina: GTN spray PRN. Relieved by sublingual GTN.', []],
  ]);
});

describe('narrative round 14: "ACC" is adrenocortical carcinoma only beside the long form', () => {
  checkReadings([
    // Table: adrenal, cortex / Malignant Primary C74.0-; history Z85.858 (personal history of malignant neoplasm of other endocrine glands);
    // a denied recurrence of the documented cancer takes its side (ANNOTATION.md round 22, which mended d541 from null to C74.02:
    // Tabular C74.02 Malignant neoplasm of cortex of left adrenal gland).
    ['an LFS note\'s "ACC"', 'Hx adrenocortical carcinoma, L adrenal, age 2 (2021): complete resection. NED since.\nAssessment: LFS, personal hx of ACC (NED 5 yrs), on surveillance.\n- No findings to suggest recurrent ACC this cycle.', [
      ['adrenocortical carcinoma, L adrenal', 'Z85858', 'history'], ['ACC', 'Z85858', 'history'], ['ACC', 'C7402', 'negated'],
    ]],
    ['guard: adenoid cystic carcinoma and the cardiology college stay unread', 'R parotid ACC, perineural invasion. Follows ACC/AHA guidelines.', []],
  ]);
});
