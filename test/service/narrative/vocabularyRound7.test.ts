import { checkReadings } from './readingCases';

/**
 * Vocabulary and sites round 7 (issue 12): phrasings two blind batches (hospital notes, outpatient oncology
 * documents) showed the reader missing, written as families of phrasing rather than copied from one note. Each
 * expected code cites its Table of Neoplasms row (FY2025 table), Index entry or Tabular code (FY2027 code file
 * titles); each case read differently before this round unless its title opens with "guard", which pins what
 * the new reading must not change.
 */

describe('narrative sites round 7: an Ann Arbor stage IV written with the lymphoma', () => {
  checkReadings([
    // ANNOTATION.md "Stage or node regions in the lymphoma's own sentence": stage II–IV → Tabular C83.38 Diffuse large
    // B-cell lymphoma, lymph nodes of multiple sites; C82.18 Follicular lymphoma grade II, lymph nodes of multiple sites.
    ['"DLBCL, GCB type, stage IVA" is lymph nodes of multiple sites', 'Dx: DLBCL, GCB type, stage IVA (marrow involvement), IPI 3.', [['DLBCL', 'C8338', 'present']]],
    ['"diffuse large B-cell lymphoma, stage IV," is lymph nodes of multiple sites', '58M with diffuse large B-cell lymphoma, stage IV, C3D10 of R-CHOP.', [['diffuse large B-cell lymphoma', 'C8338', 'present']]],
    ['"stage 4 FL grade 2" before the lymphoma', 'Stage 4 FL grade 2, on observation.', [['FL', 'C8218', 'present']]],
    // Index: Lymphoma, diffuse large B-cell C83.3-; stage I is one region, which the sentence does not name: C83.30.
    ['guard: stage IE names no region', 'DLBCL, stage IE of the stomach wall.', [['DLBCL', 'C8330', 'present']]],
  ]);
});

describe('narrative sites round 7: a glioma takes the lobe its brain lesion is described with', () => {
  checkReadings([
    // Table: brain, overlapping lesion / Malignant Primary C71.8 (frontoparietal); brain, frontal lobe C71.1; the
    // brain metastasis of the differential is table: brain / Malignant Secondary C79.31, with no lobe of its own.
    ['"mass R frontoparietal" places a later glioblastoma and the differential\'s GBM', 'MRI brain: 4.1 cm necrotic mass R frontoparietal; ddx GBM vs metastasis.\nPATHOLOGY: Glioblastoma, IDH-wildtype.', [
      ['GBM', 'C718', 'uncertain'], ['metastasis', 'C7931', 'uncertain'], ['Glioblastoma', 'C718', 'present'],
    ]],
    ['"L frontoparietal mass" places a glioma in the differential', 'MRI brain: 3.4 cm enhancing L frontoparietal mass. Ddx: metastasis, favored; high-grade glioma less likely.', [
      ['metastasis', 'C7931', 'uncertain'], ['glioma', 'C718', 'uncertain'],
    ]],
    ['a restated GBM in the plan takes the lobe too', 'MRI: L frontal mass. Path: GBM.\n\nA/P: GBM, Stupp protocol.', [['GBM', 'C711', 'present'], ['GBM', 'C711', 'present']]],
    ['guard: two lobes described leave the glioma at the brain', 'MRI: L frontal mass; additional R parietal mass. Ddx: metastases vs glioma.', [['glioma', 'C719', 'uncertain']]],
    ['guard: a denied glioma keeps its written site', 'MRI: R temporal mass. No evidence of glioma.', [['glioma', 'C719', 'negated']]],
  ]);
});

