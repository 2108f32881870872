import { checkReadings } from './readingCases';

/**
 * Vocabulary, types and codes round 12 (issue 12): the paperwork and edges of the cancer world — skin tumours in nodes,
 * sarcoma clinics' abbreviations. Each expected code cites its Table of Neoplasms row (FY2025 table), Index entry or
 * Tabular code (FY2027 code file titles); each case read differently before this round unless its title opens with
 * "guard", which pins what the new reading must not change.
 */

describe('narrative round 12: a Merkel cell carcinoma found in a lymph node', () => {
  checkReadings([
    // Tabular C7B.1 Secondary Merkel cell carcinoma, inclusion term "Merkel cell carcinoma nodal presentation": the node
    // holds the secondary, and C7B.1 (not the table's lymph gland C77.0) is its code.
    ['"1 of 2 nodes w/ micrometastatic MCC"', 'SLN L level IIA: 1 of 2 nodes w/ micrometastatic MCC (1.2 mm).', [['MCC', 'C7B1', 'present']]],
    ['"Merkel cell carcinoma in one lymph node"', 'C. LYMPH NODE, SENTINEL #1, LEFT AXILLA, EXCISION:\n - Merkel cell carcinoma in one lymph node (1/1).', [
      ['Merkel cell carcinoma', 'C7B1', 'present'],
    ]],
    // Z85.821 Personal history of Merkel cell carcinoma, whatever site it was found at.
    ['a treated nodal Merkel cell carcinoma is its history', 'Hx of Merkel cell carcinoma in a lymph node, treated 2015.', [['Merkel cell carcinoma', 'Z85821', 'history']]],
    // guard: a melanoma in a node keeps the table's lymph gland, inguinal / Malignant Secondary C77.4.
    ['guard: a melanoma in a labelled inguinal node stays C77.4', 'SLN #1 R inguinal: melanoma in one of 2 nodes.', [['melanoma', 'C774', 'present']]],
  ]);
});

describe('narrative round 12: "RP" for the retroperitoneum', () => {
  checkReadings([
    // Index: Liposarcoma — see Neoplasm, connective tissue, malignant; table: retroperitoneum / Malignant Primary C48.0.
    ['"Recurrent RP DDLPS"', '1. Recurrent RP DDLPS - not resectable.', [['RP DDLPS', 'C480', 'present']]],
    ['"liposarcoma of L RP": a side makes "RP" a site', 'Recurrent dedifferentiated liposarcoma of L RP, biopsy-proven.', [['liposarcoma of L RP', 'C480', 'present']]],
    // Table: lymph gland, retroperitoneal / Malignant Secondary C77.2.
    ['"RP nodes"', 'Metastatic adenocarcinoma to RP nodes.', [['adenocarcinoma to RP nodes', 'C772', 'present']]],
    // guard: "s/p RP" is a radical prostatectomy (table: prostate / Malignant Primary C61), no retroperitoneum.
    ['guard: "s/p RP" stays a prostatectomy', 'Prostate ca s/p RP 2015, on ADT for rising PSA.', [['Prostate ca', 'C61', 'present']]],
  ]);
});

describe('narrative round 12: "MR" and "MS" in capitals are no titles for the patient\'s sex', () => {
  checkReadings([
    // Table: breast / Malignant Primary C50.9-; Tabular C50.912 Malignant neoplasm of unspecified site of left female breast
    // (the woman's "F" is the note's only sex cue once mitral regurgitation no longer counts as "Mr").
    ['"Mild MR." leaves a woman\'s breast cancer female', 'HPI: 45 y/o F referred for LVEF decline.\n - L breast IDC 1.6 cm, ER+.\nEcho: global hypokinesis. Mild MR.', [
      ['L breast IDC', 'C50912', 'present'],
    ]],
    // Tabular C50.922 Malignant neoplasm of unspecified site of left male breast.
    ['"MS" (multiple sclerosis) is no "Ms"', '70 y/o M with MS on natalizumab. L breast ca, ER+.', [['L breast ca', 'C50922', 'present']]],
  ]);
});

describe('narrative round 12: "Hodgkin" alone', () => {
  checkReadings([
    // Index: Disease, Hodgkin — see Lymphoma, Hodgkin C81.9-; cured: Guideline I.C.2.d, Z85.71 Personal history of Hodgkin lymphoma.
    ['"Hx Hodgkin"', '5. Hx Hodgkin - survivorship: echo up to date.', [['Hodgkin', 'Z8571', 'history']]],
    // Index: Lymphoma, Hodgkin C81.9-; Ann Arbor stage II is two node regions: Tabular C81.98 Hodgkin lymphoma, unspecified,
    // lymph nodes of multiple sites.
    ['"Hodgkin, stage IIA"', 'Dx: Hodgkin, stage IIA, on ABVD cycle 3.', [['Hodgkin', 'C8198', 'present']]],
    // guard: the cells named after Hodgkin are no lymphoma of their own.
    ['guard: "Hodgkin cells"', 'Scattered Hodgkin cells were not seen.', []],
  ]);
});

