import { checkReadings } from './readingCases';

/**
 * Vocabulary and sites round 5 (issue 12): sub-sites the rest of the sentence or the note gives, node regions
 * and spine levels, written as families of phrasing rather than copied from one note. Each expected code cites its
 * Table of Neoplasms row (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case read
 * differently before this round unless its title opens with "guard", which pins what the new reading must not change.
 */

describe('narrative sites round 5: which dura', () => {
  checkReadings([
    // Table: dura (cranial) (mater), cerebral / Malignant Secondary C79.32 "Secondary malignant neoplasm of cerebral meninges".
    ['a dural metastasis beside a frontal meningioma is the cerebral dura', 'L frontal extra-axial nodule, likely meningioma rather than a dural metastasis.', [
      ['meningioma', 'D320', 'uncertain'], ['dural metastasis', 'C7932', 'uncertain'],
    ]],
    // Table: dura (cranial) (mater), spinal / Malignant Secondary C79.49 "Secondary malignant neoplasm of other parts of nervous system".
    ['guard: a dural metastasis along the spinal cord stays C79.49', 'MRI spine: dural metastasis compressing the cord.', [['dural metastasis', 'C7949', 'present']]],
  ]);
});

describe('narrative sites round 5: node regions as the Tabular titles write them', () => {
  checkReadings([
    // Tabular C77.0 "Secondary and unspecified malignant neoplasm of lymph nodes of head, face and neck" (table: lymph gland, head / face / neck C77.0).
    ['the C77.0 title is the neck nodes', 'Dx: C77.0 Secondary malignant neoplasm of lymph nodes of head, face and neck', [
      ['Secondary malignant neoplasm of lymph nodes of head, face and neck', 'C770', 'present'],
    ]],
    ['"lymph nodes of the neck" is the neck nodes (table: lymph gland, neck C77.0)', 'Metastases to lymph nodes of the neck.', [['Metastases to lymph nodes of the neck', 'C770', 'present']]],
    // Tabular C77.5 "Secondary and unspecified malignant neoplasm of intrapelvic lymph nodes" (table: lymph gland, intrapelvic C77.5).
    // Table: lymph gland, pelvic C77.5: a specimen label may name both sides before the region.
    ['a label "R AND L PELVIC SENTINEL" gives its nodes the pelvic region', 'LYMPH NODES, R AND L PELVIC SENTINEL: Two lymph nodes, negative for metastatic carcinoma (0/2).', [
      ['lymph nodes, negative for metastatic carcinoma', 'C775', 'negated'],
    ]],
    // Table: lymph gland, axilla, axillary C77.3.
    ['"right and left axillary" in a label is the axillary region', 'Lymph nodes, right and left axillary, dissection: metastatic carcinoma in 2 of 14 lymph nodes.', [
      ['metastatic carcinoma in 2 of 14 lymph nodes', 'C773', 'present'],
    ]],
    ['the C77.5 title is the intrapelvic nodes', 'Secondary malignant neoplasm of intrapelvic lymph nodes', [['Secondary malignant neoplasm of intrapelvic lymph nodes', 'C775', 'present']]],
  ]);
});

describe('narrative sites round 5: a vertebra named by its level', () => {
  checkReadings([
    // Table: bone, vertebra (column) / Malignant Secondary C79.51 "Secondary malignant neoplasm of bone".
    ['"T12 mets" and "L3 metastasis" are bone metastases', 'T12 mets w/o cord compression. L3 metastasis.', [['T12 mets', 'C7951', 'present'], ['L3 metastasis', 'C7951', 'present']]],
    // Table: hemangioma, by site / bone, vertebra D18.09 "Hemangioma of other sites": the level joins the vertebral site it precedes.
    ['"T11 vertebral hemangioma" is one vertebral site, its level included', 'T11 vertebral hemangioma.', [['T11 vertebral hemangioma', 'D1809', 'present']]],
    ['guard: a T stage is no vertebra', 'T2 adenocarcinoma of the lung.', [['adenocarcinoma of the lung', 'null', 'present']]],
  ]);
});

describe('narrative sites round 5: a melanoma line with its subtype set off before the site', () => {
  checkReadings([
    // Index: Melanoma (malignant), skin, lower limb C43.7- (C43.71 "Malignant melanoma of right lower limb, including hip").
    ['"Melanoma, superficial spreading, R posterior calf" is the right lower limb', 'Dx: Melanoma, superficial spreading, R posterior calf, Breslow 2.3 mm', [
      ['Melanoma, superficial spreading, R posterior calf', 'C4371', 'present'],
    ]],
    // Index: Melanoma, skin, trunk C43.5 (C43.59 "Malignant melanoma of other part of trunk"; back is trunk).
    ['"Melanoma, nodular type, L back" is the trunk', 'Melanoma, nodular type, L back.', [['Melanoma, nodular type, L back', 'C4359', 'present']]],
  ]);
});

describe('narrative sites round 5: sentinel node labels', () => {
  checkReadings([
    // "SLN" is a sentinel lymph node: table: lymph gland, axilla, axillary / Malignant Secondary C77.3 (not "other specified sites" C79.89).
    ['"R axillary SLN: metastatic carcinoma" is an axillary node metastasis', 'R axillary SLN: metastatic carcinoma.', [['R axillary SLN: metastatic carcinoma', 'C773', 'present']]],
    // Table: lymph gland, inguina, inguinal / Malignant Secondary C77.4. Since round 6 the melanoma found in the labelled node is that
    // node's finding only, not also a melanoma of an unnamed skin site (C43.9): a node holds no primary melanoma (d281, d296).
    ['a list item "- SLN #1 R inguinal: metastatic melanoma" is an inguinal node metastasis', '- SLN #1 R inguinal: metastatic melanoma, 1.1 mm deposit, no ENE.', [
      ['SLN #1 R inguinal: metastatic', 'C774', 'present'],
    ]],
    ['a list item labelled by its node is read as the label', '- R inguinal lymph node: metastatic melanoma.', [['R inguinal lymph node: metastatic', 'C774', 'present']]],
  ]);
});

