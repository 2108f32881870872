import { checkReadings } from './readingCases';

/**
 * The context a report gives a finding that names no site of its own: a thoracic node station, the
 * fluid whose cytology it is. Each case: the text, then the mentions expected ([words, code,
 * assertion]), each code read off the Table of Neoplasms (row → column, cited per case) and checked
 * against the FY2027 code file.
 */

describe('narrative context: thoracic lymph node stations', () => {
  checkReadings([
    // lymph gland, mediastinal → Malignant Secondary C77.1 (station 7 is subcarinal, a mediastinal station).
    ['reads a station label above its finding', 'B. LYMPH NODE, STATION 7, EXCISION:\n   - METASTATIC ADENOCARCINOMA IN ONE OF TWO LYMPH NODES (1/2).',
      [['METASTATIC ADENOCARCINOMA IN ONE OF TWO LYMPH NODES', 'C771', 'present']]],
    // A station with no node word labels an EBUS result: mediastinal (4R) C77.1, negated.
    ['reads a bare station label of an EBUS report', 'DIAGNOSIS:\nA. Station 4R:\n   NEGATIVE FOR MALIGNANT CELLS.\n',
      [['MALIGNANT CELLS', 'C771', 'negated']]],
    // Stations 4R and 7 are both mediastinal: lymph gland, mediastinal → C77.1.
    ['reads a label that lists several stations', 'Lymph nodes, station 4R and 7: negative for carcinoma (0/6).',
      [['carcinoma', 'C771', 'negated']]],
    // Station 11L is interlobar: lymph gland, bronchopulmonary → Malignant Secondary C77.1.
    ['reads an interlobar station', 'C. Station 11L:\n   SUSPICIOUS FOR METASTATIC CARCINOMA.\n',
      [['METASTATIC CARCINOMA', 'C771', 'uncertain']]],
    // Station 1 is low cervical / supraclavicular: lymph gland, supraclavicular → Malignant Secondary C77.0.
    ['reads station 1 as supraclavicular', 'A. Lymph node, station 1R, EBUS-TBNA:\n   POSITIVE FOR METASTATIC CARCINOMA.\n',
      [['METASTATIC CARCINOMA', 'C770', 'present']]],
    // "stn" is the reports' abbreviation: 4L mediastinal and 11L bronchopulmonary → lymph gland, intrathoracic → C77.1.
    ['reads an abbreviated station label', '* 04/2025 - EBUS-TBNA stn 4L and 11L: adenocarcinoma, TTF-1+.',
      [['adenocarcinoma', 'C771', 'present']]],
    // A sided station before a node word: 4R → lymph gland, mediastinal → C77.1.
    ['reads a sided station number before a node word', 'EBUS bx of 4R node 11/22: small cell carcinoma, synaptophysin +.',
      [['carcinoma', 'C771', 'present']]],
    ['reads no station from a number without the word', 'PET avid 4R, 7 and 11L. Negative for malignancy.', []],
  ]);
});

describe('narrative context: node labels and node findings', () => {
  checkReadings([
    // lymph gland, cervical → Malignant Secondary C77.0: "neck level IV" is a neck level, the label closes at its parenthesis.
    ['reads a neck label narrowed by its level', 'B. Lymph node, right neck level IV (25G x 3): POSITIVE for metastatic papillary carcinoma. Tg washout >500 ng/mL.',
      [['Lymph node, right neck level IV (25G x 3): POSITIVE for metastatic', 'C770', 'present']]],
    // lymph gland, axilla, axillary → Malignant Secondary C77.3: the sentinel node's number stands between its kind and its region.
    ['reads a numbered sentinel node label', 'A. LYMPH NODE, SENTINEL #1, RIGHT AXILLA, EXCISION:\n   One lymph node, negative for metastatic carcinoma (0/1).\nB. LYMPH NODE, SENTINEL #2, RIGHT AXILLA, EXCISION:\n   Metastatic carcinoma in one of one lymph node (1/1).',
      [['lymph node, negative for metastatic carcinoma', 'C773', 'negated'], ['Metastatic carcinoma in one of one lymph node', 'C773', 'present']]],
    // lymph gland, cervical → C77.0, uncertain: the hedge at the end of a node's description concludes about the node.
    ['reads the conclusion of a node description', 'Right level IV lymph node, 1.1 cm short axis, rounded, loss of fatty hilum, suspicious for metastatic papillary carcinoma.',
      [['Right level IV lymph node, 1.1 cm short axis, rounded, loss of fatty hilum, suspicious for metastatic', 'C770', 'uncertain']]],
    // The same through "cystic change", which names no cystic duct, over a longer description (lymph gland, cervical → C77.0).
    ['reads a longer node description through "cystic change"', 'Right level IV lymph node, 1.1 cm short axis, rounded, loss of fatty hilum, with cystic change and microcalcifications, suspicious for metastatic papillary carcinoma.',
      [['Right level IV lymph node, 1.1 cm short axis, rounded, loss of fatty hilum, with cystic change and microcalcifications, suspicious for metastatic', 'C770', 'uncertain']]],
  ]);
});

