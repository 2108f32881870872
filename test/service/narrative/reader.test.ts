import * as assert from 'node:assert/strict';
import type { DocumentedMention } from '../../../server/src/service/narrative/model';
import { narrativeContextFor } from '../../../server/src/service/narrative/context';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { testCodeSets } from '../../helpers/codeSets';
import { defaultContext } from '../../narrative/evaluate';

/**
 * The reader on the phrasings the issue names. Expected codes were read off the Table of Neoplasms
 * (row → column, cited per case) and checked against the FY2027 code file, not taken from the reader.
 */

function read(text: string): DocumentedMention[] {
  return [...readNarrative(text, spanOf(0, text.length), defaultContext()).mentions];
}

function summary(text: string): string[][] {
  return read(text).map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

describe('narrative reader: the issue example', () => {
  it('reads primary, two secondaries, an eradicated history and a negated metastasis', () => {
    assert.deepEqual(summary('58F. RUL adenocarcinoma with hepatic and osseous mets; hx of breast ca s/p mastectomy 2015, NED; no evidence of brain metastasis'), [
      ['RUL adenocarcinoma', 'C3411', 'present'], // lung, upper lobe → Malignant Primary C34.1-, right
      ['hepatic', 'C787', 'present'], // liver → Malignant Secondary
      ['osseous mets', 'C7951', 'present'], // bone → Malignant Secondary
      ['breast ca', 'Z853', 'history'], // Guideline I.C.2.d, Z85.3
      ['brain metastasis', 'C7931', 'negated'], // brain NEC → Malignant Secondary
    ]);
  });

  it('says where each code came from and what decided the assertion', () => {
    const [primary, , , history, negated] = read('58F. RUL adenocarcinoma with hepatic and osseous mets; hx of breast ca s/p mastectomy 2015, NED; no evidence of brain metastasis');
    assert.match(primary?.source ?? '', /Table of Neoplasms: lung, upper lobe → Malignant Primary \(C34\.1-\)/);
    assert.match(history?.source ?? '', /Guideline I\.C\.2\.d/);
    assert.equal(negated?.evidence?.trigger, 'no evidence of');
  });
});

describe('narrative reader: metastasis phrasings', () => {
  const cases: readonly [string, string[][]][] = [
    ['Colon adenocarcinoma metastatic to the liver.', [['Colon adenocarcinoma', 'C189', 'present'], ['metastatic to the liver', 'C787', 'present']]],
    ['Metastases to liver and bone.', [['Metastases to liver', 'C787', 'present'], ['bone', 'C7951', 'present']]],
    ['Mets to the brain.', [['Mets to the brain', 'C7931', 'present']]],
    ['Metastatic breast cancer, ER+.', [['breast cancer', 'null', 'present']]],
    ['Gastric cancer with direct extension into the liver.', [['Gastric cancer', 'C169', 'present']]],
    ['Peritoneal carcinomatosis.', [['Peritoneal carcinomatosis', 'C786', 'present']]],
    ['Axillary lymph node metastases.', [['Axillary lymph node metastases', 'C773', 'present']]],
    ['Metastasis to the larynx.', [['Metastasis to the larynx', 'C7831', 'present']]], // FY2027: larynx secondary C78.31
    ['Adenocarcinoma of unknown primary.', [['unknown primary', 'C801', 'present']]],
    // The tabular title's wording copied into a note: liver → Malignant Secondary C78.7, bone → C79.51.
    ['Secondary malignant neoplasm of liver (C78.7).', [['Secondary malignant neoplasm of liver', 'C787', 'present']]],
    ['2. Secondary malignancy of bone.', [['Secondary malignancy of bone', 'C7951', 'present']]],
  ];
  for (const [text, expected] of cases) {
    it(text, () => assert.deepEqual(summary(text), expected));
  }

  it('"metastatic from X" makes X the primary and the site before it secondary', () => {
    assert.deepEqual(summary('Adenocarcinoma in the liver, metastatic from the pancreas.'), [
      ['Adenocarcinoma in the liver', 'C787', 'present'], // liver → Malignant Secondary
      ['metastatic from the pancreas', 'C259', 'present'], // pancreas → Malignant Primary
    ]);
  });
});

describe('narrative reader: laterality, sex and missing detail', () => {
  it('picks the laterality and sex of a dash-ended cell (breast C50.9-)', () => {
    assert.equal(read('64 yo woman with left breast cancer.')[0]?.code, 'C50912');
    assert.equal(read('64 yo man with left breast cancer.')[0]?.code, 'C50922');
  });

  it('reports candidates and what is missing instead of guessing', () => {
    const [lung] = read('Lung cancer, stage IV.');
    assert.equal(lung?.code, null);
    assert.deepEqual(lung?.candidates, ['C3490', 'C3491', 'C3492']);
    assert.equal(lung?.missing, 'laterality');
  });

  it('bilateral without a bilateral code: the right and the left code as candidates', () => {
    const [lungs] = read('Bilateral pulmonary metastases.');
    assert.equal(lungs?.code, null);
    assert.deepEqual(lungs?.candidates, ['C7801', 'C7802']);
  });

  it('bilateral where the classification has a code (ovaries, C79.63)', () => {
    assert.equal(read('Gastric cancer metastatic to both ovaries.').find((mention) => mention.column === 'secondary')?.code, 'C7963');
  });
});

describe('narrative reader: in situ, benign and morphology', () => {
  const cases: readonly [string, string, string | null][] = [
    ['52F with DCIS of the left breast.', 'D0512', 'in-situ'], // Index: Carcinoma, intraductal, breast D05.1-
    ['Pituitary adenoma.', 'D352', 'benign'], // pituitary → Benign D35.2
    ['CLL in remission.', 'C9111', null], // Index: Leukemia, chronic lymphocytic, in remission
    ['Multiple myeloma, relapsed.', 'C9002', null],
    ['Follicular lymphoma.', 'C8290', null],
    ['Melanoma in situ.', 'D039', null], // Index: Melanoma, in situ D03.9 (morphology, no table column)
    ['Carcinoma in situ of the cervix.', 'D069', 'in-situ'], // cervix → Ca in situ D06.9
  ];
  for (const [text, code, column] of cases) {
    it(`${text} → ${code}`, () => {
      const [mention] = read(text);
      assert.equal(mention?.code, code);
      assert.equal(mention?.column, column);
    });
  }

  it('a relative\'s cancer is family history (Z80.-)', () => {
    assert.deepEqual(summary('Mother with breast cancer.'), [['breast cancer', 'Z803', 'family']]);
  });
});

describe('narrative reader: robustness', () => {
  it('reads nothing from text without neoplasm words, and never throws on odd input', () => {
    assert.deepEqual(read('Pt feels well. BP 120/80. Ca 9.2, CA-125 14.'), []);
    for (const text of ['', '???', 'metastatic to', 'cancer of the', '(((((', 'mets mets mets', '\u0000\uffff']) {
      assert.ok(Array.isArray(read(text)));
    }
  });

  it('reads only inside its span', () => {
    const text = 'Liver metastases.\n---\nBone metastases.';
    const second = readNarrative(text, spanOf(22, text.length), defaultContext());
    assert.deepEqual(second.mentions.map((mention) => mention.code), ['C7951']);
  });
});

describe('narrative reader: context beyond the phrase', () => {
  const cases: readonly [string, string, string[][]][] = [
    ['a side written for the same organ earlier', '70M. 3 cm L renal mass, enhancing. Likely RCC.', [['RCC', 'C642', 'uncertain']]], // kidney C64.-, left
    ['a report line labelled by its organ', 'Liver: no metastases seen.', [['Liver: no metastases', 'C787', 'negated']]],
    ['a finding noun before the metastasis word', 'Multiple right pulmonary nodules, new since prior, likely metastases.', [['right pulmonary nodules, new since prior, likely metastases', 'C7801', 'uncertain']]],
    ['a specimen finding', '2 of 14 axillary lymph nodes positive for metastatic carcinoma.', [['axillary lymph nodes positive for metastatic carcinoma', 'C773', 'present']]],
    ['NED opening the next sentence makes the diagnosis history', '61F, breast ca of the left breast s/p mastectomy 2020. Now on surveillance, NED.', [['breast ca of the left breast', 'Z853', 'history']]],
    ['a recurrence in the next sentence makes a history current', 'Hx of L tonsil SCC s/p TORS 2022. Now with regional recurrence.', [['L tonsil SCC', 'C099', 'present']]],
    ['a spread list after the site list', 'Adenocarcinoma of the prostate to bone.', [['Adenocarcinoma of the prostate', 'C61', 'present'], ['bone', 'C7951', 'present']]],
  ];
  for (const [label, text, expected] of cases) {
    it(label, () => assert.deepEqual(summary(text), expected));
  }

  it('a header abbreviation after a sentence end in the line starts a section ("68F. PMH: …")', () => {
    const reading = readNarrative('68F. PMH: HTN, bladder cancer 2016.', spanOf(0, 35), defaultContext());
    assert.deepEqual(reading.sections.map((section) => section.kind), ['past-medical-history']);
    assert.equal(reading.mentions[0]?.assertion, 'history');
  });
});

describe('narrative reader: over the code sets\' own table', () => {
  it('reads the issue example the same with the table bundled in the code index', () => {
    const context = narrativeContextFor(testCodeSets());
    assert.ok(context, 'the bundled code sets carry the Table of Neoplasms');
    const text = '58F. RUL adenocarcinoma with hepatic and osseous mets; hx of breast ca s/p mastectomy 2015, NED; no evidence of brain metastasis';
    const codes = readNarrative(text, spanOf(0, text.length), context).mentions.map((mention) => mention.code);
    assert.deepEqual(codes, ['C3411', 'C787', 'C7951', 'Z853', 'C7931']);
  });
});
