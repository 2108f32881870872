import { checkReadings } from './readingCases';

/**
 * Vocabulary and sites round 6 (issue 12): node regions and sub-sites from the finding's subject, its
 * report label and its parentheses, and names the reader did not know, written as families of phrasing
 * rather than copied from one note. Each expected code cites its Table of Neoplasms row (FY2025 table),
 * Index entry or Tabular code (FY2027 code file titles); each case read differently before this round
 * unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative sites round 6: a cancer called metastatic by its primary, found in a node or another organ', () => {
  checkReadings([
    // "metastatic X carcinoma" names the primary X (NARRATIVE.md): table: thyroid / Malignant Primary C73; the node the finding
    // is about is the secondary: table: lymph gland, neck (level IV) / Malignant Secondary C77.0.
    ['the node a hedged finding is about is where the thyroid carcinoma spread', 'Abnormal R level IV lymph node, suspicious for metastatic papillary thyroid carcinoma.', [
      ['metastatic papillary thyroid carcinoma', 'C770', 'uncertain'], ['thyroid carcinoma', 'C73', 'uncertain'],
    ]],
    ['a node specimen label above the finding is where it spread', 'B. LYMPH NODE, RIGHT LEVEL IV, FNA:\n   - METASTATIC PAPILLARY THYROID CARCINOMA.', [
      ['METASTATIC PAPILLARY THYROID CARCINOMA', 'C770', 'present'], ['THYROID CARCINOMA', 'C73', 'present'],
    ]],
    // Table: liver / Malignant Secondary C78.7; colon / Malignant Primary C18.9.
    ['a liver lesion consistent with metastatic colon cancer is a liver secondary', 'Liver lesion, consistent with metastatic colon cancer.', [
      ['metastatic colon cancer', 'C787', 'uncertain'], ['colon cancer', 'C189', 'uncertain'],
    ]],
    // Table: lymph gland, axilla / Malignant Secondary C77.3, read once from the nodes written after the carcinoma.
    ['guard: nodes written after the carcinoma are read once', 'C. LYMPH NODE, LEFT AXILLARY, EXCISION:\n - METASTATIC BREAST CARCINOMA IN 2 OF 12 LYMPH NODES.', [
      ['METASTATIC BREAST CARCINOMA IN 2 OF 12 LYMPH NODES', 'C773', 'present'], ['BREAST CARCINOMA', 'null', 'present'],
    ]],
    ['guard: the primary\'s own organ as label names no spread', 'Thyroid, right lobe, lobectomy: metastatic papillary thyroid carcinoma.', [
      ['thyroid carcinoma', 'C73', 'present'],
    ]],
  ]);
});

describe('narrative sites round 6: a node region written before a word that describes the nodes', () => {
  checkReadings([
    // Table: lymph gland, cervical (neck levels) / Malignant Secondary C77.0.
    ['"R level IIA and III metastatic adenopathy" is the neck', '2. R level IIA and III metastatic adenopathy; level IIA node with suspected ENE.', [['metastatic adenopathy', 'C770', 'present']]],
    ['"Right cervical metastatic lymph nodes" is the neck', 'Right cervical metastatic lymph nodes, largest 2 cm.', [['metastatic lymph nodes', 'C770', 'present']]],
    // Table: lymph gland, mediastinal / Malignant Secondary C77.1; lymph gland, retroperitoneal / Malignant Secondary C77.2.
    ['"mediastinal metastatic adenopathy" is intrathoracic', 'Mediastinal metastatic adenopathy.', [['metastatic adenopathy', 'C771', 'present']]],
    ['"bulky retroperitoneal metastatic lymphadenopathy" is intra-abdominal', 'Bulky retroperitoneal metastatic lymphadenopathy.', [['metastatic lymphadenopathy', 'C772', 'present']]],
  ]);
});

describe('narrative sites round 6: the node a nodal metastasis is about, described at length or in the clause before', () => {
  checkReadings([
    // Table: lymph gland, cervical (neck level IV) / Malignant Secondary C77.0.
    ['a node with a long description before "suspicious for nodal metastasis" gives its region', 'Lymph nodes: R level IV node, 1.3 cm short axis, rounded, loss of fatty hilum, peripheral microcalcifications and cystic change, suspicious for nodal metastasis.', [
      ['nodal metastasis', 'C770', 'uncertain'],
    ]],
    // Table: lymph gland, axilla, axillary / Malignant Secondary C77.3.
    ['a clause after a semicolon goes on about the node of the clause before', '2. Indeterminate L axillary level I node; recommend targeted US with possible FNA to exclude\nnodal metastasis.', [
      ['nodal metastasis', 'C773', 'uncertain'],
    ]],
  ]);
});

describe('narrative sites round 6: a melanoma found in a lymph node is the node\'s secondary', () => {
  checkReadings([
    // Table: lymph gland, axilla, axillary / Malignant Secondary C77.3 (a node holds no primary melanoma of skin, Index C43.-).
    ['"negative for melanoma" under a node label is the node, negated', 'C. LYMPH NODE, SENTINEL #2, LEFT AXILLA, EXCISION:\n   One lymph node, negative for melanoma (0/1) on H&E and SOX10.', [
      ['melanoma', 'C773', 'negated'],
    ]],
    ['"Metastatic melanoma in one lymph node" is one node secondary, no melanoma of an unnamed skin site', 'B. LYMPH NODE, SENTINEL #1, LEFT AXILLA, EXCISION:\n   Metastatic melanoma in one lymph node (1/1); largest deposit 0.6 mm.', [
      // The finding's own words are the mention (round 7; the corpus annotates "Metastatic melanoma", d358).
      ['Metastatic melanoma in one lymph node', 'C773', 'present'],
    ]],
    // Table: lymph gland, inguinal / Malignant Secondary C77.4.
    ['a node label before "metastatic melanoma" is its one site', 'Right inguinal lymph node, excision: metastatic melanoma.', [
      ['Right inguinal lymph node, excision: metastatic', 'C774', 'present'],
    ]],
    // Index: Melanoma, skin, back C43.59 (Tabular "Malignant melanoma of other part of trunk").
    ['guard: a melanoma of a skin label stays the skin\'s', 'A. SKIN, LEFT UPPER BACK, WIDE LOCAL EXCISION:\n   Residual invasive melanoma, 0.4 mm thick.', [
      ['invasive melanoma', 'C4359', 'present'],
    ]],
  ]);
});

describe('narrative sites round 6: an organ\'s part in parentheses or set off after the histology', () => {
  checkReadings([
    // Table: bladder, wall, lateral / Malignant Primary C67.2 ("Malignant neoplasm of lateral wall of bladder").
    ['"of the bladder (left lateral wall)" is the lateral wall', 'Urothelial carcinoma of the bladder (left lateral wall).', [['Urothelial carcinoma of the bladder', 'C672', 'present']]],
    // Table: bladder, wall, posterior / Malignant Primary C67.4 ("Malignant neoplasm of posterior wall of bladder").
    ['guard: "Bladder cancer (posterior wall)" stays the posterior wall', 'Bladder cancer (posterior wall).', [['Bladder cancer', 'C674', 'present']]],
    // Table: bladder, wall, lateral C67.2: a specimen label sets the part off after the lesion word of the proven carcinoma.
    ['"Bladder tumor, left lateral wall" of a proven carcinoma is the lateral wall', 'SPECIMEN:\nA. Bladder tumor, left lateral wall, TURBT\n\nFINAL DIAGNOSIS:\nA. URINARY BLADDER, LEFT LATERAL WALL, TRANSURETHRAL RESECTION:\n   - INVASIVE HIGH-GRADE PAPILLARY UROTHELIAL CARCINOMA (pT1).', [
      ['Bladder tumor', 'C672', 'present'], ['UROTHELIAL CARCINOMA', 'C672', 'present'],
    ]],
    // Table: stomach, lesser curvature NEC / Malignant Primary C16.5.
    ['guard: "Gastric adenocarcinoma (lesser curvature)" stays the lesser curvature', 'Gastric adenocarcinoma (lesser curvature), cT3N1.', [['Gastric adenocarcinoma', 'C165', 'present']]],
    // Table: bladder (urinary) / Malignant Primary C67.9: words that name no part change nothing.
    ['guard: "(muscle invasive)" names no part', 'Bladder cancer (muscle invasive).', [['Bladder cancer', 'C679', 'present']]],
    // Table: colon, sigmoid / Malignant Primary C18.7 (a site in parentheses, read before this round too).
    ['guard: "of the colon (sigmoid)" stays the sigmoid', 'Adenocarcinoma of the colon (sigmoid).', [['Adenocarcinoma of the colon', 'C187', 'present']]],
  ]);
});

describe('narrative vocabulary round 6: "UC" and "HGUC" as urothelial carcinoma', () => {
  checkReadings([
    // The Paris System's "HGUC" is high-grade urothelial carcinoma: of the bladder unless a site is written (table: bladder / Malignant Primary C67.9).
    ['"positive for HGUC" is a urothelial carcinoma', 'Urine cytology: positive for HGUC.', [['HGUC', 'C679', 'present']]],
    ['"Bladder UC" is a bladder carcinoma', 'Bladder UC, pT1, recurrent.', [['Bladder UC', 'C679', 'present']]],
    ['"Muscle-invasive UC" is a bladder carcinoma', 'Muscle-invasive UC, cT2N0, for neoadjuvant ddMVAC.', [['UC', 'C679', 'present']]],
    // Table: ureter / Malignant Primary C66.- (left C66.2); pelvis, renal / Malignant Primary C65.- (left C65.2).
    ['"High-grade UC of the left ureter" is the left ureter', 'High-grade UC of the left ureter.', [['UC of the left ureter', 'C662', 'present']]],
    ['"L renal pelvis UC" is the left renal pelvis', 'L renal pelvis UC s/p nephroureterectomy.', [['L renal pelvis UC', 'C652', 'present']]],
    ['guard: "UC on mesalamine" is ulcerative colitis', 'UC on mesalamine, last colonoscopy 2025 with mild proctitis.', []],
    ['guard: "Pancolitis from UC" is ulcerative colitis', 'Pancolitis from UC; colon cancer screening due.', [['colon cancer', 'C189', 'hypothetical']]],
  ]);
});

describe('narrative sites round 6: a soft-tissue tumour restated in other words', () => {
  checkReadings([
    // Index: Myxofibrosarcoma — see Neoplasm, connective tissue, malignant; table: connective tissue, thigh / Malignant Primary C49.2- (right C49.21).
    ['"favor myxofibrosarcoma" after a thigh sarcoma is that thigh tumour', 'IMPRESSION: 8 cm heterogeneous mass in the right posterior thigh, highly suspicious for high-grade soft tissue sarcoma; favor myxofibrosarcoma.', [
      ['soft tissue sarcoma', 'C4921', 'uncertain'], ['myxofibrosarcoma', 'C4921', 'uncertain'],
    ]],
    // Table: bone, ilium / Malignant Primary C41.4 (Ewing sarcoma: Index, see Neoplasm, bone, malignant).
    ['guard: a restatement in the same words keeps its site', 'Ewing sarcoma of the R iliac wing.\n#1 Ewing sarcoma - proceed C7 VDC.', [
      ['Ewing sarcoma of the R iliac wing', 'C414', 'present'], ['Ewing sarcoma', 'C414', 'present'],
    ]],
    ['guard: a sarcoma named with no site earlier is no mention', 'Favor myxofibrosarcoma.', []],
    // Index: Liposarcoma — see Neoplasm, connective tissue, malignant; denied, coded as written: connective tissue NOS C49.9.
    ['a denied restated sarcoma is coded as written', 'Soft tissue sarcoma of the R thigh. MDM2 is not amplified; dedifferentiated liposarcoma is excluded.', [
      ['Soft tissue sarcoma of the R thigh', 'C4921', 'present'], ['liposarcoma', 'C499', 'negated'],
    ]],
  ]);
});

describe('narrative sites round 6: a label that lists the organs a specimen holds', () => {
  checkReadings([
    // Table: uterus / Malignant Primary C55 (a hysterectomy specimen; the cervix listed is not the tumour's part, C53.9).
    ['"Uterus, cervix, bilateral tubes and ovaries" as a part label names the uterus', 'A. Uterus, cervix, bilateral tubes and ovaries, TLH-BSO:\n   - Serous carcinoma, high grade.', [
      ['carcinoma', 'C55', 'present'],
    ]],
    ['"Uterus, cervix, bilateral tubes and ovaries" as a specimen header names the uterus', 'SPECIMEN: Uterus, cervix, bilateral tubes and ovaries (TLH-BSO)\n\nDIAGNOSIS: Serous carcinoma, high grade.', [
      ['carcinoma', 'C55', 'present'],
    ]],
    // Table: pancreas, head / Malignant Primary C25.0: a part noun in a listing label still names the part.
    ['guard: "Pancreas, head, and duodenum" keeps the head', 'A. PANCREAS, HEAD, AND DUODENUM, PANCREATICODUODENECTOMY:\n   - INVASIVE DUCTAL ADENOCARCINOMA.', [
      ['ADENOCARCINOMA', 'C250', 'present'],
    ]],
  ]);
});

describe('narrative sites round 6: an endometrioid carcinoma of the uterus', () => {
  checkReadings([
    // Table: endometrium / Malignant Primary C54.1: an endometrioid carcinoma of the uterus is of its lining, not of the uterus NOS (C55).
    ['an endometrioid carcinoma under a hysterectomy label is endometrial', 'A. UTERUS, CERVIX, BILATERAL FALLOPIAN TUBES AND OVARIES, TLH-BSO:\n   - Endometrioid adenocarcinoma, FIGO grade 2.', [
      ['adenocarcinoma', 'C541', 'present'],
    ]],
    ['"Endometrioid adenocarcinoma of the uterus" is endometrial', 'Endometrioid adenocarcinoma of the uterus, FIGO 1.', [['adenocarcinoma of the uterus', 'C541', 'present']]],
    // Table: ovary / Malignant Primary C56.- (right C56.1): the type names no organ of its own.
    ['guard: an endometrioid carcinoma of the ovary stays ovarian', 'Endometrioid adenocarcinoma of the right ovary.', [['adenocarcinoma of the right ovary', 'C561', 'present']]],
    ['guard: a uterine serous carcinoma stays the uterus', 'Uterine serous carcinoma.', [['Uterine serous carcinoma', 'C55', 'present']]],
  ]);
});

describe('narrative vocabulary round 6: words that are not diagnoses', () => {
  checkReadings([
    // "Dry MM" in an examination is dry mucous membranes, not malignant melanoma (Index: Melanoma C43.9), in a note that names a melanoma too.
    ['"Dry MM" is mucous membranes', 'Hx melanoma of the back. EXAM: Dry MM. Skin: scar.', [['melanoma of the back', 'Z85820', 'history']]],
    // Index: Melanoma (malignant) C43.9: "MM" as the melanoma in a note about one.
    // "met" is also the verb: "Milan criteria still met" (the HCC is read, table: liver / Malignant Primary, Index: Carcinoma, hepatocellular C22.0).
    ['"Milan criteria still met" is no metastasis', 'New 2.2 cm segment 6 observation, LR-5, consistent with HCC. Milan criteria still met (single lesion <5 cm).', [['HCC', 'C220', 'uncertain']]],
    // Table: bone, vertebra / Malignant Secondary C79.51.
    ['"Met with patient and family" is no metastasis; "L1 met" is', 'Met with patient and family. Known L1 met, s/p SBRT.', [['L1 met', 'C7951', 'present']]],
    ['guard: "MM, stage IIIB" is still the melanoma', 'Hx melanoma of the back. A/P: MM, stage IIIB, on nivolumab.', [
      ['melanoma of the back', 'Z85820', 'history'], ['MM', 'C439', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 6: myelodysplastic syndromes by subtype', () => {
  checkReadings([
    // Tabular D46.1 "Refractory anemia with ring sideroblasts" (inclusion term RARS), the WHO "MDS with ring sideroblasts".
    ['"MDS w/ ring sideroblasts" is D46.1', 'SNF admission. MDS w/ ring sideroblasts, transfusion dependent.', [['MDS w/ ring sideroblasts', 'D461', 'present']]],
    // Round 13: the abbreviation restating the name in its own parenthesis is one mention with it (ANNOTATION.md).
    ['"MDS-RS" in parentheses restates it', 'Myelodysplastic syndrome with ring sideroblasts (MDS-RS), on luspatercept.', [
      ['Myelodysplastic syndrome with ring sideroblasts', 'D461', 'present'],
    ]],
    // Tabular D46.22 "Refractory anemia with excess of blasts 2" (inclusion term RAEB 2), the WHO "MDS-EB-2".
    ['"MDS-EB-2" is D46.22', 'MDS-EB-2, on azacitidine.', [['MDS-EB-2', 'D4622', 'present']]],
    // Index: Syndrome, myelodysplastic D46.9.
    ['guard: "MDS" alone stays D46.9', 'MDS, low risk.', [['MDS', 'D469', 'present']]],
  ]);
});

describe('narrative sites round 6: a meningioma\'s place set off after it in several words', () => {
  checkReadings([
    // Table: meninges, cerebral / Benign D32.0 (Index: Meningioma — see Neoplasm, meninges, benign).
    ['"Meningioma, L frontal convexity, 1.8 cm" is the cerebral meninges', 'Meningioma, L frontal convexity, 1.8 cm, stable.', [['Meningioma', 'D320', 'present']]],
    // Table: brain, overlapping lesion / Malignant Primary C71.8 (read before this round too).
    ['guard: "GBM (IDH-wildtype), R frontoparietal" stays overlapping', 'GBM (IDH-wildtype), R frontoparietal, s/p resection.', [['GBM', 'C718', 'present']]],
  ]);
});

describe('narrative sites round 6: a lipoma\'s site set off before a parenthesis', () => {
  checkReadings([
    // Index: Lipoma, skin, trunk D17.1 ("Benign lipomatous neoplasm of skin and subcutaneous tissue of trunk"; the back is trunk).
    ['"Lipoma, R upper back (D17.1)" is the trunk', 'Lipoma, R upper back (D17.1) - unchanged.', [['Lipoma, R upper back', 'D171', 'present']]],
  ]);
});

describe('narrative sites round 6: the spinal cord and its compression', () => {
  checkReadings([
    // "Metastatic spinal cord compression" names a complication (G95.20), not a secondary site; the cancer after it is read.
    ['"Metastatic spinal cord compression" is no secondary site', '1. Metastatic spinal cord compression at T10 due to metastatic prostate cancer.', [['prostate cancer', 'C61', 'present']]],
    ['"Metastatic cord compression" is no secondary site', 'Metastatic cord compression at T10.', []],
    // Table: spine, spinal (column), cord / Malignant Secondary C79.49 ("Secondary malignant neoplasm of other parts of nervous system").
    ['"Metastasis to the spinal cord" is the cord, not the column', 'Metastasis to the spinal cord.', [['Metastasis to the spinal cord', 'C7949', 'present']]],
    ['"spinal cord metastasis" is the cord', 'Intramedullary spinal cord metastasis.', [['spinal cord metastasis', 'C7949', 'present']]],
    // Table: bone, spine / Malignant Secondary C79.51.
    ['guard: "Spinal metastases" stay the bone', 'Spinal metastases at T4 and L2.', [['Spinal metastases', 'C7951', 'present']]],
  ]);
});

describe('narrative sites round 6: spine levels listed after a metastasis word', () => {
  checkReadings([
    // Table: bone, vertebra / Malignant Secondary C79.51 (the sacrum's row, bone, sacrum, prints the same cell).
    ['"mets T4, L2, L5, sacrum" are bone metastases', 'MRI: additional mets T4, L2, L5, sacrum w/o canal compromise.', [['mets T4, L2, L5, sacrum', 'C7951', 'present']]],
    ['"metastases C5-C7 and T2" are bone metastases', 'Osseous metastases C5-C7 and T2.', [['Osseous metastases C5-C7 and T2', 'C7951', 'present']]],
    // A T category before a carcinoma is its stage, not a vertebra (table: lung / Malignant Primary C34.9-, side not written).
    ['guard: "T4 N2" is a stage', 'T4 N2 M0 adenocarcinoma of the lung.', [['adenocarcinoma of the lung', 'null', 'present']]],
  ]);
});

describe('narrative sites round 6: visceral metastases', () => {
  checkReadings([
    // Table: viscera NEC / Malignant Secondary C79.89 (ANNOTATION.md: "Visceral metastases" is viscera NEC, not C79.9).
    ['"no visceral metastases" is viscera NEC, denied', 'CT C/A/P for restaging: no visceral metastases.', [['visceral metastases', 'C7989', 'negated']]],
    ['guard: "visceral pleural invasion" names no site of a metastasis', 'Adenocarcinoma with visceral pleural invasion (PL1).', []],
    ['guard: "Visceral crisis" is no site', 'Visceral crisis from liver mets.', [['liver mets', 'C787', 'present']]],
  ]);
});

describe('narrative sites round 6: a part of an organ named before it with "of"', () => {
  checkReadings([
    // Table: pancreas, body / Malignant Primary C25.1 ("metastatic X of the pancreas" names the pancreas as the primary).
    ['"metastatic adenocarcinoma of the body of the pancreas" is the body', 'EUS-FNA 9/2026: metastatic adenocarcinoma of the body of the pancreas.', [
      ['adenocarcinoma of the body of the pancreas', 'C251', 'present'],
    ]],
    // Table: bladder, wall, lateral / Malignant Primary C67.2.
    ['"of the lateral wall of the bladder" is the lateral wall', 'Urothelial carcinoma of the lateral wall of the bladder.', [['Urothelial carcinoma of the lateral wall of the bladder', 'C672', 'present']]],
    // Table: tongue, tip / Malignant Primary C02.1.
    ['"of the tip of the tongue" is the tip', 'Carcinoma of the tip of the tongue.', [['Carcinoma of the tip of the tongue', 'C021', 'present']]],
    // Table: pancreas, head / Malignant Primary C25.0 (a lexicon phrase, read before this round too).
    ['guard: "of the head of the pancreas" stays the head', 'Adenocarcinoma of the head of the pancreas.', [['Adenocarcinoma of the head of the pancreas', 'C250', 'present']]],
  ]);
});

describe('narrative sites round 6: a lesion described between its site and its noun', () => {
  checkReadings([
    // Table: lung, upper lobe / Malignant Primary C34.1- (left C34.12): the biopsy result is about the LUL mass.
    ['"LUL spiculated 3.4 cm mass … bx: adenocarcinoma" is the left upper lobe', 'HPI: 68M, LUL spiculated 3.4 cm mass found on LDCT 8/2026. CT-guided bx: adenocarcinoma, acinar predominant.', [
      ['adenocarcinoma', 'C3412', 'present'],
    ]],
    ['guard: a site joined to another lesion by "and" is no lesion site', 'LUL opacity and 8 mm nodule found on LDCT. CT-guided bx: adenocarcinoma.', []],
  ]);
});

describe('narrative sites round 6: a finding set off by a dash after its lesion', () => {
  checkReadings([
    // Table: stomach, body / Malignant Primary C16.2.
    ['"gastric body mass - poorly differentiated adenocarcinoma" is the gastric body', '1. Acute upper GI bleed from ulcerated gastric body mass - poorly differentiated adenocarcinoma (new dx)', [
      ['adenocarcinoma', 'C162', 'present'],
    ]],
    // Table: lung, upper lobe / Malignant Primary C34.1- (right C34.11).
    ['"RUL mass - adenocarcinoma on EBUS" is the right upper lobe', 'RUL mass - adenocarcinoma on EBUS.', [['adenocarcinoma', 'C3411', 'present']]],
  ]);
});

describe('narrative sites round 6: the side of an organ\'s metastases documented elsewhere in the note', () => {
  checkReadings([
    // Table: lung / Malignant Secondary C78.0- (right C78.01): the note's only lung metastasis is the RUL one.
    ['"liver and lung metastases" take the side of the one RUL metastasis', 'HISTORY: Stage IV rectal adenocarcinoma with liver and lung metastases, on FOLFOX.\nFINDINGS: Previously seen RUL metastasis now 6 mm.', [
      ['rectal adenocarcinoma', 'C20', 'present'], ['liver', 'C787', 'present'], ['lung metastases', 'C7801', 'present'], ['RUL metastasis', 'C7801', 'present'],
    ]],
    ['a lung metastasis named before the one documented with its side takes it', 'Lung metastases, on chemo. RUL metastasis resected 2025.', [
      ['Lung metastases', 'C7801', 'present'], ['RUL metastasis', 'C7801', 'present'],
    ]],
    // "lungs" is both lungs: no one side (C78.0- needs it; no bilateral code), so the candidates stay open.
    ['guard: "metastatic to lungs" documents both sides', 'Lung metastases, on chemo. Osteosarcoma metastatic to lungs. RUL metastasis resected 2025.', [
      ['Lung metastases', 'null', 'present'], ['Osteosarcoma', 'C419', 'present'], ['metastatic to lungs', 'null', 'present'], ['RUL metastasis', 'C7801', 'present'],
    ]],
  ]);
});

describe('narrative sites round 6: a finding its sentence names as a primary of its organ', () => {
  checkReadings([
    // Index: Cholangiocarcinoma, intrahepatic C22.1: the adenocarcinoma found in the liver is that tumour, not a liver secondary (C78.7).
    ['"Liver bx: adenocarcinoma c/w intrahepatic cholangiocarcinoma" is one liver primary', 'Liver bx: adenocarcinoma c/w intrahepatic cholangiocarcinoma (CK7+, CK20-), IDH1 mutated.', [
      // A liver biopsy read "c/w" is the pathologist's diagnosis (ANNOTATION.md, cytology and tissue "c/w"; d318's gold).
      ['intrahepatic cholangiocarcinoma', 'C221', 'present'],
    ]],
    // Table: liver / Malignant Secondary C78.7; colon and rectum / Malignant Primary C19.
    ['guard: a liver finding of another organ\'s primary stays a liver secondary', 'Liver bx: adenocarcinoma c/w colorectal primary (CK20+, CDX2+).', [
      ['adenocarcinoma', 'C787', 'present'], ['colorectal primary', 'null', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 6: an extranodal DLBCL by organ', () => {
  checkReadings([
    // Tabular C83.398 "Diffuse large B-cell lymphoma of other extranodal and solid organ sites"; C83.390 "Primary central nervous system lymphoma".
    ['"DLBCL involving the lung" is C83.398', 'DLBCL involving the lung.', [['DLBCL involving the lung', 'C83398', 'present']]],
    ['"DLBCL of the brain" is C83.390', 'DLBCL of the brain.', [['DLBCL of the brain', 'C83390', 'present']]],
    ['an untyped "Pulm lymphoma" beside a DLBCL is C83.398', 'DLBCL, stage IV. CT: RLL mass. Pulm lymphoma felt unlikely.', [['DLBCL', 'C8338', 'present'], ['Pulm lymphoma', 'C83398', 'uncertain']]],
  ]);
});

describe('narrative sites round 6: an organ\'s parenchyma', () => {
  checkReadings([
    // Table: lung / Malignant Secondary C78.0- needs the side: null with its candidates, denied.
    ['"no pulmonary parenchymal metastases" are lung metastases, denied', 'No pulmonary parenchymal metastases.', [['pulmonary parenchymal metastases', 'null', 'negated']]],
    // Table: brain NEC / Malignant Secondary C79.31.
    ['"Brain parenchymal metastases" are brain metastases', 'Brain parenchymal metastases.', [['Brain parenchymal metastases', 'C7931', 'present']]],
  ]);
});

describe('narrative sites round 6: specimens reported together with "all" or "both"', () => {
  checkReadings([
    // Table: lymph gland, mediastinal / hilar / bronchopulmonary (stations 4R, 4L, 7, 11L) / Malignant Secondary C77.1, denied.
    ['"stations 4R, 4L, 7, 11L all negative for malignancy" are intrathoracic nodes', 'EBUS-TBNA 10/2026: stations 4R, 4L, 7, 11L all negative for malignancy.', [['malignancy', 'C771', 'negated']]],
    ['"were all negative" too', 'Stations 4R and 7 were all negative for malignancy.', [['malignancy', 'C771', 'negated']]],
    // Table: lymph gland, axilla / Malignant Secondary C77.3, denied.
    ['"both negative for carcinoma" of axillary nodes', 'Bilateral axillary lymph nodes both negative for carcinoma.', [['carcinoma', 'C773', 'negated']]],
  ]);
});

describe('narrative sites round 6: a benign breast finding beside a known cancer of the other side', () => {
  checkReadings([
    // Index: Fibroadenoma — see Neoplasm, benign; table: breast / Benign D24.- (right D24.1): the line's "RIGHT:" names the side, and a
    // fibroadenoma is no restatement of the left breast carcinoma before it (C50.412: upper outer quadrant at 2 o'clock, left, female).
    ['a fibroadenoma on a "RIGHT:" line is the right breast', 'HISTORY: 52F with IDC of the left breast at 2 o\'clock.\n\nRIGHT: 6 mm oval mass at 7:00, likely fibroadenoma.', [
      ['IDC of the left breast', 'C50412', 'present'], ['fibroadenoma', 'D241', 'uncertain'],
    ]],
    ['"R:" as the line\'s label names the side too', 'R: 2.1 cm mass, likely fibroadenoma.', [['fibroadenoma', 'D241', 'uncertain']]],
  ]);
});

describe('narrative sites round 6: enlarged nodes listed before a metastasis word', () => {
  checkReadings([
    // Table: bone / Malignant Secondary C79.51, denied; the pelvic adenopathy is a finding of its own, not a metastasis (C77.5).
    ['"No pelvic adenopathy or osseous metastases" denies the bone metastases only', '3. No pelvic adenopathy or osseous metastases.', [['osseous metastases', 'C7951', 'negated']]],
    ['"Retroperitoneal adenopathy and liver metastases" names the liver metastases only', 'Retroperitoneal adenopathy and liver metastases.', [['liver metastases', 'C787', 'present']]],
    // Table: lymph gland / Malignant Secondary C77.9 and bone C79.51: "nodal" is the node metastasis itself.
    ['guard: "No nodal or osseous metastases" denies both', 'No nodal or osseous metastases.', [['nodal', 'C779', 'negated'], ['osseous metastases', 'C7951', 'negated']]],
  ]);
});

describe('narrative sites round 6: a cancer\'s type set off by a dash', () => {
  checkReadings([
    // Table: breast / Malignant Primary C50.9- (right, female C50.911): the type after the dash is a mention of its own.
    ['"R breast cancer - invasive ductal carcinoma" is two mentions of the right breast', 'Ms. R is a 49 yo woman w/ R breast cancer - invasive ductal carcinoma, 2.8 cm, grade 3.', [
      ['R breast cancer', 'C50911', 'present'], ['ductal carcinoma', 'C50911', 'present'],
    ]],
    // Table: lymph gland, mediastinal (station 7) / Malignant Secondary C77.1: one finding restated after the dash.
    ['guard: "POSITIVE FOR MALIGNANCY - METASTATIC SMALL CELL CARCINOMA" is one finding', 'B. LYMPH NODE, STATION 7, EBUS-FNA:\n   POSITIVE FOR MALIGNANCY - METASTATIC SMALL CELL CARCINOMA.', [
      ['MALIGNANCY', 'C771', 'present'],
    ]],
  ]);
});

describe('narrative sites round 6: a urothelial carcinoma under the label of another urinary organ', () => {
  checkReadings([
    // Table: ureter / Malignant Primary C66.- (left C66.2): the label names the organ, not the bladder the histology implies.
    ['"LEFT URETER" label makes a urothelial carcinoma the left ureter\'s', 'D. LEFT URETER, BIOPSY:\n   - Urothelial carcinoma, high grade.', [['Urothelial carcinoma', 'C662', 'present']]],
    // Table: bladder / Malignant Primary C67.9: a bladder cancer names its own organ whatever the label.
    ['guard: a "bladder cancer" stays the bladder\'s', 'D. LEFT URETER, BIOPSY:\n   - Muscle-invasive bladder cancer.', [['bladder cancer', 'C679', 'present']]],
  ]);
});

describe('narrative sites round 6: a part set off in the label of a tumour that implies its organ', () => {
  checkReadings([
    // Table: bladder, dome / Malignant Primary C67.1.
    ['"A. BLADDER, DOME, TURBT:" makes a urothelial carcinoma the dome\'s', 'A. BLADDER, DOME, TURBT:\n   - Urothelial carcinoma, high grade.', [['Urothelial carcinoma', 'C671', 'present']]],
  ]);
});

describe('narrative vocabulary round 6: the plural "malignancies"', () => {
  checkReadings([
    // As "malignancy": a denied relative's cancer keeps Z80.9 (Family history of malignant neoplasm, unspecified), a
    // personal history of site-less cancers is Z85.9 (Personal history of malignant neoplasm, unspecified).
    ['"No other malignancies in the family", "Hx of multiple malignancies"', 'FHx: mother with breast cancer. No other malignancies in the family. Hx of multiple malignancies.', [
      ['breast cancer', 'Z803', 'family'], ['malignancies', 'Z809', 'negated'], ['malignancies', 'Z859', 'history'],
    ]],
  ]);
});
