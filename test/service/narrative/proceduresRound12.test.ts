import { checkReadings } from './readingCases';

/**
 * Vocabulary, sites and codes round 12 (issue 12): the language of procedure and radiation-oncology documents (operative
 * diagnoses, specimens, findings, treatment sites). Each expected code cites its Table of Neoplasms row (the code sets'
 * table), Index entry or Tabular code (FY2027 code file titles); each case read differently before this round unless its
 * title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative procedures round 12: a part of the organ between the side and the organ', () => {
  checkReadings([
    // Table: tonsil / palatine / Malignant Primary C09.9 (C09.9 Malignant neoplasm of tonsil, unspecified).
    ['"SCC of the left palatine tonsil"', 'Squamous cell carcinoma of the left palatine tonsil, p16+.', [
      ['Squamous cell carcinoma of the left palatine tonsil', 'C099', 'present'],
    ]],
    ['"left palatine tonsil carcinoma"', 'Dx: left palatine tonsil carcinoma.', [['left palatine tonsil carcinoma', 'C099', 'present']]],
    // Table: bronchus / main / Malignant Primary C34.0-; Tabular C34.02 Malignant neoplasm of left main bronchus.
    ['"carcinoma of the left main bronchus"', 'Bronchoscopy: carcinoma of the left main bronchus.', [['carcinoma of the left main bronchus', 'C3402', 'present']]],
    // Table: femur / Malignant Primary C40.2-; Tabular C40.22 Malignant neoplasm of long bones of left lower limb.
    ['guard: a level word between the side and the bone', 'Chondrosarcoma of the left distal femur.', [['Chondrosarcoma of the left distal femur', 'C4022', 'present']]],
  ]);
});

describe('narrative procedures round 12: EBUS samples labelled by their stations alone', () => {
  checkReadings([
    // IASLC stations 4R and 7 are mediastinal, 4L and 11R mediastinal and interlobar: table: lymph, lymphatic channel /
    // gland, mediastinal (and bronchopulmonary) / Malignant Secondary C77.1 (Secondary and unspecified malignant neoplasm of
    // intrathoracic lymph nodes).
    ['station lists closing a pathology label', 'PATHOLOGY:\n- 4R, 7 TBNA: Metastatic squamous cell carcinoma.\n- 4L, 11R: Benign lymph node, no malignancy.', [
      ['4R, 7 TBNA: Metastatic squamous cell carcinoma', 'C771', 'present'], ['malignancy', 'C771', 'negated'],
    ]],
    ['guard: a station size in a findings line is no label', 'EBUS: 4R 17 mm, ROSE: lymphocytes only.', []],
  ]);
});

describe('narrative procedures round 12: two parts of the organ set off after it', () => {
  checkReadings([
    // Table: bladder / wall / posterior C67.4 and bladder / trigone C67.0 differ, so one tumour across both is the table's
    // bladder / overlapping lesion C67.8 (Tabular C67.8 Malignant neoplasm of overlapping sites of bladder).
    ['"(posterior wall/trigone)"', 'Dx: Muscle-invasive urothelial carcinoma of the bladder (posterior wall/trigone), cT2N0M0.', [
      ['urothelial carcinoma of the bladder', 'C678', 'present'],
    ]],
    ['", posterior wall extending to trigone"', 'TURBT: urothelial carcinoma of the bladder, posterior wall extending to trigone.', [
      ['urothelial carcinoma of the bladder', 'C678', 'present'],
    ]],
    // Table: stomach / body C16.2 and stomach / antrum C16.3: stomach / overlapping lesion C16.8.
    ['", body and antrum" of the stomach', 'Adenocarcinoma of the stomach, body and antrum.', [['Adenocarcinoma of the stomach', 'C168', 'present']]],
    // Table: bladder / wall / posterior C67.4 (Tabular C67.4 Malignant neoplasm of posterior wall of bladder).
    ['guard: one part in parentheses', 'Bladder cancer (posterior wall).', [['Bladder cancer', 'C674', 'present']]],
  ]);
});

describe('narrative procedures round 12: a glial neoplasm is a glioma', () => {
  checkReadings([
    // Index: Glioma (malignant) — see Neoplasm, malignant, by site; table: brain / Malignant Primary C71.9, brain / frontal
    // lobe C71.1 (a frozen section's "glial neoplasm" names the glioma's kind, not a neoplasm of unspecified behaviour D49.6).
    ['a frozen section\'s "high-grade glial neoplasm"', 'Frozen section: high-grade glial neoplasm.', [['glial neoplasm', 'C719', 'present']]],
    ['"R frontal glial tumor"', 'MRI: R frontal glial tumor.', [['frontal glial tumor', 'C711', 'present']]],
  ]);
});

describe('narrative procedures round 12: fibroids of two layers written with one noun', () => {
  checkReadings([
    // Index: Leiomyoma, uterus, intramural D25.1; subserosal D25.2 (coordinated sites, one entry per site, ANNOTATION.md); the
    // impression's "Uterine fibroids" restates fibroids of two layers: D25.9 Leiomyoma of uterus, unspecified.
    ['"intramural and subserosal leiomyomas" and their restatement', 'Findings: Uterus with several intramural and subserosal leiomyomas. IMPRESSION: Uterine fibroids.', [
      ['intramural and subserosal leiomyomas', 'D251', 'present'], ['intramural and subserosal leiomyomas', 'D252', 'present'], ['fibroids', 'D259', 'present'],
    ]],
    // Tabular D25.1 Intramural leiomyoma of uterus: one layer documented is the restatement's layer.
    ['guard: one layer is the restatement\'s', 'Findings: Uterus with intramural fibroids. IMPRESSION: Uterine fibroids.', [
      ['intramural fibroids', 'D251', 'present'], ['fibroids', 'D251', 'present'],
    ]],
  ]);
});

describe('narrative procedures round 12: a frozen section labels a tissue result', () => {
  checkReadings([
    // The frozen section restates the encounter's one cancer: table: endometrium / Malignant Primary C54.1.
    ['"frozen section:" after the operation\'s diagnosis', 'Endometrial adenocarcinoma, grade 1.\nPost-op: Same; frozen section: endometrioid adenocarcinoma, grade 1-2.', [
      ['Endometrial adenocarcinoma', 'C541', 'present'], ['adenocarcinoma', 'C541', 'present'],
    ]],
  ]);
});

describe('narrative procedures round 12: "mRCC" names the kidney', () => {
  checkReadings([
    // Table: kidney / Malignant Primary C64.-; Tabular C64.2 Malignant neoplasm of left kidney, except renal pelvis (the side the
    // encounter's nephrectomy gives the cancer); its spread: lung, lower lobe C78.01 (Secondary, right), vertebra C79.51.
    ['"oligoprogressive mRCC" after a left nephrectomy', 's/p L radical nephrectomy 2021 for ccRCC. Impression: oligoprogressive mRCC (RLL lung met + T9 bone met).', [
      ['ccRCC', 'C642', 'present'], ['mRCC', 'C642', 'present'], ['RLL lung met', 'C7801', 'present'], ['T9 bone met', 'C7951', 'present'],
    ]],
  ]);
});

describe('narrative procedures round 12: "TA" beside a polyp is a tubular adenoma', () => {
  checkReadings([
    // Index: Adenoma, tubular — see Neoplasm, benign, by site; table: intestine, large, colon, sigmoid / Benign D12.5
    // (Tabular D12.5 Benign neoplasm of sigmoid colon), colon / Benign D12.6 when no part is written.
    ['a polyp\'s pathology "TA"', 'Sigmoid polyp, 8 mm, cold snare: TA.', [['TA', 'D125', 'present']]],
    ['"colon polyps (TA x2)"', 'Path: colon polyps (TA x2), no high-grade dysplasia.', [['TA', 'D126', 'present']]],
    ['guard: "TA" without a polyp word is another word', 'Exam: TA strength 5/5 bilaterally.', []],
  ]);
});

describe('narrative procedures round 12: "e.g." and "i.e." end no sentence', () => {
  checkReadings([
    // The example belongs to the denial before it: table: peritoneum / Malignant Secondary C78.6 and liver / Malignant
    // Secondary C78.7, both negated (Tabular C79.9 for the site-less metastatic disease).
    ['a denial\'s example after "e.g."', 'No evidence of metastatic disease, e.g. liver mets.', [
      ['metastatic disease', 'C799', 'negated'], ['liver mets', 'C787', 'negated'],
    ]],
    ['a denial\'s example after "i.e."', 'Staging negative for metastatic disease, i.e. liver mets.', [
      ['metastatic disease', 'C799', 'negated'], ['liver mets', 'C787', 'negated'],
    ]],
  ]);
});

describe('narrative procedures round 12: a finding equated with its reading', () => {
  checkReadings([
    // Index: Adenoma — see Neoplasm, benign, by site; table: adrenal gland / Benign D35.0- (Tabular D35.01 Benign neoplasm of
    // right adrenal gland).
    ['"R adrenal nodule … = adenoma"', 'R adrenal nodule 1.4 cm, fat-containing, stable since 2022 = adenoma.', [['adenoma', 'D3501', 'present']]],
    // Index: Hemangioma, intra-abdominal structures D18.03 (a liver segment's lesion).
    ['"seg 4 … lesion = hemangioma"', 'Incidental 1.2 cm seg 4 flash-filling lesion unchanged from 2022 = hemangioma.', [['hemangioma', 'D1803', 'present']]],
  ]);
});

describe('narrative procedures round 12: a laterally spreading tumour is a finding', () => {
  checkReadings([
    // A colonoscopy's "LST" (laterally spreading tumour) concluded as carcinoma: table: rectum / Malignant Primary C20, uncertain.
    ['"Rectal LST, suspicious for early invasive carcinoma"', '- Rectal LST, suspicious for early invasive carcinoma - bx taken.', [['carcinoma', 'C20', 'uncertain']]],
  ]);
});

describe('narrative procedures round 12: a part of the wall written before the organ', () => {
  checkReadings([
    // Table: bladder / wall / lateral C67.2 (Tabular C67.2 Malignant neoplasm of lateral wall of bladder); / posterior C67.4.
    ['"left lateral wall bladder cancer"', 'Dx: left lateral wall bladder cancer.', [['bladder cancer', 'C672', 'present']]],
    ['"posterior wall bladder cancer"', 'Dx: posterior wall bladder cancer.', [['bladder cancer', 'C674', 'present']]],
    ['a TURBT of the lateral wall tumour and its pathology', 'TURBT of L lateral wall bladder tumor: high-grade papillary urothelial carcinoma.', [
      ['bladder tumor', 'C672', 'present'], ['urothelial carcinoma', 'C672', 'present'],
    ]],
  ]);
});