describe('narrative context: the lesion a tissue result reports on', () => {
  checkReadings([
    // table: pancreas, head → Malignant Primary C25.0 (the slash separates "head" and "uncinate"; the uncinate process is part of the
    // head, as d147's gold codes it): the arrow states the FNB result.
    // endometrium → Malignant Primary C54.1: an endometrial biopsy (EMB) names the organ it sampled.
    ['reads the organ a procedure names', 'Office EMB 11/4/2026: endometrioid adenocarcinoma, FIGO grade 1.', [['adenocarcinoma', 'C541', 'present']]],
    ['reads an arrow as a result cue and a lesion noun right before its site', 'EUS: 2.9 cm hypoechoic mass pancreatic head/uncinate junction; EUS-FNB -> adenocarcinoma, moderately differentiated.',
      [['adenocarcinoma', 'C250', 'present']]],
  ]);
});

describe('narrative context: node levels', () => {
  checkReadings([
    // lymph gland, cervical → Malignant Secondary C77.0: a range of neck levels in one token.
    ['reads a range of neck levels', 'p16+ SCC of the left tonsil with ipsilateral level II/III nodal metastases.',
      [['SCC of the left tonsil', 'C099', 'present'], ['level II/III nodal metastases', 'C770', 'present']]],
    // lymph gland, axilla, axillary → Malignant Secondary C77.3: "axillary level I" is an axillary level, not the neck's level I.
    ['keeps the region written before an axillary level', 'Left axillary level I node 1.5 cm with cortical thickening and clip, the known nodal metastasis.',
      [['nodal metastasis', 'C773', 'present']]],
    // lymph gland, axilla, axillary → C77.3, uncertain: the clause that opens with the metastasis concludes about the node before it.
    ['gives a clause-opening nodal metastasis the node of the clause before', 'Single left axillary lymph node with mildly thickened cortex, indeterminate; nodal metastasis not excluded.',
      [['nodal metastasis', 'C773', 'uncertain']]],
  ]);
});

describe('narrative context: regional nodes and parenthesised regions', () => {
  checkReadings([
    // tonsil → C09.9; the regional nodes of a head and neck primary: lymph gland, cervical → Malignant Secondary C77.0.
    ['reads the nodes of a head and neck primary as the neck', 'Assessment: p16+ SCC of the right tonsil with ipsilateral nodal mets, cT2N1M0.',
      [['SCC of the right tonsil', 'C099', 'present'], ['nodal mets', 'C770', 'present']]],
    // lung, lower lobe → C34.3-, right → C34.31; since ANNOTATION.md round 17 ("A region-less 'nodal' word of a cancer whose
    // regional lymph nodes lie in one lymph-gland region names that region") a lung primary's nodal mets are its intrathoracic
    // regional nodes (lymph gland, intrathoracic → C77.1; regionalNodes.ts); a breast primary's span regions (site NEC → C77.9).
    ['places the nodal mets of a lung primary intrathoracic', 'Adenocarcinoma of the RLL with ipsilateral nodal mets.',
      [['Adenocarcinoma of the RLL', 'C3431', 'present'], ['nodal mets', 'C771', 'present']]],
    ['does not place the nodal mets of a breast primary', 'Invasive ductal carcinoma of the L breast with ipsilateral nodal mets.',
      [['ductal carcinoma of the L breast', 'null', 'present'], ['nodal mets', 'C779', 'present']]],
    // lymph gland, cervical → C77.0: level VI in parentheses after a compartment; the mention is the finding, not the label above.
    ['reads a region in parentheses in a node label', 'B. LYMPH NODES, CENTRAL COMPARTMENT (LEVEL VI), DISSECTION:\n   - METASTATIC PAPILLARY CARCINOMA IN TWO OF SIX LYMPH NODES (2/6).',
      [['METASTATIC PAPILLARY CARCINOMA IN TWO OF SIX LYMPH NODES', 'C770', 'present']]],
  ]);
});

