import { checkReadings } from './readingCases';

/**
 * Vocabulary and sites round 8 (issue 12): phrasings the dev errors and the blind writers' reports showed the
 * reader missing, written as families of phrasing rather than copied from one note. Each expected code cites
 * its Table of Neoplasms row (FY2025 table), Index entry or Tabular code (FY2027 code file titles); each case
 * read differently before this round unless its title opens with "guard", which pins what the new reading must
 * not change.
 */

describe('narrative sites round 8: a site-less carcinoma at a tissue result restates the encounter\'s one cancer', () => {
  checkReadings([
    // Index: Carcinoma — see also Neoplasm, by site, malignant; the site is the one the encounter gives its cancer.
    // Table: endometrium / Malignant Primary C54.1.
    ['"Final path: Endometrioid adenocarcinoma" after a hysterectomy for endometrial ca', 'HPI: 61F s/p TLH/BSO 10/2026 for endometrial ca.\nFinal path: Endometrioid adenocarcinoma, FIGO grade 2, 40% myometrial invasion.', [
      ['endometrial ca', 'C541', 'present'], ['adenocarcinoma', 'C541', 'present'],
    ]],
    // Index: Cholangiocarcinoma, hilar (Klatskin) C24.0 (Tabular C24.0 Malignant neoplasm of extrahepatic bile duct):
    // the brushing's adenocarcinoma is that tumour's pathology and takes its code.
    ['"(brushings: adenocarcinoma" after a perihilar cholangiocarcinoma', '76 yo F w/ perihilar cholangiocarcinoma dx 8/2026 (brushings: adenocarcinoma; CA 19-9 870), not a transplant candidate.', [
      ['perihilar cholangiocarcinoma', 'C240', 'present'], ['adenocarcinoma', 'C240', 'present'],
    ]],
    // Table: pancreas, head / Malignant Primary C25.0; the cancer is named after the result.
    ['"Outside pathology showed adenocarcinoma" before the assessment names the pancreatic head', 'Outside pathology showed adenocarcinoma, moderately differentiated.\nA/P: pancreatic head adenocarcinoma, borderline resectable.', [
      ['adenocarcinoma', 'C250', 'present'], ['pancreatic head adenocarcinoma', 'C250', 'present'],
    ]],
    ['guard: two cancer organs leave the result unread', 'HPI: 61F with R breast IDC, ER+.\nPMH: hx of colon ca 2010.\nBrushings: adenocarcinoma', [
      ['R breast IDC', 'C50911', 'present'], ['colon ca', 'Z85038', 'history'],
    ]],
    ['guard: an imaging line with a section-header colon is no tissue result', 'HPI: LUL adenocarcinoma s/p lobectomy.\nImpression: new adenocarcinoma favored.', [
      ['LUL adenocarcinoma', 'C3412', 'present'],
    ]],
    ['guard: a site-less "cancer" stays a history mention', 'HPI: 61F with R breast IDC.\nPathology: cancer', [['R breast IDC', 'C50911', 'present']]],
  ]);
});

describe('narrative sites round 8: "lateral" names the border of the tongue', () => {
  checkReadings([
    // Table: tongue, border (lateral) / Malignant Primary C02.1 (also "margin (lateral)" C02.1); tongue, anterior
    // (two-thirds) NEC C02.3 is the oral tongue with no part named.
    ['"SCC L lateral oral tongue" is the border of the tongue', 'Dx: SCC L lateral oral tongue, rpT2N1.', [['SCC L lateral oral tongue', 'C021', 'present']]],
    ['"lateral border of the tongue" is the border (the table prints "lateral" as its modifier)', 'Dx: SCC of the lateral border of the tongue.', [['SCC of the lateral border of the tongue', 'C021', 'present']]],
    ['guard: "oral tongue" with no part is the anterior two-thirds', 'Dx: SCC of the oral tongue.', [['SCC of the oral tongue', 'C023', 'present']]],
    ['guard: "R lateral tongue" was already the border', 'Dx: R lateral tongue SCC.', [['R lateral tongue SCC', 'C021', 'present']]],
  ]);
});

describe('narrative sites round 8: the organs listed with a distant recurrence are distant too', () => {
  checkReadings([
    // Table: bone / Malignant Secondary C79.51; lung / Malignant Secondary C78.0- (Tabular C78.01 right lung, C78.02 left lung).
    ['"recurrence in bone (T11, sacrum) and R lung" keeps the lung', '61F with L breast IDC 2019.\n- 3/2024: biopsy-proven recurrence in bone (T11, sacrum) and R lung.', [
      ['L breast IDC', 'C50912', 'present'], ['recurrence in bone', 'C7951', 'present'], ['R lung', 'C7801', 'present'],
    ]],
    // Table: liver / Malignant Secondary C78.7.
    ['"recurrence in the liver and L lung" keeps the lung', '58M with rectal ca; recurrence in the liver and L lung.', [
      ['rectal ca', 'C20', 'present'], ['recurrence in the liver', 'C787', 'present'], ['L lung', 'C7802', 'present'],
    ]],
    // Round 20 (ownOrganRecurrence.ts, ANNOTATION.md "A recurrence at a named site … in the primary's own bed … is the primary"): the
    // recurrence at the primary's own organ is that primary's local recurrence, coded at its site, not a secondary (before, no mention).
    ['a recurrence in the lung alone is the lung primary\'s own local recurrence', 'RUL adenocarcinoma s/p lobectomy; now recurrence in the R lung.', [
      ['RUL adenocarcinoma', 'C3411', 'present'], ['recurrence in the R lung', 'C3411', 'present'],
    ]],
    // Table: lymph gland, axilla / Malignant Secondary C77.3; the breast of a local recurrence is no distant site: round 20, the breast
    // cancer's own local recurrence (table: breast / Malignant Primary, right female breast C50.911, the side the recurrence names).
    ['guard: a local recurrence in the breast and nodes keeps only the nodes as secondaries', '61F, breast ca s/p lumpectomy; local recurrence in the R breast and R axillary nodes.', [
      ['breast ca', 'C50911', 'present'], ['recurrence in the R breast', 'C50911', 'present'], ['R axillary nodes', 'C773', 'present'],
    ]],
  ]);
});

describe('narrative sites round 8: a tissue result about nodes named before is its own metastasis mention', () => {
  checkReadings([
    // Table: lymph gland, cervical / Malignant Secondary C77.0; lymph gland, axilla / Malignant Secondary C77.3.
    ['"cervical nodal mets on PET/CT (…; FNA positive for metastatic SCC)" is two mentions', 'Cervical nodal mets on PET/CT (largest 2.3 cm; FNA positive for metastatic SCC).', [
      ['Cervical nodal mets', 'C770', 'present'], ['metastatic SCC', 'C770', 'present'],
    ]],
    ['"L axillary nodal mets on PET; FNA positive for metastatic carcinoma" is two mentions', 'L axillary nodal mets on PET; FNA positive for metastatic carcinoma.', [
      ['L axillary nodal mets', 'C773', 'present'], ['metastatic carcinoma', 'C773', 'present'],
    ]],
    ['guard: two anchors on one written site stay one mention', 'CT: hepatic metastases, metastatic disease to the liver.', [['hepatic metastases', 'C787', 'present']]],
  ]);
});
