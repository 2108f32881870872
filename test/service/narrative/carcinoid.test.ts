import * as assert from 'node:assert/strict';
import { CARCINOID_BY_PRIMARY, CARCINOID_OTHER_SITES, benignCarcinoidCode, SECONDARY_CARCINOID_BY_SITE, SECONDARY_CARCINOID_OTHER, SECONDARY_CARCINOID_UNSPECIFIED } from '../../../server/src/service/narrative/carcinoidCode';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { officialBillable } from '../../helpers/officialCodes';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Carcinoid and neuroendocrine tumours (Tabular C7A, C7B): every code of the site tables is billable in
 * FY2027 with a title naming the organ its row claims (read from the FY2027 code file), and the reader
 * codes the phrasings of oncology notes by them.
 */

const fy2027 = officialBillable(2027);
const titleOf = (code: string): string => fy2027.get(code.replace('.', '')) ?? '';

/** What each primary-code prefix is (ICD-10-CM category titles), and the word its carcinoid and history titles must carry. */
const ORGAN: Readonly<Record<string, RegExp>> = {
  'C17.0': /duodenum/i, 'C17.1': /jejunum/i, 'C17.2': /ileum/i, C17: /small intestine/i,
  'C18.1': /appendix/i, 'C18.0': /cecum/i, 'C18.2': /ascending colon/i, 'C18.4': /transverse colon/i, 'C18.6': /descending colon/i,
  'C18.7': /sigmoid colon/i, C18: /large intestine/i, C20: /rectum/i, C34: /bronchus and lung/i, C37: /thymus/i, C16: /stomach/i,
  C64: /kidney/i, C25: /endocrine pancreas/i,
};
const HISTORY_ORGAN: Readonly<Record<string, RegExp>> = {
  'Z85.060': /small intestine/i, 'Z85.030': /large intestine/i, 'Z85.040': /rectum/i, 'Z85.110': /bronchus and lung/i,
  'Z85.230': /thymus/i, 'Z85.020': /stomach/i, 'Z85.520': /kidney/i,
};