describe('narrative context: the cytology of a body fluid', () => {
  checkReadings([
    // pleura → Malignant Secondary C78.2: malignant cells in an effusion are spread to the pleura.
    ['places a positive pleural fluid cytology in the pleura', 'L pleural effusion tapped twice, cytology + adenocarcinoma, PAX8+/WT1+; PleurX placed.',
      [['adenocarcinoma', 'C782', 'present']]],
    // peritoneum → Malignant Secondary C78.6 (ascitic fluid from a paracentesis).
    ['places a paracentesis cytology in the peritoneum', 'IR paracentesis (4.1 L), cytology positive for adenocarcinoma, WT1+/PAX8+.',
      [['adenocarcinoma', 'C786', 'present']]],
    // pleura → C78.2, negated; the tap is named in the clause before the semicolon.
    ['reaches the tap across one clause', '#L pleural effusion: thoracentesis 800 mL, exudative; cytology negative for malignant cells, flow negative.',
      [['malignant cells', 'C782', 'negated']]],
    ['takes no cavity without a fluid', 'Urine cytology: negative for malignant cells.', []],
    ['takes no cavity for a cytology far from the tap', `Thoracentesis done. ${'Vitals stable and labs reviewed today. '.repeat(4)}Cytology positive for adenocarcinoma.`, []],
  ]);
});

describe('narrative context: the study a report describes', () => {
  checkReadings([
    // brain NEC, frontal lobe → Malignant Secondary C79.31: the lobe adjective is the brain's in a brain MRI.
    ['reads a lobe adjective as the brain lobe in a brain study', 'MRI BRAIN W/WO CONTRAST\nImpression:\n1. Treated R frontal met, decreasing in size.',
      [['R frontal met', 'C7931', 'present']]],
    // brain NEC → Malignant Secondary C79.31: a site-less metastasis of a brain MRI report is in the brain.
    ['places a site-less metastasis in the organ of the study', 'MRI BRAIN W/WO CONTRAST\nFindings:\nPunctate enhancing foci, indeterminate; possible early mets.',
      [['early mets', 'C7931', 'uncertain']]],
    // bone → Malignant Secondary C79.51 for a bone scan's finding.
    ['places a metastasis of a bone scan in bone', 'NM WHOLE BODY BONE SCAN\nImpression: Focal uptake in the L5 pedicle, indeterminate; metastasis not excluded.',
      [['metastasis', 'C7951', 'uncertain']]],
    // sinus, frontal → Malignant Secondary C78.39: "frontal" before "sinus" is no brain lobe, even in a brain study (round 12: the
    // side and the sinus's part are read with it, as the table prints "frontal" below "sinus").
    ['keeps the frontal sinus out of the brain', 'MRI brain: L frontal sinus mass, concerning for metastasis.', [['L frontal sinus mass, concerning for metastasis', 'C7839', 'uncertain']]],
    ['does not read a lobe adjective far from any brain word', 'Frontal headache for two weeks. Left frontal mass on exam, concerning for metastasis.', []],
    // Distant metastases with no site named: Tabular C79.9 Secondary malignant neoplasm of unspecified site, not the bone of the scan.
    ['does not place distant metastases in the study organ', 'Staging CT and bone scan showed no evidence of distant metastatic disease.', [['distant metastatic disease', 'C799', 'negated']]],
    // intracranial → Malignant Secondary C79.31, negated; laryngeal ca history → Z85.21; "no recurrence" of it is no brain finding.
    ['places only metastasis words in the study organ', 'MRI brain w/wo: no evidence of intracranial metastatic disease. Remote hx of laryngeal ca treated with XRT in the 1990s, no recurrence.',
      [['intracranial metastatic disease', 'C7931', 'negated'], ['laryngeal ca', 'Z8521', 'history']]],
    ['does not read the MET gene as a metastasis', 'MRI brain in 3 mo. If progression, re-biopsy to look for MET amp.', []],
    ['ends the study at the title of another', 'MRI brain: no lesions. CT chest: new 4 mm nodules; metastases not excluded.', []],
  ]);
});

