import { checkReadings, type ReadingCase } from './readingCases';

/**
 * The reader's known misses on dev notes, round 15 (issue 12). Each expected code cites its Table of Neoplasms row,
 * Index entry or Tabular code (FY2027 code titles); each case read differently before this round unless its title opens
 * with "guard", which pins what the new reading must not change.
 */

describe('narrative round 15: an organ-named primary in a parenthesis (ANNOTATION.md)', () => {
  checkReadings([
    // Table: lung, upper lobe / Malignant Primary C34.1-; RUL is right: C34.11 Malignant neoplasm of upper lobe, right bronchus or lung.
    // The histology keeps its own entry (ANNOTATION.md: "An organ-named primary set off by a comma after its histology is its own mention").
    ['"NSCLC (adenocarcinoma, RUL primary)"', 'Stage IV NSCLC (adenocarcinoma, RUL primary), on carboplatin.', [
      ['NSCLC', 'C3411', 'present'], ['adenocarcinoma', 'C3411', 'present'], ['RUL primary', 'C3411', 'present'],
    ]],
    // Index: Neuroblastoma - see Neoplasm, malignant, by site; table: adrenal gland / Malignant Primary, left C74.92.
    ['"neuroblastoma (L adrenal primary, MYCN amp)"', 'High-risk neuroblastoma (L adrenal primary, MYCN amp).', [
      ['neuroblastoma', 'C7492', 'present'], ['L adrenal primary', 'C7492', 'present'],
    ]],
    // C34.32 Malignant neoplasm of lower lobe, left bronchus or lung.
    ['"SCLC (dx 7/2026: LLL primary, …)"', 'Extensive-stage SCLC (dx 7/2026: LLL primary, liver mets).', [
      ['SCLC', 'C3432', 'present'], ['LLL primary', 'C3432', 'present'], ['liver mets', 'C787', 'present'],
    ]],
    // C64.1 Malignant neoplasm of right kidney, except renal pelvis.
    ['"ccRCC (R kidney primary)"', 'ccRCC (R kidney primary), s/p nephrectomy, on pembrolizumab.', [
      ['ccRCC', 'C641', 'present'], ['R kidney primary', 'C641', 'present'],
    ]],
    ['guard: a bare "(known primary)" is no mention', 'NSCLC of the RUL (known primary), stable.', [['NSCLC of the RUL', 'C3411', 'present']]],
    ['guard: "X primary" alone is one mention', 'RUL primary measures 3.2 cm, decreased.', [['RUL primary', 'C3411', 'present']]],
  ]);
});

describe('narrative round 15: a leukaemia or lymphoma watched without treatment is current (Guideline I.C.2.d)', () => {
  checkReadings([
    // Index: Leukemia, chronic lymphocytic, B-cell type C91.1-; watched, not in remission: C91.10 Chronic lymphocytic leukemia of
    // B-cell type not having achieved remission (ANNOTATION.md, d341: watch and wait is current disease).
    ['"Hx of CLL, Rai 0, observation only"', 'Hx of CLL, Rai 0, observation only (WBC 18K, stable).', [['CLL', 'C9110', 'present']]],
    ['"hx CLL (not on tx, followed by heme)"', 'Also hx CLL (not on tx, followed by heme).', [['CLL', 'C9110', 'present']]],
    ['"Hx CLL, on observation"', 'Hx CLL, on observation.', [['CLL', 'C9110', 'present']]],
    // Each other cue of the list, after a comma: C91.10.
    ...['under observation', 'observation alone', 'not on treatment', 'no treatment needed', 'not requiring treatment', 'followed by hematology']
      .map((cue): ReadingCase => [`"Hx CLL, ${cue}"`, `Hx CLL, ${cue}.`, [['CLL', 'C9110', 'present']]]),
    // Tabular Z85.3 Personal history of malignant neoplasm of breast: an excised solid cancer under observation is a history.
    ['guard: a resected solid cancer on observation', 'Hx of breast cancer s/p lumpectomy, observation only.', [['breast cancer', 'Z853', 'history']]],
    // Z85.820 Personal history of malignant melanoma of skin (melanoma is a morphology code, but no haematological one).
    ['guard: a melanoma on observation', 'PMH: melanoma 2010 s/p WLE, on observation.', [['melanoma', 'Z85820', 'history']]],
  ]);
});

