import { checkReadings } from './readingCases';

/**
 * Report language round 11 (issue 12): the property fields of a synoptic (CAP) report are no diagnoses
 * (ANNOTATION.md, "More non-mentions": "a synoptic field label naming a property"). "Tumor Extent:" and
 * "Macroscopic Tumor Perforation:" describe the tumour; "Distant metastasis:" is the pathologic M field;
 * "Spread Through Air Spaces (STAS)" is a lung carcinoma's growth pattern inside its own lung. Expected codes:
 * FY2027 titles C18.7 "Malignant neoplasm of sigmoid colon", C79.9 "Secondary malignant neoplasm of unspecified
 * site", C34.11 "Malignant neoplasm of upper lobe, right bronchus or lung". Titles opening with "guard" pin
 * readings that must not change.
 */
describe('narrative reports round 11: synoptic property fields', () => {
  checkReadings([
    ['"Tumor Extent:" and "Macroscopic Tumor Perforation:" are fields',
      'A. SIGMOID COLON, COLECTOMY:\n - INVASIVE ADENOCARCINOMA.\nTumor Site:     Sigmoid colon\nHistologic Type:   Adenocarcinoma\nTumor Extent:   Invades through muscularis propria\nMacroscopic Tumor Perforation: Not identified', [
        ['ADENOCARCINOMA', 'C187', 'present'],
        ['Adenocarcinoma', 'C187', 'present'],
      ]],
    ['"Distant metastasis:" is the pM field', 'Histologic Type: Adenocarcinoma of the sigmoid colon\nDistant metastasis:     Not applicable - pM cannot be determined', [
      ['Adenocarcinoma of the sigmoid colon', 'C187', 'present'],
    ]],
    ['"Spread Through Air Spaces" is no metastasis',
      'A. LUNG, RIGHT UPPER LOBE, WEDGE RESECTION:\n   - INVASIVE ADENOCARCINOMA, 1.8 CM.\nSynoptic:\nProcedure: Wedge resection    Specimen laterality: Right    Tumor Site: Upper lobe\nHistologic Type: Invasive non-mucinous adenocarcinoma\nTumor Focality: Single focus    Spread Through Air Spaces (STAS): Present', [
        ['ADENOCARCINOMA', 'C3411', 'present'],
        ['adenocarcinoma', 'C3411', 'present'],
    ]],
    ['"Distant metastasis:" under a colon part', 'A. SIGMOID COLON, COLECTOMY:\n - INVASIVE ADENOCARCINOMA.\nTumor Site:     Sigmoid colon\nDistant metastasis:           Not applicable - pM cannot be determined', [
      ['ADENOCARCINOMA', 'C187', 'present'],
    ]],
    ['guard: "distant mets" denied', 'No distant mets.', [['distant mets', 'C799', 'negated']]],
    ['guard: denied distant metastases in a sentence', 'Sigmoid colon cancer. No distant metastasis.', [
      ['Sigmoid colon cancer', 'C187', 'present'],
      ['distant metastasis', 'C799', 'negated'],
    ]],
  ]);
});

/**
 * The hepatic (hepatic hilar) lymph nodes have their own row: table: lymph gland, hepatic / Malignant Secondary
 * C77.2 ("Secondary and unspecified malignant neoplasm of intra-abdominal lymph nodes"), not the liver (C78.7).
 */
describe('narrative reports round 11: hepatic nodes', () => {
  checkReadings([
    ['"Hepatic hilar lymph node" label', 'Hepatic hilar lymph node (1): negative for metastatic carcinoma.', [
      ['Hepatic hilar lymph node (1): negative for metastatic carcinoma', 'C772', 'negated'],
    ]],
    // "hepatic" alone is no node region: the liver's metastases beside the nodes' (table: liver / Malignant Secondary C78.7;
    // lymph gland NEC C77.9 "Secondary and unspecified malignant neoplasm of lymph node, unspecified").
    ['"hepatic and nodal metastases" are the liver and the nodes', 'Colon cancer with hepatic and nodal metastases.', [
      ['Colon cancer', 'C189', 'present'],
      ['hepatic', 'C787', 'present'],
      ['nodal metastases', 'C779', 'present'],
    ]],
    ['guard: "hepatic metastases" stay the liver', 'Rectal cancer with hepatic metastases.', [
      ['Rectal cancer', 'C20', 'present'],
      ['hepatic metastases', 'C787', 'present'],
    ]],
  ]);
});

