import { checkReadings } from './readingCases';

/**
 * Structured reports round 14 (issue 12): RECIST tables, synoptic pathology, trial and tumour-board documents of the blind
 * batch d543–d562, read generically. Each expected code cites its Table of Neoplasms row (FY2025 table), Index entry or
 * Tabular code (FY2027 code file titles); each case read differently before this round unless its title opens with "guard",
 * which pins what the new reading must not change.
 */

describe('narrative round 14: implants on the serosal surfaces', () => {
  checkReadings([
    // A RECIST target lesion written as a site and "implant": table: peritoneum, peritoneal / Malignant Secondary C78.6 (the
    // perihepatic space is the peritoneum covering the liver, not the liver's C78.7).
    ['"Perihepatic implant" of a RECIST table', '| 1 | Perihepatic implant | 24 mm | 10 mm |', [['Perihepatic implant', 'C786', 'present']]],
    ['"Peritoneal implant"', 'Peritoneal implant, 2 cm.', [['Peritoneal implant', 'C786', 'present']]],
    ['"Omental implant"', 'Omental implant 2 cm, decreased.', [['Omental implant', 'C786', 'present']]],
    // Table: cul-de-sac (Douglas') / Malignant Secondary C78.6; "pelvic cul-de-sac" is that one site, not the pelvis as well.
    ['"Pelvic cul-de-sac implant"', 'Pelvic cul-de-sac implant 31 mm.', [['Pelvic cul-de-sac implant', 'C786', 'present']]],
    ['"Cul-de-sac metastases"', 'Cul-de-sac metastases.', [['Cul-de-sac metastases', 'C786', 'present']]],
    ['"metastasis to the pouch of Douglas"', 'Metastasis to the pouch of Douglas.', [['Metastasis to the pouch of Douglas', 'C786', 'present']]],
    // Table: peritoneum, pelvic / Malignant Secondary C78.6: one site, not also the pelvis's C79.89.
    ['"Pelvic peritoneal metastases" is one site', 'Pelvic peritoneal metastases.', [['Pelvic peritoneal metastases', 'C786', 'present']]],
    ['"perisplenic nodules"', 'Perisplenic nodules c/w metastases.', [['Perisplenic nodules c/w metastases', 'C786', 'uncertain']]],
    // A serous borderline tumour's noninvasive implant is of uncertain behaviour: table: peritoneum / Uncertain Behavior D48.4.
    ['a borderline tumour\'s "noninvasive implant"', 'Peritoneal bx, pelvic sidewall: noninvasive implant.', [['noninvasive implant', 'D484', 'present']]],
    // guard: one implant elsewhere is a device, not a metastasis.
    ['guard: a breast implant', 'The left breast implant is intact.', []],
    ['guard: a prostate seed implant', 'Prostate seed implant 2019.', []],
    ['guard: "perihepatic fluid"', 'Small perihepatic fluid.', []],
  ]);
});

describe('narrative round 14: a smooth muscle tumour of uncertain malignant potential', () => {
  checkReadings([
    // Index: Tumor, smooth muscle, uncertain malignant potential — see Neoplasm, connective tissue, uncertain behavior; the uterus
    // is no connective-tissue row, so its own: table: uterus / Uncertain Behavior D39.0.
    ['a uterine STUMP spelled out', 'Uterus, hysterectomy: smooth muscle tumor of uncertain malignant potential (STUMP), 8.5 cm.', [
      ['smooth muscle tumor of uncertain malignant potential', 'D390', 'present'],
    ]],
    ['"STUMP of the uterus"', 'STUMP of the uterus.', [['STUMP of the uterus', 'D390', 'present']]],
    // guard: the stump an operation leaves is no tumour, in capitals or not.
    ['guard: "RECTAL STUMP"', 'FINDINGS: RECTAL STUMP INTACT.', []],
    ['guard: "the stump"', 'Bronchial stump intact. The stump healed well.', []],
  ]);
});

describe('narrative round 14: an organ "without" metastasis', () => {
  checkReadings([
    // An imaging report's organ free of disease is the organ the denied metastasis is about: table: liver / Malignant
    // Secondary C78.7; brain / Malignant Secondary C79.31 (not the site-less C79.9).
    ['"Hepatic parenchyma without metastasis"', 'Hepatic parenchyma without metastasis. No pleural effusion.', [['Hepatic parenchyma without metastasis', 'C787', 'negated']]],
    ['"Liver without metastatic disease"', 'Liver without metastatic disease.', [['Liver without metastatic disease', 'C787', 'negated']]],
    ['"w/o evidence of"', 'Brain parenchyma w/o evidence of metastases.', [['Brain parenchyma w/o evidence of metastases', 'C7931', 'negated']]],
    // guard: a region the study covers whole names no organ (C79.9 as before).
    ['guard: "Pelvis without metastatic disease"', 'Pelvis without metastatic disease.', [['metastatic disease', 'C799', 'negated']]],
  ]);
});

describe('narrative round 14: the kidney\'s regional nodes', () => {
  checkReadings([
    // A nephrectomy's perirenal node lies in the retroperitoneum: table: lymph gland, retroperitoneal / Malignant Secondary C77.2.
    ['"Perirenal lymph node" of a nephrectomy report', 'B. Perirenal lymph node, excision: one lymph node, negative for metastatic carcinoma (0/1).', [
      ['lymph node, negative for metastatic carcinoma', 'C772', 'negated'],
    ]],
    ['"perinephric lymph node"', 'Perinephric lymph node positive for metastatic carcinoma.', [['Perinephric lymph node positive for metastatic carcinoma', 'C772', 'present']]],
  ]);
});

