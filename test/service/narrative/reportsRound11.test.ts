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
    ['guard: denied distant metastases in a sentence', 'Sigmoid colon cancer. No distant metastasis.', [
      ['Sigmoid colon cancer', 'C187', 'present'],
      ['distant metastasis', 'C799', 'negated'],
    ]],
  ]);
});