describe('narrative sites round 5: the celiac axis nodes', () => {
  checkReadings([
    // Table: lymph gland, celiac / Malignant Secondary C77.2 "Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes".
    ['"celiac-axis node" is a celiac node', 'One L gastric/celiac-axis node, FNA positive for metastatic adenocarcinoma.', [
      ['celiac-axis node, FNA positive for metastatic adenocarcinoma', 'C772', 'present'],
    ]],
    ['"celiac axis lymph node" is a celiac node', 'Celiac axis lymph node: metastatic adenocarcinoma.', [['Celiac axis lymph node: metastatic adenocarcinoma', 'C772', 'present']]],
  ]);
});

describe('narrative sites round 5: a GIST under its specimen label', () => {
  checkReadings([
    // Tabular C49.A2 "Gastrointestinal stromal tumor of stomach"; C49.A3 "… of small intestine" (Index: Tumor, stromal, gastrointestinal, by site).
    ['a GIST listed under "Stomach, wedge resection:" is gastric', 'Stomach, wedge resection:\n- Gastrointestinal stromal tumor (GIST), spindle cell type, 4.2 cm.', [
      ['Gastrointestinal stromal tumor', 'C49A2', 'present'],
    ]],
    ['a GIST after "Small bowel, segmental resection:" is of the small intestine', 'Small bowel, segmental resection: GIST, 6 cm.', [['GIST', 'C49A3', 'present']]],
  ]);
});

describe('narrative sites round 5: a part the label names is not replaced by another part of the report', () => {
  checkReadings([
    // Table: bladder, wall, lateral / Malignant Primary C67.2; the trigone (C67.0) is another specimen's site.
    ['"Urinary bladder, left lateral wall" stays the lateral wall beside a trigone biopsy', [
      'SPECIMENS:', 'A. Bladder, left lateral wall, TURBT', 'B. Bladder, trigone, random biopsy', '', 'FINAL DIAGNOSIS:',
      'A. Urinary bladder, left lateral wall, transurethral resection:', '   - Invasive high-grade papillary urothelial carcinoma.',
    ].join('\n'), [['urothelial carcinoma', 'C672', 'present']]],
  ]);
});

describe('narrative vocabulary round 5: a fibroid layer set off after the plural', () => {
  checkReadings([
    // Tabular D25.1 "Intramural leiomyoma of uterus", D25.2 "Subserosal leiomyoma of uterus".
    ['"Leiomyomata, intramural" is D25.1', 'Leiomyomata, intramural, largest 3.2 cm.', [['Leiomyomata, intramural', 'D251', 'present']]],
    ['"Fibroids, subserosal" is D25.2', 'Fibroids, subserosal.', [['Fibroids, subserosal', 'D252', 'present']]],
  ]);
});

describe('narrative sites round 5: a grade set off between the tumour and its site', () => {
  checkReadings([
    // Table: endometrium / Malignant Primary C54.1 "Malignant neoplasm of endometrium" (not corpus uteri C54.9 from the label).
    ['"ADENOCARCINOMA, FIGO GRADE 1, of the endometrium" under a corpus label is the endometrium', 'UTERUS, CORPUS, TOTAL HYSTERECTOMY:\n   - ENDOMETRIOID ADENOCARCINOMA, FIGO GRADE 1, of the endometrium', [
      ['ADENOCARCINOMA, FIGO GRADE 1, of the endometrium', 'C541', 'present'],
    ]],
  ]);
});

describe('narrative sites round 5: a benign tumour placed by organ under a report label', () => {
  checkReadings([
    // Tabular D18.03 "Hemangioma of intra-abdominal structures" (Index: Hemangioma, intra-abdominal structures; liver).
    ['"Liver lesion: benign hemangioma" is a liver hemangioma', 'Liver lesion: benign hemangioma, no further workup.', [['hemangioma', 'D1803', 'present']]],
    // Tabular D17.23 "Benign lipomatous neoplasm of skin and subcutaneous tissue of right leg".
    ['"R thigh: lipoma" is a lipoma of the right leg', 'R thigh: lipoma.', [['lipoma', 'D1723', 'present']]],
  ]);
});

describe('narrative sites round 5: a plus before a Tabular title adds a diagnosis', () => {
  checkReadings([
    // Tabular C50.411 (upper-outer quadrant of right female breast) + table: lymph gland, axilla, axillary / Malignant Secondary C77.3.
    ['"… right female breast + secondary malignant neoplasm of R axillary lymph node" is two diagnoses', 'Malignant neoplasm of upper-outer quadrant of right female breast + secondary malignant neoplasm of R axillary lymph node, HER2+.', [
      ['Malignant neoplasm of upper-outer quadrant of right female breast', 'C50411', 'present'], ['secondary malignant neoplasm of R axillary lymph node', 'C773', 'present'],
    ]],
    // Table: liver / Malignant Secondary C78.7; bone / C79.51.
    ['guard: a plus between sites is read as before', 'Liver + bone mets.', [['Liver', 'C787', 'present'], ['bone mets', 'C7951', 'present']]],
  ]);
});