describe('narrative round 12: a tumour board named after its field is no diagnosis', () => {
  // ANNOTATION.md, not mentions: names of clinics, services, conferences and boards ("Tumor board").
  checkReadings([
    ['"per NET Tumor Board"', 'If progression -> PRRT, per NET Tumor Board.', []],
    ['"Lymphoma Tumor Board"', 'Discussed at Lymphoma Tumor Board 12/4: agree.', []],
    ['"melanoma board"', 'Presented at melanoma board 11/30.', []],
  ]);
});

describe('narrative round 12: a Merkel cell carcinoma restated without its site', () => {
  checkReadings([
    // Index: Carcinoma, Merkel cell, face C4A.3-; table: skin, cheek (external) C44.39- → Tabular C4A.39 Merkel cell carcinoma of
    // other parts of face: the biopsy's carcinoma is the one the note names at the left cheek.
    ['the biopsy of the cheek\'s Merkel cell carcinoma', 'Dx: Merkel cell carcinoma, L cheek, pT2.\nHPI: Punch bx 10/2026 (derm): Merkel cell carcinoma, CK20+.', [
      ['Merkel cell carcinoma, L cheek', 'C4A39', 'present'], ['Merkel cell carcinoma', 'C4A39', 'present'],
    ]],
    // Tabular C4A.61 Merkel cell carcinoma of right upper limb, including shoulder.
    ['the plan\'s Merkel cell carcinoma', 'Dx: Merkel cell carcinoma of the R forearm.\nPlan: Merkel cell carcinoma - adjuvant RT to the primary site.', [
      ['Merkel cell carcinoma of the R forearm', 'C4A61', 'present'], ['Merkel cell carcinoma', 'C4A61', 'present'],
    ]],
  ]);
});

describe('narrative round 12: a carcinoid written before its metastasis word is the metastasis\'s material', () => {
  checkReadings([
    // Tabular C7B.02 Secondary carcinoid tumors of liver, C7B.03 of bone; the ileal primary is Tabular C7A.012 Malignant
    // carcinoid tumor of the ileum, named once: "NET mets" is no second, site-less primary (C7A.00).
    ['"NET mets to liver and bone"', 'Known ileal NET. Now NET mets to liver and bone.', [
      ['ileal NET', 'C7A012', 'present'], ['mets to liver', 'C7B02', 'present'], ['bone', 'C7B03', 'present'],
    ]],
    ['"hepatic NET mets" is one metastasis', 'Known ileal NET. MRI liver confirms hepatic NET\nmets.', [['ileal NET', 'C7A012', 'present'], ['mets', 'C7B02', 'present']]],
  ]);
});

describe('narrative round 12: the sites of spread set off by a dash or colon after a metastatic diagnosis', () => {
  checkReadings([
    // Table: liver / Malignant Secondary C78.7; bone / Malignant Secondary C79.51; breast with no side: null (ANNOTATION.md).
    ['"Metastatic breast cancer - liver, bone."', 'Metastatic breast cancer - liver, bone.', [
      ['breast cancer', 'null', 'present'], ['liver', 'C787', 'present'], ['bone', 'C7951', 'present'],
    ]],
    ['"Metastatic breast cancer: liver, bone."', 'Metastatic breast cancer: liver, bone.', [
      ['breast cancer', 'null', 'present'], ['liver', 'C787', 'present'], ['bone', 'C7951', 'present'],
    ]],
    // Guideline I.C.2.k, C80.1; adrenal gland, right / Malignant Secondary C79.71; lymph gland, retroperitoneal C77.2.
    ['an unknown primary\'s listed spread', 'Metastatic carcinoma of unknown primary (CUP) - liver, R adrenal, RP nodes, bone.', [
      ['unknown primary', 'C801', 'present'], ['liver', 'C787', 'present'], ['R adrenal', 'C7971', 'present'], ['RP nodes', 'C772', 'present'], ['bone', 'C7951', 'present'],
    ]],
    // guard: words other than sites after the dash are no list of spread (table: colon / Malignant Primary C18.9).
    ['guard: "- liver biopsy showed …" is no list', 'Metastatic colon cancer - liver biopsy planned.', [['colon cancer', 'C189', 'present']]],
  ]);
});

describe('narrative round 12: the listed spread of a histology that implies its organ', () => {
  checkReadings([
    // CRC: Tabular C19 (colorectal, histologyLexicon); liver C78.7; lung with no side: null (C78.0- needs it, ANNOTATION.md).
    ['"Metastatic CRC - liver, lung."', 'Metastatic CRC - liver, lung.', [['CRC', 'null', 'present'], ['liver', 'C787', 'present'], ['lung', 'null', 'present']]],
    // RCC: kidney / Malignant Primary C64.- (no side: null); bone C79.51.
    ['"Metastatic RCC (bone, lung)."', 'Metastatic RCC (bone, lung).', [['RCC', 'null', 'present'], ['bone', 'C7951', 'present'], ['lung', 'null', 'present']]],
  ]);
});