describe('narrative round 15: a completed course in the parenthesis of another diagnosis ends no summary', () => {
  checkReadings([
    // Index: Glioblastoma - see Neoplasm, brain, malignant; table: brain, temporal lobe / Malignant Primary C71.2. The completed
    // ADT is the prostate cancer's course (Z85.46 Personal history of malignant neoplasm of prostate), not the glioblastoma's.
    ['"Diagnosis: GBM … Hx of treated prostate adenocarcinoma (…, ADT x 2 yrs completed)"',
      'Diagnosis: Glioblastoma, R temporal lobe.\nHx of treated prostate adenocarcinoma (IMRT 2018, ADT x 2 yrs completed), PSA undetectable.', [
        ['Glioblastoma, R temporal lobe', 'C712', 'present'], ['prostate adenocarcinoma', 'Z8546', 'history'],
      ]],
    // Z85.038 Personal history of other malignant neoplasm of large intestine: a parenthesised completion after a treatment
    // still ends the summary's course (Guideline I.C.2.d).
    ['guard: "FOLFOX x 12 (completed 2019)" in a summary', 'Diagnosis: Colon adenocarcinoma, sigmoid, stage III.\nSurgery: sigmoid colectomy 2018.\nChemotherapy: FOLFOX x 12 (completed 2019).', [
      ['Colon adenocarcinoma, sigmoid', 'Z85038', 'history'],
    ]],
  ]);
});

describe('narrative round 15: a tumour of another organ found in a labelled marrow specimen is its spread there', () => {
  checkReadings([
    // Table: marrow (bone) / Malignant Secondary C79.52 Secondary malignant neoplasm of bone marrow (the row's primary C96.9 is a
    // haematopoietic neoplasm, which a neuroblastoma is not); the primary: adrenal gland / Malignant Primary, left C74.92.
    ['"Bone marrow (bilat): neuroblastoma cells"', 'High-risk neuroblastoma, L adrenal.\n - Bone marrow (bilat): neuroblastoma cells in both aspirates (~30%).', [
      ['neuroblastoma, L adrenal', 'C7492', 'present'], ['neuroblastoma', 'C7952', 'present'],
    ]],
    ['"Bone marrow: neuroblastoma cells present"', 'Neuroblastoma, L adrenal. Bone marrow: neuroblastoma cells present.', [
      ['Neuroblastoma, L adrenal', 'C7492', 'present'], ['neuroblastoma', 'C7952', 'present'],
    ]],
    ['guard: "metastatic neuroblastoma" under a marrow label', 'Neuroblastoma, L adrenal. Bone marrow: metastatic neuroblastoma.', [
      ['Neuroblastoma, L adrenal', 'C7492', 'present'], ['metastatic neuroblastoma', 'C7952', 'present'],
    ]],
  ]);
});

describe('narrative round 15: "level" before a lettered thoracic station is the station (IASLC map)', () => {
  checkReadings([
    // Station 4R is a lower paratracheal (mediastinal) node: table: lymph gland, mediastinal / Malignant Secondary C77.1
    // (Tabular C77.1 Secondary and unspecified malignant neoplasm of intrathoracic lymph nodes).
    ['"Lymph node, level 4R, excision: … negative for carcinoma"', 'D. Lymph node, level 4R, excision: one lymph node, negative for carcinoma (0/1).', [['carcinoma', 'C771', 'negated']]],
    // Station 10 is hilar: table: lymph gland, hilar (pulmonary) / Malignant Secondary C77.1.
    ['"Lymph node, level 10L"', 'Lymph node, level 10L, excision: one lymph node, negative for carcinoma (0/1).', [['carcinoma', 'C771', 'negated']]],
    // A neck level has no side letter: table: lymph gland, cervical / Malignant Secondary C77.0.
    ['guard: a neck level', 'Lymph node, right neck level IV, excision: metastatic SCC.', [['Lymph node, right neck level IV, excision: metastatic SCC', 'C770', 'present']]],
  ]);
});