describe('narrative sites round 7: the regional nodes of a resection specimen', () => {
  checkReadings([
    // Table: lymph gland, intra-abdominal (colic, mesenteric) / Malignant Secondary C77.2; intestine, large, colon, ascending
    // / Malignant Primary C18.2.
    ['a hemicolectomy part\'s "Lymph nodes: 2 of 23 positive" are intra-abdominal', 'A. Colon, right, hemicolectomy:\n   - Invasive adenocarcinoma, ascending colon, 3.1 cm (ypT3).\n   - Treatment effect: partial (CAP score 2).\n   - Lymph nodes: 2 of 23 positive for metastatic adenocarcinoma (ypN1b).', [
      ['adenocarcinoma, ascending colon', 'C182', 'present'], ['Lymph nodes: 2 of 23 positive for metastatic adenocarcinoma', 'C772', 'present'],
    ]],
    // Table: lymph gland, intra-abdominal (peripancreatic) C77.2; pancreas, head / Malignant Primary C25.0.
    ['a pancreaticoduodenectomy\'s nodes are intra-abdominal', 'PANCREAS, HEAD, PANCREATICODUODENECTOMY:\n - INVASIVE DUCTAL ADENOCARCINOMA, 2.6 CM.\n - METASTATIC ADENOCARCINOMA IN 3 OF 17 LYMPH NODES.', [
      ['ADENOCARCINOMA', 'C250', 'present'], ['METASTATIC ADENOCARCINOMA IN 3 OF 17 LYMPH NODES', 'C772', 'present'],
    ]],
    // Table: lymph gland, intrathoracic (hilar, mediastinal) / Malignant Secondary C77.1; lung, upper lobe, right C34.11.
    ['a lung lobectomy\'s nodes are intrathoracic', 'Lung, right upper lobe, lobectomy:\n - Adenocarcinoma, 2.1 cm.\n - Metastatic carcinoma in 2 of 11 lymph nodes.', [
      ['Adenocarcinoma', 'C3411', 'present'], ['Metastatic carcinoma in 2 of 11 lymph nodes', 'C771', 'present'],
    ]],
    // Table: lymph gland, intrapelvic (iliac, obturator) / Malignant Secondary C77.5; prostate C61.
    ['a prostatectomy\'s pelvic nodes are intrapelvic', 'Prostate and seminal vesicles, radical prostatectomy: acinar adenocarcinoma, Gleason 4+3. Metastatic carcinoma in 1 of 9 lymph nodes.', [
      ['adenocarcinoma', 'C61', 'present'], ['Metastatic carcinoma in 1 of 9 lymph nodes', 'C775', 'present'],
    ]],
    // Breast nodes may be axillary, internal mammary or supraclavicular: table: lymph gland, site NEC C77.9 (the breast
    // carcinoma of a label that names no sex is C50.91- or C50.92-: null, ANNOTATION.md).
    ['guard: a mastectomy\'s nodes name no region', 'Breast, left, mastectomy:\n - Invasive ductal carcinoma.\n - Metastatic carcinoma in 2 of 11 lymph nodes.', [
      ['ductal carcinoma', 'null', 'present'], ['Metastatic carcinoma in 2 of 11 lymph nodes', 'C779', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 7: the breast behind the areola', () => {
  checkReadings([
    // Table: breast, central portion / Malignant Primary C50.1- (SEER C50.1: retroareolar, subareolar); a woman's left breast → C50.112.
    ['"L breast IDC, retroareolar" is the central portion, and a later breast cancer restates it', '48-year-old woman.\n2019: L breast IDC, retroareolar, ER-/PR-. Now metastatic breast cancer.', [
      ['L breast IDC, retroareolar', 'C50112', 'present'], ['breast cancer', 'C50112', 'present'],
    ]],
    ['"subareolar mass, R breast; bx: IDC" is the central portion of the right breast', '52 yo F. US: 1.2 cm subareolar mass, R breast; bx: IDC.', [['IDC', 'C50111', 'present']]],
    ['guard: a retroareolar fluid collection is no neoplasm', 'Retroareolar fluid collection, no mass.', []],
  ]);
});

describe('narrative vocabulary round 7: titles that name a cancer without diagnosing it', () => {
  checkReadings([
    // ANNOTATION.md "Not mentions": names of clinics, services, conferences and boards; a guideline's title is such a name.
    ['"per NCCN Breast Cancer guidelines" is a guideline\'s title', 'Rationale: per NCCN Breast Cancer guidelines, T-DXd is a category 1 preferred regimen.', []],
    ['"NSCLC guideline" is a guideline\'s title', 'Treated per the ASCO NSCLC guideline.', []],
    // Table: lung / Malignant Primary C34.9-: the patient's own diagnosis beside the title stays.
    ['guard: the diagnosis in the same sentence stays', 'For metastatic NSCLC, per NCCN guidelines, osimertinib.', [['NSCLC', 'null', 'present']]],
  ]);
});

describe('narrative sites round 7: a list of metastatic sites with parentheses', () => {
  checkReadings([
    // Table: bone / Malignant Secondary C79.51; adrenal / Malignant Secondary C79.7-, left → C79.72 (Tabular "left adrenal gland").
    ['"bone (T9, L ilium) and adrenal (L) mets" is both secondaries, the adrenal left', 'Measurable disease: bone (T9, L ilium) and adrenal (L) mets.', [
      ['bone', 'C7951', 'present'], ['adrenal (L) mets', 'C7972', 'present'],
    ]],
    ['"mets to bone (…) and adrenal (L)" reads the side in the parenthesis', 'Mets to bone (T11, sacrum) and adrenal (L).', [
      ['Mets to bone', 'C7951', 'present'], ['adrenal', 'C7972', 'present'],
    ]],
    // Table: liver / Malignant Secondary C78.7; lung / Malignant Secondary C78.0- (no side: null).
    ['"Liver (segment 7) and lung mets" keeps the liver', 'Liver (segment 7) and lung mets.', [['Liver', 'C787', 'present'], ['lung mets', 'null', 'present']]],
    ['guard: a site called the primary in parentheses ends the list', 'RLL (primary) and adrenal mets.', [['adrenal mets', 'null', 'present']]],
  ]);
});

describe('narrative vocabulary round 7: a histology that a metastasis is made of', () => {
  checkReadings([
    // Table: brain NEC / Malignant Secondary C79.31: "melanoma metastasis" is one secondary, no melanoma of an unnamed skin (C43.9).
    ['"melanoma metastasis" is the brain secondary only', 'MRI brain: L frontal mass. Ddx: melanoma metastasis, favored.', [['metastasis', 'C7931', 'uncertain']]],
    // Table: bone, femur / Malignant Secondary C79.51, no second kidney primary.
    ['"hypervascular RCC met" of a femur lesion is the bone secondary only', 'Embolization of the L femur lesion given hypervascular RCC met.', [['L femur lesion given hypervascular RCC met', 'C7951', 'present']]],
    // Tabular C7A.00 Malignant carcinoid tumor of unspecified site; C7B.02 Secondary carcinoid tumors of liver.
    ['guard: a carcinoid\'s metastases keep the carcinoid', 'Carcinoid metastases to liver.', [['Carcinoid', 'C7A00', 'present'], ['metastases to liver', 'C7B02', 'present']]],
  ]);
});

describe('narrative sites round 7: a synoptic melanoma report\'s tumour site', () => {
  checkReadings([
    // Index: Melanoma, skin — by site; table: skin, back → C44.5- (trunk) → Tabular C43.59 Malignant melanoma of other part of trunk.
    ['"Tumor Site: Upper back" places the histologic type\'s melanoma', 'SYNOPTIC REPORT\nSpecimen Laterality: Left\nTumor Site: Upper back\nHistologic Type: Superficial spreading melanoma\nMitotic Rate: 2/mm2', [
      ['Superficial spreading melanoma', 'C4359', 'present'],
    ]],
    // Table: skin, forearm → C44.6- (upper limb); the laterality field's left → Tabular C43.62 Malignant melanoma of left upper limb.
    ['"Tumor Site: Forearm" with "Specimen Laterality: Left"', 'SYNOPTIC REPORT\nSpecimen Laterality: Left\nTumor Site: Forearm\nHistologic Type: Nodular melanoma\n', [['Nodular melanoma', 'C4362', 'present']]],
  ]);
});

describe('narrative sites round 7: a melanoma found in a sentinel node', () => {
  checkReadings([
    // Table: lymph gland, axilla / Malignant Secondary C77.3 (the part label's left axilla): the finding's own words are the mention.
    ['"Metastatic melanoma in one lymph node" under an axillary label is the node\'s mention', 'B. Sentinel lymph node #1, left axilla:\n   - Metastatic melanoma in one lymph node (1/1); largest deposit 0.8 mm.', [
      ['Metastatic melanoma in one lymph node', 'C773', 'present'],
    ]],
    ['"sentinel nodes involved by melanoma" are the nodes\' secondary', 'Sentinel lymph nodes, left axilla: 1 of 2 sentinel nodes involved by melanoma.', [['melanoma', 'C773', 'present']]],
    ['"lymph node replaced by metastatic carcinoma"', 'Left axillary lymph node replaced by metastatic carcinoma.', [['Left axillary lymph node replaced by metastatic carcinoma', 'C773', 'present']]],
    // Table: brain NEC / Malignant Secondary C79.31; Index: Melanoma C43.9 (the organ it spread to keeps its own words).
    ['guard: a spread to an organ keeps the organ\'s words', 'Metastatic melanoma to the brain.', [['melanoma', 'C439', 'present'], ['brain', 'C7931', 'present']]],
  ]);
});

describe('narrative sites round 7: a nodal metastasis takes the one node region its encounter documents', () => {
  checkReadings([
    // Table: lymph gland, axilla / Malignant Secondary C77.3, from the labelled sentinel node of the same report.
    ['the synoptic "sentinel nodes involved by melanoma" take the labelled axilla', 'B. Sentinel lymph node #1, left axilla:\n - Metastatic melanoma in one lymph node (1/1).\n\nSYNOPTIC REPORT\nRegional Lymph Nodes: 1 of 2 sentinel nodes involved by melanoma', [
      ['Metastatic melanoma in one lymph node', 'C773', 'present'], ['melanoma', 'C773', 'present'],
    ]],
    // Table: lymph gland, intrathoracic (mediastinal) C77.1.
    ['"nodal metastases" of a note with mediastinal nodal metastases', 'CT: subcarinal nodal metastasis, 2.1 cm.\nImpression: RUL mass with nodal metastases.', [
      ['subcarinal nodal metastasis', 'C771', 'present'], ['nodal metastases', 'C771', 'present'],
    ]],
    // Two regions documented (C77.1, C77.3): the region-less mention stays table: lymph gland, site NEC C77.9.
    ['guard: two documented regions leave it unplaced', 'Mediastinal nodal metastasis. Axillary nodal metastasis. Plan: XRT for the nodal metastases seen on PET.', [
      ['Mediastinal nodal metastasis', 'C771', 'present'], ['Axillary nodal metastasis', 'C773', 'present'], ['nodal metastases', 'C779', 'present'],
    ]],
    ['guard: a denied nodal metastasis keeps its written site', 'Mediastinal nodal metastasis.\n\nPET 2025: there were no nodal metastases at that time.', [
      ['Mediastinal nodal metastasis', 'C771', 'present'], ['nodal metastases', 'C779', 'negated'],
    ]],
  ]);
});

describe('narrative vocabulary round 7: a synoptic field label with a parenthesis', () => {
  checkReadings([
    // ANNOTATION.md "More non-mentions": a synoptic field label naming a property ("Tumor Size:") is no mention.
    ['"Maximum Tumor (Breslow) Thickness:" is a field label', 'Tumor Site: Upper back\nMaximum Tumor (Breslow) Thickness: 1.3 mm (from prior biopsy)', []],
    // Table: kidney / Unspecified Behavior D49.51-, left → D49.512: a parenthesis of size is no property.
    ['guard: "Left renal tumor (4 cm) of the lower pole" stays a tumour', 'Left renal tumor (4 cm) of the lower pole.', [['Left renal tumor', 'D49512', 'present']]],
  ]);
});

describe('narrative vocabulary round 7: a synoptic form\'s title', () => {
  checkReadings([
    // ANNOTATION.md: a synoptic field label is no mention; the title's parenthesis names the CAP protocol, not the diagnosis.
    ['"SYNOPTIC REPORT (Melanoma of the Skin, Excision)" is the form\'s title', 'SYNOPTIC REPORT (Melanoma of the Skin, Excision)\nProcedure: Wide excision', []],
    // The histology field below it is the diagnosis: Table: breast / Malignant Primary C50.9- (no side or sex: null).
    ['"CANCER CASE SUMMARY (Invasive Carcinoma of the Breast)" is the form\'s title', 'CANCER CASE SUMMARY (Invasive Carcinoma of the Breast)\nHistologic Type: Invasive ductal carcinoma', [['ductal carcinoma', 'null', 'present']]],
  ]);
});

describe('narrative sites round 7: a phrase wrapped before a lower-case word and a date', () => {
  checkReadings([
    // Table: lung, upper lobe / Malignant Primary C34.1-, right → C34.11: the biopsied RUL mass is the carcinoma's site.
    ['"bx of the RUL\\nmass 12/1: small cell carcinoma" keeps the lesion with its result', 'Bronchoscopic bx of the RUL\nmass 12/1: small cell carcinoma.', [['carcinoma', 'C3411', 'present']]],
    // An exam field after a full stop is still a field of its own: table: lung, upper lobe C34.11 for the biopsy, nothing for the exam.
    ['guard: a lower-case field label after a full stop opens its own line', 'Bx of the RUL mass: adenocarcinoma.\nabd: soft, nontender.', [['adenocarcinoma', 'C3411', 'present']]],
  ]);
});

describe('narrative sites round 7: a relative\'s cancer documents no side of the patient\'s', () => {
  checkReadings([
    // Table: breast / Malignant Primary C50.9-, left female → C50.912 (the HPI's "(L breast)"); the mother's breast cancer is
    // Z80.3 and, though it stands after the patient's right-sided fibroadenoma, documents no side of the patient's breast.
    ['the Assessment\'s breast cancer keeps the HPI\'s left side past a family history', '44F with metastatic breast cancer (L breast).\nPMH: Fibroadenoma R breast, excised 2010.\nFamily: Mother - breast ca dx 39, deceased 46. Pt is BRCA2 carrier.\nSocial: never smoker, no alcohol, works as a teacher, lives with husband.\nExam: BP 112/70, HR 98, drain in place, no rub, lungs clear, abdomen soft.\n\nA/P:\n# Metastatic breast cancer (HER2+) - hold trastuzumab.', [
      ['breast cancer', 'C50912', 'present'], ['Fibroadenoma R breast', 'Z86018', 'history'], ['breast ca', 'Z803', 'family'], ['breast cancer', 'C50912', 'present'],
    ]],
  ]);
});

describe('narrative sites round 7: a colorectal primary of a note that documents the colon\'s part', () => {
  checkReadings([
    // Table: intestine, large, colon, ascending / Malignant Primary C18.2 (the documented part) rather than rectum, and colon C19;
    // the liver specimen's finding is table: liver / Malignant Secondary C78.7. The primary the report has already stated
    // is present (ANNOTATION.md, "c/w" in a report the same note's tissue settles, d347; assertion round 8).
    ['"c/w colorectal primary" of an ascending colon cancer is C18.2', 'Adenocarcinoma of the ascending colon.\nB. Liver, segment 3, wedge:\n   - Metastatic adenocarcinoma, c/w colorectal primary, 1.2 cm.', [
      ['Adenocarcinoma of the ascending colon', 'C182', 'present'], ['Metastatic adenocarcinoma', 'C787', 'present'], ['colorectal primary', 'C182', 'present'],
    ]],
    // No part documented: table: rectum, and colon / Malignant Primary C19 (d81).
    ['guard: with no part documented it stays null (C18.9, C19, C20)', 'Liver core: Metastatic adenocarcinoma, consistent with colorectal primary.', [
      // Present: ANNOTATION.md round 15 second pass: "c/w <organ> primary" on tissue or cytology of a current primary is present (d81 mended from uncertain; assertion round 22, pathologyConclusion.ts).
      ['Liver core: Metastatic adenocarcinoma', 'C787', 'present'], ['colorectal primary', 'null', 'present'],
    ]],
    // A rectal primary documented beside a colon one: "mCRC" names neither (table: rectum, and colon C19).
    ['guard: a colon and a rectal primary leave "mCRC" null', 'Cecal adenocarcinoma. Rectal adenocarcinoma. mCRC on FOLFOX.', [
      ['Cecal adenocarcinoma', 'C180', 'present'], ['Rectal adenocarcinoma', 'C20', 'present'], ['mCRC', 'null', 'present'],
    ]],
  ]);
});

describe('narrative sites round 7: a biopsy of "the head mass"', () => {
  checkReadings([
    // Table: pancreas, head / Malignant Primary C25.0; pancreas, tail C25.2: the sampled lesion is the one described before.
    ['"EUS-FNB of the head mass: adenocarcinoma" is the pancreatic head', 'CT: 2.8 cm hypoenhancing mass pancreatic head abutting SMV. EUS-FNB of the head mass: adenocarcinoma.', [['adenocarcinoma', 'C250', 'present']]],
    ['"Biopsy of the tail lesion: adenocarcinoma" is the pancreatic tail', 'CT: 2 cm mass in the pancreatic tail. Biopsy of the tail lesion: adenocarcinoma.', [['adenocarcinoma', 'C252', 'present']]],
  ]);
});

describe('narrative vocabulary round 7: the prostatic urethra', () => {
  checkReadings([
    // Table: urethra, urethral / Malignant Primary C68.0, Ca in situ D09.19 (Tabular "Carcinoma in situ of other urinary organs").
    ['"urothelial carcinoma involving the prostatic urethra" is the urethra', 'Urothelial carcinoma involving the prostatic urethra.', [['Urothelial carcinoma involving the prostatic urethra', 'C680', 'present']]],
    ['"Prostatic urethra: CIS" is the urethra\'s carcinoma in situ', 'Prostatic urethra: CIS.', [['CIS', 'D0919', 'present']]],
    // Table: prostate / Malignant Primary C61.
    ['guard: "Prostatic adenocarcinoma" stays the prostate', 'Prostatic adenocarcinoma.', [['Prostatic adenocarcinoma', 'C61', 'present']]],
  ]);
});

describe('narrative sites round 7: a part set off after a histology that implies its organ', () => {
  checkReadings([
    // Table: bladder, wall, lateral / Malignant Primary C67.2 (urothelial carcinoma: the bladder unless a site is written).
    ['"urothelial ca, L lateral wall" is the bladder\'s lateral wall', 'Bladder - HG T1 urothelial ca, L lateral wall, TURBT 3/2026.', [['urothelial ca', 'C672', 'present']]],
    ['"L lat wall" abbreviates the lateral wall', 'HG T1 urothelial carcinoma, L lat wall.', [['urothelial carcinoma', 'C672', 'present']]],
    ['a restated NMIBC takes the documented lateral wall', 'HG T1 urothelial ca, L lateral wall, TURBT 3/2026.\nIMPRESSION: NMIBC (HG T1), on maintenance BCG.', [
      ['urothelial ca', 'C672', 'present'], ['NMIBC', 'C672', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 7: "ca" at the end of a list item', () => {
  checkReadings([
    // Table: pancreas, head / Malignant Primary C25.0 ("suspected": uncertain); the next item's number is no calcium value.
    ['"suspected pancreatic ca" before the next item\'s number', 'Diagnoses:\n1. Obstructive jaundice\n2. Pancreatic head mass - suspected pancreatic ca\n3. Hepatic lesions - indeterminate', [
      ['pancreatic ca', 'C250', 'uncertain'],
    ]],
    ['guard: "Ca 9.4" is calcium', 'Labs: Ca 9.4, Mg 2.0.', []],
    ['guard: "Ca\\n9.4" wrapped is calcium too', 'Labs: Na 138, K 4.1, Ca\n9.4', []],
  ]);
});

describe('narrative sites round 7: a site that a histology follows is that histology\'s', () => {
  checkReadings([
    // Table: lung, lower lobe / Malignant Primary C34.3-, left → C34.32, for both the NSCLC (its parenthesis) and the
    // adenocarcinoma the lobe is written with; table: brain / Malignant Secondary C79.31.
    ['"NSCLC (LLL adenocarcinoma, …)" keeps the adenocarcinoma\'s own mention', 'Brain metastases from NSCLC (LLL adenocarcinoma, EGFR exon 19 del).', [
      ['Brain metastases', 'C7931', 'present'], ['NSCLC', 'C3432', 'present'], ['LLL adenocarcinoma', 'C3432', 'present'],
    ]],
    // ANNOTATION.md (second consistency pass, round 15): "An organ-named primary set off by a comma after its histology is its own
    // mention"; the NSCLC keeps its own entry, refined to the lobe (table: lung, upper lobe / Malignant Primary C34.1-, right C34.11).
    ['guard: "NSCLC, RUL primary" still refines the NSCLC', 'NSCLC, RUL primary.', [['NSCLC', 'C3411', 'present'], ['RUL primary', 'C3411', 'present']]],
  ]);
});

describe('narrative sites round 7: a melanoma restated without its site', () => {
  checkReadings([
    // Table: skin, shoulder → C44.6- (upper limb, including shoulder) → Tabular C43.61 (right); the brain metastases are
    // table: brain / Malignant Secondary C79.31; the denied one keeps skin NOS → C43.9.
    ['a site-less melanoma is the one documented at the right shoulder', 'Melanoma of the R posterior shoulder, WLE 2021. A/P: Metastatic melanoma w/ brain mets, on nivolumab. No evidence of melanoma in the scar.', [
      ['Melanoma of the R posterior shoulder', 'C4361', 'present'], ['melanoma', 'C4361', 'present'], ['brain mets', 'C7931', 'present'], ['melanoma', 'C439', 'negated'],
    ]],
    // Two skin sites documented (calf C43.7-, back C43.59): the site-less one stays Index: Melanoma C43.9.
    ['guard: two documented sites leave it unplaced', 'Melanoma of the L calf 2015. Melanoma of the upper back 2020. Now melanoma on nivolumab.', [
      ['Melanoma of the L calf', 'C4372', 'present'], ['Melanoma of the upper back', 'C4359', 'present'], ['melanoma', 'C439', 'present'],
    ]],
  ]);
});

describe('narrative sites round 7: "(primary: <site>" after a melanoma', () => {
  checkReadings([
    // Table: skin, shoulder → Tabular C43.61 (right); the later "Metastatic melanoma" names the same primary (NARRATIVE.md:
    // "metastatic X" names the primary X); intracranial metastases: table: intracranial NEC / Malignant Secondary C79.31.
    ['"melanoma (primary: R posterior shoulder, …)" is the right shoulder\'s', '49F w/ stage IV melanoma (primary: R posterior shoulder, WLE 2021).\nA/P: Metastatic melanoma w/ progressive intracranial metastases.', [
      ['melanoma (primary: R posterior shoulder', 'C4361', 'present'], ['melanoma', 'C4361', 'present'], ['intracranial metastases', 'C7931', 'present'],
    ]],
    // Table: skin, calf → C44.7- → Tabular C43.72 (left lower limb); lung / Malignant Secondary C78.0- (no side: null).
    ['"Melanoma (primary site - L calf), metastatic to lung"', 'Melanoma (primary site - L calf), metastatic to lung.', [
      ['Melanoma (primary site - L calf', 'C4372', 'present'], ['metastatic to lung', 'null', 'present'],
    ]],
  ]);
});

describe('narrative vocabulary round 7: a long bone\'s parts between the side and the bone', () => {
  checkReadings([
    // Table: bone, femur / bone, humerus / Malignant Secondary C79.51 (the part of the bone names no other row).
    ['"lytic metastasis of the L subtrochanteric femur"', 'lytic metastasis of the L subtrochanteric femur', [['metastasis of the L subtrochanteric femur', 'C7951', 'present']]],
    ['"R midshaft humerus metastasis"', 'Pathologic fracture through a R midshaft humerus metastasis.', [['R midshaft humerus metastasis', 'C7951', 'present']]],
  ]);
});
