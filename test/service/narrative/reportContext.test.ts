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