describe('narrative context: skin sub-sites', () => {
  checkReadings([
    // skin NOS, nose (external) → Malignant Primary C44.301; basal cell type (Tabular C44.31-) → C44.311.
    ['reads the nasal tip as the skin of the nose', 'BCC, L nasal tip - s/p Mohs, clear after 2 stages.', [['BCC, L nasal tip', 'C44311', 'present']]],
    // skin NOS, nose → C44.301 → basal cell type C44.311: the surface set off after the subtype words.
    ['reads a body surface set off after the subtype', 'Pre-op Dx: Basal cell carcinoma, nodular, L nasal tip (bx 09/12/2026).',
      [['Basal cell carcinoma, nodular, L nasal tip', 'C44311', 'present']]],
    // skin NOS, ala nasi → C44.301 → basal cell type C44.311: a dermatopathology label names the skin of a two-word surface.
    ['reads a skin label with a two-word surface', 'B. SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:\n   BASAL CELL CARCINOMA, NODULAR AND INFILTRATIVE TYPES.',
      [['BASAL CELL CARCINOMA', 'C44311', 'present']]],
    // skin NOS, back → C44.509 → melanoma of the trunk C43.59 (Index: Melanoma, skin, back): the label still reaches a morphology histology.
    ['keeps reading a skin label for a melanoma', 'A. SKIN, LEFT UPPER BACK, SAUCERIZATION BIOPSY:\n   MALIGNANT MELANOMA, SUPERFICIAL SPREADING TYPE, INVASIVE.',
      [['MALIGNANT MELANOMA', 'C4359', 'present']]],
    // skin NOS, nose → C44.301 → squamous cell type C44.321.
    ['reads the nasal dorsum as the skin of the nose', 'Squamous cell carcinoma of the nasal dorsum.', [['Squamous cell carcinoma of the nasal dorsum', 'C44321', 'present']]],
  ]);
});

describe('narrative context: a histology restated without its site', () => {
  checkReadings([
    // brain NEC, temporal lobe → Malignant Primary C71.2: "GBM as above" is the glioblastoma named with its lobe.
    ['takes the sub-site the histology was named with', `HPI: glioblastoma of the L temporal lobe, dx 3/2026. ${'She is sleepy and eats little most days. '.repeat(6)}\nPMH: GBM as above; seizures.`,
      [['glioblastoma of the L temporal lobe', 'C712', 'present'], ['GBM', 'C712', 'present']]],
    // skin NOS, nose (external) → C44.301 → basal cell type C44.311, for the residual tumour of the Mohs stage.
    ['resolves a residual tumour to the lesion of the note', 'Pre-op Dx: BCC, L nasal tip.\nStage I: 4 blocks. Residual BCC at 2-4 o\'clock, deep.',
      [['BCC, L nasal tip', 'C44311', 'present'], ['BCC', 'C44311', 'present']]],
    // Two skin sites named before: the restated BCC stays skin NOS (C44.91, Tabular: basal cell carcinoma of skin, unspecified).
    ['leaves a restatement open when two sub-sites were named', 'BCC, L nasal tip. BCC of the R temple.\nResidual BCC at 2 o\'clock.',
      [['BCC, L nasal tip', 'C44311', 'present'], ['BCC of the R temple', 'C44319', 'present'], ['BCC', 'C4491', 'present']]],
    // A site in the sentence is another lesion, not the nose: the BCC is of its line's surface, the left lower leg
    // (Tabular C44.719 Basal cell carcinoma of skin of left lower limb, including hip).
    ['does not restate a histology written with another site', 'BCC, L nasal tip - s/p Mohs.\n- L lower leg: scaly plaque, r/o superficial BCC.',
      [['BCC, L nasal tip', 'C44311', 'present'], ['BCC', 'C44719', 'uncertain']]],
  ]);
});

describe('narrative context: the primary named after a histology', () => {
  checkReadings([
    // tonsil → Malignant Primary C09.9: "left tonsil primary" names the organ; the oropharynx (C10.9) is no second primary. Round 19:
    // the histology keeps its own entry at the tonsil (ANNOTATION.md, "An organ-named primary set off by a comma": d154, d741).
    ['keeps only the organ the text calls the primary', 'Dx: HPV-associated oropharyngeal SCC, left tonsil primary.',
      [['oropharyngeal SCC', 'C099', 'present'], ['left tonsil primary', 'C099', 'present']]],
    // The same organ restated ("lung adenocarcinoma, R lung primary") is not dropped: lung → C34.9-, right → C34.91. The comma-set
    // primary is a mention of its own (ANNOTATION.md, round 15: "An organ-named primary set off by a comma after its histology is its
    // own mention").
    ['keeps a histology whose primary is the same organ', 'Lung adenocarcinoma, R lung primary.',
      [['Lung adenocarcinoma', 'C3491', 'present'], ['R lung primary', 'C3491', 'present']]],
  ]);
});

describe('narrative context: the hilum of the lung', () => {
  checkReadings([
    // hilus of lung → Malignant Primary C34.0-, right → C34.01 (Tabular: malignant neoplasm of right main bronchus).
    ['reads a hilar primary as the hilum of the lung', '2. Extensive-stage small cell lung cancer, R hilar primary - new diagnosis.', [
      // ANNOTATION.md: an organ-named primary set off by a comma after its histology is its own mention (d99).
      ['lung cancer', 'C3401', 'present'], ['R hilar primary', 'C3401', 'present'],
    ]],
    // Klatskin tumour stays the bile duct (Index: Klatskin's tumor C24.0); a renal hilar mass is no lung.
    ['keeps hilar cholangiocarcinoma in the bile duct', 'Hilar cholangiocarcinoma (Klatskin tumor).', [['Hilar cholangiocarcinoma', 'C240', 'present']]],
    ['does not read a renal hilar mass as the lung', 'R renal hilar mass, likely RCC.', [['RCC', 'C641', 'uncertain']]],
  ]);
});

