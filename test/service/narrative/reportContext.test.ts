import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * The context a report gives a finding that names no site of its own: a thoracic node station, the
 * fluid whose cytology it is. Each case: the text, then the mentions expected ([words, code,
 * assertion]), each code read off the Table of Neoplasms (row → column, cited per case) and checked
 * against the FY2027 code file.
 */

type Case = readonly [title: string, text: string, expected: readonly (readonly [string, string, string])[]];

function summary(text: string): string[][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

function check(cases: readonly Case[]): void {
  for (const [title, text, expected] of cases) it(title, () => assert.deepEqual(summary(text), expected));
}

describe('narrative context: thoracic lymph node stations', () => {
  check([
    // lymph gland, mediastinal → Malignant Secondary C77.1 (station 7 is subcarinal, a mediastinal station).
    ['reads a station label above its finding', 'B. LYMPH NODE, STATION 7, EXCISION:\n   - METASTATIC ADENOCARCINOMA IN ONE OF TWO LYMPH NODES (1/2).',
      [['METASTATIC ADENOCARCINOMA', 'C771', 'present']]],
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
    ['reads no station from a number without the word', 'PET avid 4R, 7 and 11L. Negative for malignancy.', []],
  ]);
});

describe('narrative context: node labels and node findings', () => {
  check([
    // lymph gland, cervical → Malignant Secondary C77.0: "neck level IV" is a neck level, the label closes at its parenthesis.
    ['reads a neck label narrowed by its level', 'B. Lymph node, right neck level IV (25G x 3): POSITIVE for metastatic papillary carcinoma. Tg washout >500 ng/mL.',
      [['Lymph node, right neck level IV (25G x 3): POSITIVE for metastatic', 'C770', 'present']]],
    // lymph gland, axilla, axillary → Malignant Secondary C77.3: the sentinel node's number stands between its kind and its region.
    ['reads a numbered sentinel node label', 'A. LYMPH NODE, SENTINEL #1, RIGHT AXILLA, EXCISION:\n   One lymph node, negative for metastatic carcinoma (0/1).\nB. LYMPH NODE, SENTINEL #2, RIGHT AXILLA, EXCISION:\n   Metastatic carcinoma in one of one lymph node (1/1).',
      [['lymph node, negative for metastatic carcinoma', 'C773', 'negated'], ['Metastatic carcinoma', 'C773', 'present']]],
    // lymph gland, cervical → C77.0, uncertain: the hedge at the end of a node's description concludes about the node.
    ['reads the conclusion of a node description', 'Right level IV lymph node, 1.1 cm short axis, rounded, loss of fatty hilum, suspicious for metastatic papillary carcinoma.',
      [['Right level IV lymph node, 1.1 cm short axis, rounded, loss of fatty hilum, suspicious for metastatic', 'C770', 'uncertain']]],
  ]);
});

describe('narrative context: the cytology of a body fluid', () => {
  check([
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
  check([
    // brain NEC, frontal lobe → Malignant Secondary C79.31: the lobe adjective is the brain's in a brain MRI.
    ['reads a lobe adjective as the brain lobe in a brain study', 'MRI BRAIN W/WO CONTRAST\nImpression:\n1. Treated R frontal met, decreasing in size.',
      [['R frontal met', 'C7931', 'present']]],
    // brain NEC → Malignant Secondary C79.31: a site-less metastasis of a brain MRI report is in the brain.
    ['places a site-less metastasis in the organ of the study', 'MRI BRAIN W/WO CONTRAST\nFindings:\nPunctate enhancing foci, indeterminate; possible early mets.',
      [['early mets', 'C7931', 'uncertain']]],
    // bone → Malignant Secondary C79.51 for a bone scan's finding.
    ['places a metastasis of a bone scan in bone', 'NM WHOLE BODY BONE SCAN\nImpression: Focal uptake in the L5 pedicle, indeterminate; metastasis not excluded.',
      [['metastasis', 'C7951', 'uncertain']]],
    // sinus, frontal → Malignant Secondary C78.39: "frontal" before "sinus" is no brain lobe, even in a brain study.
    ['keeps the frontal sinus out of the brain', 'MRI brain: L frontal sinus mass, concerning for metastasis.', [['sinus mass, concerning for metastasis', 'C7839', 'uncertain']]],
    ['does not read a lobe adjective far from any brain word', 'Frontal headache for two weeks. Left frontal mass on exam, concerning for metastasis.', []],
    // Distant metastases with no site named: Tabular C79.9 Secondary malignant neoplasm of unspecified site, not the bone of the scan.
    ['does not place distant metastases in the study organ', 'Staging CT and bone scan showed no evidence of distant metastatic disease.', [['distant metastatic disease', 'C799', 'negated']]],
    ['does not read the MET gene as a metastasis', 'MRI brain in 3 mo. If progression, re-biopsy to look for MET amp.', []],
    ['ends the study at the title of another', 'MRI brain: no lesions. CT chest: new 4 mm nodules; metastases not excluded.', []],
  ]);
});

describe('narrative context: skin sub-sites', () => {
  check([
    // skin NOS, nose (external) → Malignant Primary C44.301; basal cell type (Tabular C44.31-) → C44.311.
    ['reads the nasal tip as the skin of the nose', 'BCC, L nasal tip - s/p Mohs, clear after 2 stages.', [['BCC, L nasal tip', 'C44311', 'present']]],
    // skin NOS, nose → C44.301 → squamous cell type C44.321.
    ['reads the nasal dorsum as the skin of the nose', 'Squamous cell carcinoma of the nasal dorsum.', [['Squamous cell carcinoma of the nasal dorsum', 'C44321', 'present']]],
  ]);
});