function summary(text: string): string[][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

describe('narrative carcinoid: the site tables', () => {
  for (const entry of CARCINOID_BY_PRIMARY) {
    it(`${entry.prefix} → ${entry.carcinoid}${entry.history === undefined ? '' : ` / ${entry.history}`}`, () => {
      assert.match(titleOf(entry.carcinoid), ORGAN[entry.prefix] ?? /^$/);
      if (entry.carcinoid.startsWith('C7A')) assert.match(titleOf(entry.carcinoid), /^Malignant carcinoid tumor/i);
      if (entry.history !== undefined) {
        assert.match(titleOf(entry.history), /^Personal history of malignant carcinoid tumor/i);
        assert.match(titleOf(entry.history), HISTORY_ORGAN[entry.history] ?? /^$/);
      }
    });
  }

  for (const entry of CARCINOID_BY_PRIMARY) {
    const benign = benignCarcinoidCode(entry.carcinoid);
    it(`benign ${entry.prefix} → ${benign} (Tabular D3A.0-, the same organ)`, () => {
      assert.match(titleOf(benign), ORGAN[entry.prefix] ?? /^$/);
      assert.match(titleOf(benign), /^Benign (carcinoid tumor|neoplasm of endocrine pancreas)/i);
    });
  }

  it('names the other, secondary and unspecified carcinoid codes by their titles', () => {
    assert.match(titleOf(benignCarcinoidCode(CARCINOID_OTHER_SITES)), /^Benign carcinoid tumors of other sites/i);
    assert.match(titleOf(CARCINOID_OTHER_SITES), /malignant carcinoid tumors of other sites/i);
    assert.match(titleOf(SECONDARY_CARCINOID_OTHER), /secondary carcinoid tumors of other sites/i);
    assert.match(titleOf(SECONDARY_CARCINOID_UNSPECIFIED), /secondary carcinoid tumors, unspecified site/i);
    const sites: Readonly<Record<string, RegExp>> = { C77: /distant lymph nodes/i, 'C78.7': /liver/i, 'C79.5': /bone/i, 'C78.6': /peritoneum/i };
    for (const entry of SECONDARY_CARCINOID_BY_SITE) assert.match(titleOf(entry.code), sites[entry.secondary] ?? /^$/, entry.code);
  });
});

describe('narrative carcinoid: the reader', () => {
  it('codes a neuroendocrine tumour by its site and its liver metastases as C7B.02', () => {
    assert.deepEqual(summary('Well-differentiated NET (carcinoid) of the ileum, grade 1, with liver metastases; carcinoid syndrome.'), [
      ['NET (carcinoid) of the ileum', 'C7A012', 'present'], // C7A.012 Malignant carcinoid tumor of the ileum
      ['liver metastases', 'C7B02', 'present'], // C7B.02 Secondary carcinoid tumors of liver (C78.7 Excludes1)
    ]);
  });

  it('reads "metastatic carcinoid to liver" and "metastatic NET" under a finding', () => {
    assert.deepEqual(summary('PET shows metastatic carcinoid to liver.'), [['metastatic carcinoid to liver', 'C7B02', 'present']]);
    assert.deepEqual(summary('New avid hepatic lesions consistent with metastatic NET.').map(([, code, assertion]) => [code, assertion]), [['C7B02', 'uncertain']]);
  });

  it('codes a carcinoid of the appendix, its history, and a pancreatic NET', () => {
    assert.deepEqual(summary('Carcinoid of the appendix found at appendectomy.'), [['Carcinoid of the appendix', 'C7A020', 'present']]); // C7A.020
    assert.deepEqual(summary('Remote appendiceal carcinoid, resected 2012, no recurrence.'), [['appendiceal carcinoid', 'Z85030', 'history']]); // Z85.030
    assert.deepEqual(summary('59F with a pancreatic neuroendocrine tumor.'), [['pancreatic neuroendocrine tumor', 'C254', 'present']]); // C7A Excludes2 → C25.4
  });

  it('codes a carcinoid the text calls benign by Tabular D3A.0-, and its history as Z86.012', () => {
    assert.deepEqual(summary('Benign carcinoid of the rectum, completely resected. Remote h/o benign carcinoid tumor of the appendix.'), [
      ['Benign carcinoid of the rectum', 'D3A026', 'present'], // D3A.026 Benign carcinoid tumor of the rectum
      ['benign carcinoid tumor of the appendix', 'Z86012', 'history'], // Tabular Z86.012 Personal history of benign carcinoid tumor
    ]);
  });

  it('reads no tumour in "carcinoid syndrome" or a lower-case "net"', () => {
    assert.deepEqual(summary('Flushing from carcinoid syndrome. Net weight loss 3 kg.'), []);
  });
});

describe('narrative carcinoid: the specimen', () => {
  it('gives a neuroendocrine tumour the specimen organ', () => {
    const text = 'Specimen: Appendix, laparoscopic appendectomy\n\nDiagnosis:\n- Acute appendicitis.\n- Incidental well-differentiated neuroendocrine tumor (WHO grade 1), 0.6 cm, at the tip.';
    assert.deepEqual(summary(text).map(([, code]) => code), ['C7A020']); // C7A.020 Malignant carcinoid tumor of the appendix
  });
});

describe('narrative carcinoid: the primary site of a metastatic tumour', () => {
  it('keeps the site written before a NET called metastatic', () => {
    assert.deepEqual(summary('A/P: Metastatic small bowel NET, stable.'), [['small bowel NET', 'C7A019', 'present']]); // C7A.019 small intestine, unspecified portion
    assert.deepEqual(summary('Small intestinal NET, G2.'), [['Small intestinal NET', 'C7A019', 'present']]);
  });
});