describe('narrative round 14: "lymphomatous involvement"', () => {
  checkReadings([
    // The adjective names the patient's lymphoma, typed by the encounter (noteTypes.ts): Tabular C83.30 Diffuse large B-cell
    // lymphoma, unspecified site (the marrow is no node region); C83.398 … of other extranodal and solid organ sites (lung);
    // C83.38 … lymph nodes of multiple sites; C83.3A … in remission.
    ['a staging marrow with "no lymphomatous involvement"', 'DLBCL. BMBx: no lymphomatous involvement.', [
      ['DLBCL', 'C8330', 'present'], ['lymphomatous involvement', 'C8330', 'negated'],
    ]],
    ['"lymphomatous involvement of the lung"', 'DLBCL. Lymphomatous involvement of the lung less likely.', [
      ['DLBCL', 'C8330', 'present'], ['Lymphomatous involvement of the lung', 'C83398', 'uncertain'],
    ]],
    ['a PET\'s nodes "c/w lymphomatous involvement"', 'DLBCL. PET/CT c/w lymphomatous involvement of cervical, mediastinal and para-aortic nodes.', [
      ['DLBCL', 'C8330', 'present'], ['lymphomatous involvement of cervical, mediastinal and para-aortic nodes', 'C8338', 'uncertain'],
    ]],
    ['in remission', 'DLBCL in remission. Lymphomatous involvement of kidney felt unlikely.', [
      ['DLBCL', 'C833A', 'present'], ['Lymphomatous involvement of kidney', 'C833A', 'uncertain'],
    ]],
  ]);
});

describe('narrative round 14: a colorectal synoptic\'s tumour deposits', () => {
  checkReadings([
    // "Tumor Deposits" is the CAP colorectal field for discontinuous mesenteric nodules (AJCC N1c), a staging property the
    // corpus never codes as a secondary of its own (no C78.5 / C77.9 for it).
    ['"Tumor Deposits: Not identified"', 'Sigmoid colon adenocarcinoma. Lymph Nodes: 0/14. Tumor Deposits: Not identified.', [
      ['Sigmoid colon adenocarcinoma', 'C187', 'present'],
    ]],
    // guard: other deposits keep their reading (table: peritoneum / Malignant Secondary C78.6).
    ['guard: "peritoneal deposits"', 'Peritoneal deposits.', [['Peritoneal deposits', 'C786', 'present']]],
  ]);
});

describe('narrative round 14: a denied tumour of an organ whose cancer the note proves', () => {
  checkReadings([
    // The tumour words of a note that proves a cancer of the organ are that cancer (ANNOTATION.md, "Tumor" of a proven cancer),
    // denied as well as affirmed: table: bladder / Malignant Primary C67.9, not Unspecified Behavior D49.4.
    ['"No bladder tumor recurrence" after a bladder cancer', 'Hx bladder ca (TURBT 2020). No bladder tumor recurrence.', [
      ['bladder ca', 'Z8551', 'history'], ['bladder tumor', 'C679', 'negated'],
    ]],
    // guard: with no cancer of the organ proven, a denied tumour keeps its unspecified behaviour (D49.4).
    ['guard: no bladder cancer proven', 'Benign prostatic hyperplasia. No bladder tumor.', [['bladder tumor', 'D494', 'negated']]],
  ]);
});

describe('narrative round 14: a hyphenated term broken at its hyphen', () => {
  checkReadings([
    // A report wrapped at the hyphen of "para-aortic": table: lymph gland, para-aortic / Malignant Secondary C77.2 (not C77.9).
    ['"L para-\\naortic nodal metastasis"', 'Peritoneal metastases and L para-\naortic nodal metastasis decreased.', [
      ['Peritoneal metastases', 'C786', 'present'], ['L para-\naortic nodal metastasis', 'C772', 'present'],
    ]],
    // guard: a word split inside itself still joins without a hyphen (table: lung / Malignant Primary, right C34.91).
    ['guard: "ADENOCARCI-\\nNOMA"', 'Right lung ADENOCARCI-\nNOMA.', [['Right lung ADENOCARCI-\nNOMA', 'C3491', 'present']]],
  ]);
});

describe('narrative round 14: "Eval for" an indication', () => {
  checkReadings([
    // An imaging indication opened by "Eval for" is the study's rule-out, as "evaluate for" is (uncertain; ANNOTATION.md,
    // rule-out a finding prompts): table: thyroid gland / Malignant Primary C73.
    ['"Eval for thyroid malignancy"', 'Indication: incidental R thyroid nodule. Eval for thyroid malignancy.', [['thyroid malignancy', 'C73', 'uncertain']]],
    // guard: what is evaluated is the known metastases' course: they stay present (table: brain / Malignant Secondary C79.31).
    ['guard: "Eval for progression of intracranial mets"', 'Prior SRS to R frontal met 01/2026. Eval for progression of intracranial mets.', [
      ['intracranial mets', 'C7931', 'present'],
    ]],
  ]);
});