describe('narrative round 12: "plasma cell neoplasm" in a note about myeloma', () => {
  checkReadings([
    // Index: Myeloma, multiple C90.0-; Tabular C90.00 Multiple myeloma not having achieved remission: the fracture site's
    // plasma cell neoplasm is the myeloma the same note proves.
    ['the myeloma\'s fracture site', 'HPI: pathologic fx; bx of the fx site showed plasma cell neoplasm, M-spike 3.1. Dx: IgG kappa multiple myeloma.', [
      ['plasma cell neoplasm', 'C9000', 'present'], ['multiple myeloma', 'C9000', 'present'],
    ]],
    // guard: alone it names no type the Index codes.
    ['guard: a plasma cell neoplasm alone', 'Biopsy: plasma cell neoplasm. Plan: PET.', []],
  ]);
});

describe('narrative round 12: "hepatocellular ca" and "hepatocellular cancer"', () => {
  checkReadings([
    // Index: Carcinoma, hepatocellular C22.0; history: Z85.05 Personal history of malignant neoplasm of liver.
    ['"Hx of hepatocellular ca"', 'Hx of hepatocellular ca s/p resection 2019, NED.', [['hepatocellular ca', 'Z8505', 'history']]],
    // Index: Carcinoma, hepatocellular C22.0 (screening for it: hypothetical).
    ['"surveillance for hepatocellular cancer"', 'Cirrhosis; surveillance for hepatocellular cancer q6mo.', [['hepatocellular cancer', 'C220', 'hypothetical']]],
  ]);
});

describe('narrative round 12: the kidney disease named after myeloma', () => {
  checkReadings([
    // Tabular N08 (glomerular disorders in diseases classified elsewhere) names the kidney disease; the myeloma is coded where the
    // note names it (Index: Myeloma, multiple, in relapse C90.02).
    ['"myeloma cast nephropathy" is no second myeloma', 'Relapsed multiple myeloma. CKD 3b (myeloma cast nephropathy vs HTN).', [['multiple myeloma', 'C9002', 'present']]],
  ]);
});

describe('narrative round 12: devices called implants', () => {
  checkReadings([
    // Tabular Z95.828 Presence of other vascular implants and grafts: a port, no metastasis (C79.89).
    ['a problem list\'s "vascular implants"', 'Z95.828 Presence of other vascular implants (port)', []],
    ['"cardiac implants"', 'Hx: cardiac implants (ICD 2019).', []],
  ]);
});

describe('narrative round 12: the spread and the bare primary of a Merkel cell carcinoma', () => {
  checkReadings([
    // Tabular C4A.39 Merkel cell carcinoma of other parts of face (table: skin, cheek C44.39-): the PET's "L cheek primary".
    ['the PET\'s "L cheek primary"', 'Dx: Merkel cell carcinoma, L cheek.\nPET/CT: avid L cheek primary (2.4 cm); no other avid foci.', [
      ['Merkel cell carcinoma, L cheek', 'C4A39', 'present'], ['L cheek primary', 'C4A39', 'present'],
    ]],
    // Tabular C7B.1 Secondary Merkel cell carcinoma (visceral metastatic presentation); C4A.61 right upper limb.
    ['"new liver mets" of a Merkel cell carcinoma', 'Merkel cell carcinoma of the R forearm. CT: new liver mets.', [
      ['Merkel cell carcinoma of the R forearm', 'C4A61', 'present'], ['liver mets', 'C7B1', 'present'],
    ]],
  ]);
});

describe('narrative round 12: a carcinoid restated without its site', () => {
  checkReadings([
    // Index: Tumor, carcinoid, malignant, ileum → Tabular C7A.012 Malignant carcinoid tumor of the ileum; its liver spread is
    // C7B.02 and is not the restated tumour's site.
    ['the plan\'s "NET" is the ileal tumour', 'Dx: Well-differentiated neuroendocrine tumor of ileum, G2, metastatic to liver.\nA/P: 1. NET G2 - continue lanreotide.', [
      ['Well-differentiated neuroendocrine tumor of ileum', 'C7A012', 'present'], ['metastatic to liver', 'C7B02', 'present'], ['NET', 'C7A012', 'present'],
    ]],
  ]);
});

describe('narrative round 12: a relative\'s carcinoid at its organ', () => {
  checkReadings([
    // Table: appendix / Malignant Primary C18.1 → Z80.0 Family history of malignant neoplasm of digestive organs.
    ['"sister - carcinoid of appendix"', 'FHx: sister - carcinoid of appendix at 35.', [['carcinoid of appendix', 'Z800', 'family']]],
    // Table: lung / Malignant Primary C34.9- → Z80.1 Family history of malignant neoplasm of trachea, bronchus and lung.
    ['"father - lung carcinoid"', 'FHx: father - lung carcinoid.', [['lung carcinoid', 'Z801', 'family']]],
    // guard: with no organ, Z80.9 Family history of malignant neoplasm, unspecified.
    ['guard: a relative\'s carcinoid with no organ', 'FHx: mother - carcinoid.', [['carcinoid', 'Z809', 'family']]],
  ]);
});
