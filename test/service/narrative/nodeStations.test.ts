import * as assert from 'node:assert/strict';
import { LYMPH_GLAND_PATH } from '../../../server/src/service/narrative/nodeLexicon';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { grepPath } from '../../helpers/neoplasmXmlGrep';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Thoracic node stations of EBUS and mediastinoscopy reports (IASLC map: 1 supraclavicular, 2–9
 * mediastinal, 10–14 hilar and intrapulmonary). The expected Malignant Secondary cell is read off the
 * official Table of Neoplasms XML by `grepPath` (lymph, gland, <region>), not from the reader.
 */

function codes(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => `${mention.code ?? 'null'} ${mention.assertion}`);
}

const secondaryOf = (region: string): string => (grepPath([...LYMPH_GLAND_PATH, region])?.cells['secondary'] ?? '').replace('.', '');

describe('narrative reader: thoracic lymph node stations and node region lists', () => {
  it('the regions the stations fall in have the cells the reader gives (C77.1 intrathoracic, C77.0 supraclavicular)', () => {
    assert.equal(secondaryOf('mediastinal'), 'C771');
    assert.equal(secondaryOf('hilar'), 'C771');
    assert.equal(secondaryOf('intrathoracic'), 'C771');
    assert.equal(secondaryOf('supraclavicular'), 'C770');
  });

  const cases: readonly [string, string[]][] = [
    ['EBUS-TBNA: station 4R and 7 positive for adenocarcinoma.', [`${secondaryOf('mediastinal')} present`]],
    ['Stations 4R, 7 and 11L were positive for metastatic carcinoma.', [`${secondaryOf('intrathoracic')} present`]],
    ['EBUS: station 7 (subcarinal) FNA: metastatic squamous cell carcinoma.', [`${secondaryOf('mediastinal')} present`]],
    ['Station 11L lymph node: negative for malignancy.', [`${secondaryOf('hilar')} negated`]],
    ['Lymph nodes, station 4R and 7: negative for carcinoma (0/6).', [`${secondaryOf('mediastinal')} negated`]],
    ['EBUS bx of 4R node 11/22: small cell carcinoma.', [`${secondaryOf('mediastinal')} present`]],
    ['Mediastinal lymph nodes were positive for carcinoma.', [`${secondaryOf('mediastinal')} present`]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(codes(text), expected));
  }

  // Regions joined in one phrase are one entry of C77.8, lymph nodes of multiple regions (ANNOTATION.md, d268).
  it('gives each region of a list the node word after it (retroperitoneal nodes, not the retroperitoneum)', () => {
    assert.deepEqual(codes('Retroperitoneal and pelvic nodal metastases.'), ['C778 present']);
    assert.deepEqual(codes('Metastatic disease to the axillary and supraclavicular lymph nodes.'), ['C778 present']);
    assert.deepEqual(codes('Liver and retroperitoneal nodal metastases.'), ['C787 present', `${secondaryOf('retroperitoneal')} present`]);
  });

  it('reads the nodes a hedged metastasis is about ("adenopathy c/w metastatic disease")', () => {
    assert.deepEqual(codes('Bulky retroperitoneal adenopathy c/w metastatic disease.'), [`${secondaryOf('retroperitoneal')} uncertain`]);
    assert.deepEqual(codes('Mediastinal lymph nodes, highly suspicious for metastatic disease.'), [`${secondaryOf('mediastinal')} uncertain`]);
  });

  it('reads no node in a bare number or "station" without one ("7 cores", "nursing station")', () => {
    assert.deepEqual(codes('7 cores positive for adenocarcinoma. Seen at the nursing station.'), []);
  });

  it('leaves "the abnormal node was positive" to the node found before it', () => {
    const text = 'Ultrasound showed an abnormal axillary lymph node. FNA of the abnormal node was positive for metastatic carcinoma.';
    assert.deepEqual(codes(text), [`${secondaryOf('axilla, axillary')} present`]);
  });
});