/**
 * Organ-by-organ findings: a plural organ label ("Kidneys:") is the organ, and a side written alone before the
 * lesion ("1 cm R upper pole angiomyolipoma", "1.2 cm L nodule") is the finding's side. Expected codes (FY2027
 * titles): D17.71 "Benign lipomatous neoplasm of kidney" (Index: Angiomyolipoma — see Lipoma; Lipoma, kidney);
 * D30.01 "Benign neoplasm of right kidney"; D35.02 "Benign neoplasm of left adrenal gland". A litre after a number
 * ("2 L") names no side.
 */
describe('narrative reports round 11: organ labels and loose sides', () => {
  checkReadings([
    ['"Kidneys:" label with a lipomatous tumour', 'FINDINGS:\nKidneys: 1 cm R upper pole angiomyolipoma (macroscopic fat).', [
      ['angiomyolipoma', 'D1771', 'present'],
    ]],
    ['a loose side before a benign tumour under an organ label', 'FINDINGS:\nKidney: 1 cm R upper pole adenoma.', [
      ['adenoma', 'D3001', 'present'],
    ]],
    ['a loose side before the nodule an adenoma concludes', 'FINDINGS:\nAdrenals: 1.2 cm L nodule, c/w adenoma.', [
      ['adenoma', 'D3502', 'uncertain'],
    ]],
    ['guard: a side written with its organ wins', 'FINDINGS:\nAdrenals: right adrenal 1.2 cm nodule, c/w adenoma.', [
      ['adenoma', 'D3501', 'uncertain'],
    ]],
  ]);
});

/**
 * A report's finding set off from its reading by a dash concludes in that reading, as "c/w" does: the finding's
 * site is the histology's. Expected codes (FY2027 titles): D18.03 "Hemangioma of intra-abdominal structures"
 * (Index: Hemangioma, intra-abdominal structures; the liver segment); D27.1 "Benign neoplasm of left ovary" (Index:
 * Teratoma, mature — see Neoplasm, benign; table: ovary / Benign D27.-).
 */
describe('narrative reports round 11: a finding concluded after a dash', () => {
  checkReadings([
    ['a liver segment finding - hemangioma', 'Obs 3: 0.7 cm seg 2, T2 hyperintense with peripheral nodular enhancement - hemangioma (LR-1).', [
      ['hemangioma', 'D1803', 'present'],
    ]],
    ['an ovarian lesion - mature cystic teratoma', 'L ovary 3.8 cm lesion w/ fat-fluid level - mature cystic teratoma.', [
      ['mature cystic teratoma', 'D271', 'present'],
    ]],
  ]);
});

/**
 * A sentence that opens the differential of the finding before it ("Differential incl. oncocytoma") concludes that
 * finding: its site is the histology's. Expected: D30.02 "Benign neoplasm of left kidney" (Index: Oncocytoma — see
 * Neoplasm, benign; table: kidney / Benign D30.0-), uncertain as a differential (Guideline II.H).
 */
describe('narrative reports round 11: a differential sentence after its finding', () => {
  checkReadings([
    ['"Differential incl." after the renal mass', '3.8 cm L renal mass, cT1a, most likely RCC. Differential incl. oncocytoma (less likely given enhancement pattern).', [
      ['RCC', 'C642', 'uncertain'],
      ['oncocytoma', 'D3002', 'uncertain'],
    ]],
    ['"Differential includes" after the renal mass', 'L renal mass. Differential includes oncocytoma.', [
      ['oncocytoma', 'D3002', 'uncertain'],
    ]],
  ]);
});