describe('narrative context: a histology written with its own site is not restated', () => {
  checkReadings([
    // breast → Benign D24.-; the right breast written with it → D24.1 (Tabular: benign neoplasm of right breast), not the left one before.
    ['keeps the side written with an implied organ', 'Fibroadenoma of the left breast, biopsy proven. R breast fibroadenoma, stable.',
      [['Fibroadenoma of the left breast', 'D242', 'present'], ['R breast fibroadenoma', 'D241', 'present']]],
  ]);
});

describe('narrative context: the meninges of a meningioma', () => {
  checkReadings([
    // Index: Meningioma → Neoplasm, meninges, benign; table: meninges, cerebral → Benign D32.0 (the tentorium is intracranial).
    ['places a meningioma along the tentorium in the cerebral meninges', '1.1 cm dural-based extra-axial mass along the right tentorium, most c/w meningioma.',
      [['meningioma', 'D320', 'uncertain']]],
    ['places a parafalcine meningioma of a brain MRI in the cerebral meninges', 'MRI BRAIN\nImpression: Stable L parafalcine meningioma.',
      [['parafalcine meningioma', 'D320', 'present']]],
    // meninges, spinal → Benign D32.1.
    ['places a meningioma of the spine in the spinal meninges', 'MRI T-spine: intradural extramedullary meningioma at T6.', [['intradural extramedullary meningioma', 'D321', 'present']]],
    // meninges → Benign D32.9 when nothing says where.
    ['leaves a meningioma with no context unspecified', 'Meningioma, followed by neurosurgery.', [['Meningioma', 'D329', 'present']]],
  ]);
});

describe('narrative context: the finding a bare histology concludes', () => {
  checkReadings([
    // breast, upper-outer quadrant → Malignant Primary C50.4-, left female → C50.412, uncertain.
    ['places a hedged malignancy in the finding of its sentence', '47F. Left breast upper outer quadrant (2:00) irregular spiculated mass with associated pleomorphic calcifications, highly suggestive of malignancy.',
      [['malignancy', 'C50412', 'uncertain']]],
    // rectum → Malignant Primary C20, uncertain.
    ['places a hedged malignancy after its mass and site', 'Colonoscopy: 2 cm friable mass in the rectum at 8 cm, suspicious for malignancy; biopsied.',
      [['malignancy', 'C20', 'uncertain']]],
    // breast, upper-outer quadrant, left female → C50.412: "the known malignancy" is the enhancement the sentence describes.
    ['places the known malignancy in the enhancement described', '44F. Left breast: 3.8 cm area of clumped non-mass enhancement in the upper outer quadrant, 2:00 middle depth, surrounding the biopsy clip, corresponding to the known malignancy.',
      [['malignancy', 'C50412', 'present']]],
    ['names no primary in an organ where it is most often a metastasis', 'Segment 7 liver lesion, suspicious for malignancy.', []],
  ]);
});

describe('narrative context: synoptic report fields', () => {
  checkReadings([
    // breast, upper-outer quadrant → Malignant Primary C50.4-; right female (the laterality field) → C50.411.
    ['gives the histology field the side of the laterality field', '58 y/o F.\nSYNOPTIC SUMMARY (CAP BREAST)\nPROCEDURE: PARTIAL MASTECTOMY\nSPECIMEN LATERALITY: RIGHT\nTUMOR SITE: UPPER OUTER QUADRANT, 10 O\'CLOCK\nHISTOLOGIC TYPE: INVASIVE CARCINOMA OF NO SPECIAL TYPE (DUCTAL)\n',
      [['CARCINOMA', 'C50411', 'present']]],
    // "UNSPECIFIED" gives no side: breast, upper-outer quadrant with no side is left open (null).
    ['takes no side from a laterality field that names none', '58 y/o F.\nSPECIMEN LATERALITY: UNSPECIFIED\nTUMOR SITE: UPPER OUTER QUADRANT\nHISTOLOGIC TYPE: INVASIVE CARCINOMA OF NO SPECIAL TYPE (DUCTAL)\n',
      [['CARCINOMA', 'null', 'present']]],
  ]);
});