/**
 * A pathology part's label names the organ of every sentence of its text, not only the first (at most two sentences
 * further, none naming a site of its own). Expected (FY2027 titles): C43.71 "Malignant melanoma of right lower limb,
 * including hip" (Index: Melanoma, skin, lower limb; the thigh); C18.2 "Malignant neoplasm of ascending colon".
 */
describe('narrative reports round 11: a part label over its sentences', () => {
  checkReadings([
    ['the second clause of a skin part', 'F. Skin, R posterior thigh, shave:\n   Atypical melanocytic proliferation; cannot exclude evolving melanoma. Recommend complete excision.', [
      ['melanoma', 'C4371', 'uncertain'],
    ]],
    ['the second sentence of a colon part', 'C. POLYP, ASCENDING COLON, COLD SNARE:\n   Hyperplastic polyp. Negative for malignancy.', [
      ['malignancy', 'C182', 'negated'],
    ]],
    ['guard: a sentence naming its own site keeps it', 'C. ASCENDING COLON, BIOPSY:\n   Hyperplastic polyp. Liver nodule noted. Negative for malignancy.', []],
  ]);
});

/**
 * A skin label may write a position before its surface ("Skin, mid chest, punch:"): the surface is still the
 * label's. Expected: D22.5 "Melanocytic nevi of trunk" (Index: Nevus, skin, trunk; the chest), C44.519 "Basal cell
 * carcinoma of skin of other part of trunk" (table: skin, chest / Malignant Primary C44.50-, basal cell C44.51-).
 */
describe('narrative reports round 11: a position before a skin label surface', () => {
  checkReadings([
    ['"Skin, mid chest, punch:" over a nevus', 'D. Skin, mid chest, punch:\n   Compound melanocytic nevus with mild cytologic atypia. Margins clear.', [
      ['melanocytic nevus', 'D225', 'present'],
    ]],
    ['guard: "Skin, central chest, shave:" over a basal cell carcinoma (its line surface)', 'B. Skin, central chest, shave:\n   Basal cell carcinoma, nodular type.', [
      ['Basal cell carcinoma', 'C44519', 'present'],
    ]],
  ]);
});

/**
 * A fibroid restated without its layer is the layer the encounter documents (ANNOTATION.md side and sub-site rule):
 * D25.1 "Intramural leiomyoma of uterus"; two layers documented leave it D25.9 "Leiomyoma of uterus, unspecified".
 */
describe('narrative reports round 11: a restated fibroid takes its documented layer', () => {
  checkReadings([
    ['intramural in the Findings, restated in the Impression', 'FINDINGS:\nUterus: Two intramural fibroids, typical.\nIMPRESSION: Uterine fibroids.', [
      ['intramural fibroids', 'D251', 'present'],
      ['fibroids', 'D251', 'present'],
    ]],
    ['guard: two layers leave it unspecified', 'FINDINGS:\nUterus: intramural fibroid and subserosal fibroid.\nIMPRESSION: Uterine fibroids.', [
      ['intramural fibroid', 'D251', 'present'],
      ['subserosal fibroid', 'D252', 'present'],
      ['fibroids', 'D259', 'present'],
    ]],
  ]);
});

/**
 * "Chronic lymphocytic leukemia/small lymphocytic lymphoma" is the WHO name of one disease, one mention as "CLL/SLL" is:
 * Index: Leukemia, chronic lymphocytic, B-cell type C91.1-; C91.10 "Chronic lymphocytic leukemia of B-cell type not
 * having achieved remission" (Tabular C83.0 Excludes1: chronic lymphocytic leukemia, C91.1).
 */
describe('narrative reports round 11: the CLL/SLL name spelled out', () => {
  checkReadings([
    ['spelled out with its slash', 'DIAGNOSIS: Bone marrow involved by chronic lymphocytic leukemia/small lymphocytic lymphoma.', [
      ['chronic lymphocytic leukemia/small lymphocytic lymphoma', 'C9110', 'present'],
    ]],
    ['abbreviated with spaces', 'CLL / SLL, Rai stage 0, on observation.', [
      ['CLL / SLL', 'C9110', 'present'],
    ]],
  ]);
});
