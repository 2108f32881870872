import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Sites from beyond the phrase: the specimen of a pathology report, a report line's node label, a
 * sub-site or side written earlier in the passage, the node region of the same clause. Expected codes
 * were read off the Table of Neoplasms (row → column, cited per case) and the FY2027 code titles.
 */

function summary(text: string): string[][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

describe('narrative context: the specimen of a pathology report', () => {
  it('gives the findings under DIAGNOSIS the specimen site, side and quadrant', () => {
    const text = 'SPECIMEN: Left breast, upper outer quadrant, core biopsy\nCLINICAL HISTORY: 58-year-old woman, screening mammogram BI-RADS 5, irregular 1.4 cm density seen on two views, biopsy today.\n\nDIAGNOSIS:\nInvasive ductal carcinoma, grade 2.\nDuctal carcinoma in situ, cribriform type.\n';
    assert.deepEqual(summary(text), [
      ['ductal carcinoma', 'C50412', 'present'], // breast, upper-outer quadrant → Malignant Primary C50.4-, left female: C50.412
      ['Ductal carcinoma in situ', 'D0512', 'present'], // breast → Ca in situ D05.-, intraductal (D05.1-), left: D05.12
    ]);
  });

  it('gives a site-less adenocarcinoma the specimen organ', () => {
    assert.deepEqual(summary('Specimen: Sigmoid colon, sigmoidectomy\n\nDiagnosis:\n- Adenocarcinoma, moderately differentiated (pT3).\n'), [
      ['Adenocarcinoma', 'C187', 'present'], // intestine, large, colon, sigmoid → Malignant Primary C18.7
    ]);
  });

  it('does not reach a finding far below the specimen', () => {
    const filler = 'Gross description follows in detail here. '.repeat(60);
    assert.deepEqual(summary(`Specimen: Sigmoid colon, sigmoidectomy\n${filler}\nDiagnosis:\n- Adenocarcinoma.\n`), []);
  });
});

describe('narrative context: report line labels and clauses', () => {
  it('reads a node label whose region follows the node word', () => {
    const text = 'A. Sentinel lymph node #1, left axilla, excision:\n   Metastatic carcinoma (1/1).\nB. Sentinel lymph node #2, left axilla, excision:\n   One lymph node, negative for metastatic carcinoma (0/1).\n';
    const found = summary(text);
    assert.deepEqual(found.map(([, code, assertion]) => [code, assertion]), [
      ['C773', 'present'], // lymph gland, axilla, axillary → Malignant Secondary C77.3
      ['C773', 'negated'],
    ]);
  });

  it('keeps the lobe of a mass written earlier in the clause', () => {
    assert.deepEqual(summary('CT chest showed a 3.1 cm spiculated LLL mass, suspicious for primary lung malignancy.'), [
      ['lung malignancy', 'C3432', 'uncertain'], // lung, lower lobe → Malignant Primary C34.3-, left: C34.32
    ]);
  });

  it('gives a regionless nodal metastasis the region of the clause', () => {
    assert.deepEqual(summary('Hilar adenopathy concerning for nodal metastasis.').slice(-1), [
      ['nodal metastasis', 'C771', 'uncertain'], // lymph gland, hilar → Malignant Secondary C77.1
    ]);
  });

  it('takes only the side, not the lobe, for a metastasis', () => {
    assert.deepEqual(summary('RUL mass. Right lung metastases.').slice(-1), [
      ['Right lung metastases', 'C7801', 'present'], // lung → Malignant Secondary C78.0-, right: C78.01
    ]);
  });

  it('reads peritoneal spread as a peritoneal metastasis', () => {
    assert.deepEqual(summary('Ascites consistent with peritoneal spread.'), [
      ['peritoneal spread', 'C786', 'uncertain'], // peritoneum, peritoneal → Malignant Secondary C78.6
    ]);
  });

  it('does not read "node negative" as a negation of the cancer', () => {
    assert.deepEqual(summary('49-year-old female with left breast cancer, clinically node negative.'), [
      ['left breast cancer', 'C50912', 'present'], // breast → Malignant Primary C50.9-, left female: C50.912
    ]);
  });

  it('reads a node label that ends in its procedure, and a node specimen\'s region', () => {
    assert.deepEqual(summary('1. Lymph nodes, right axillary dissection:\n   - Metastatic carcinoma in 3 of 14 lymph nodes (3/14).\n').map(([, code]) => code), ['C773']); // lymph gland, axilla → C77.3
    const specimen = 'Specimen: L supraclavicular lymph node, excisional biopsy.\nDiagnosis: Metastatic squamous cell carcinoma involving one lymph node.';
    assert.deepEqual(summary(specimen).map(([, code]) => code), ['C770']); // lymph gland, supraclavicular → Malignant Secondary C77.0
  });

  // The source is present: ANNOTATION.md round 15 second pass: "c/w <organ> primary" on tissue or cytology of a current primary is present (d81 mended from uncertain; assertion round 22, pathologyConclusion.ts).
  it('calls a carcinoma in a liver specimen metastatic, and reads what follows "consistent with" as its source', () => {
    assert.deepEqual(summary('Specimen: Liver, core biopsy\nDiagnosis: Metastatic adenocarcinoma, consistent with colorectal primary.').map(([, code, assertion]) => [code, assertion]), [
      ['C787', 'present'], // liver → Malignant Secondary C78.7
      ['null', 'present'], // rectum, and colon: null with C18.9, C19, C20 (ANNOTATION.md round 21 (h)); on tissue, present
    ]);
  });

  it('takes no lobe from a lobe that is only collapsed', () => {
    assert.deepEqual(summary('CT showed right lower lobe collapse. Biopsy confirmed it.\nDx: Squamous cell carcinoma of the right lung.').map(([, code]) => code), ['C3491']); // lung → C34.9-, right: C34.91
  });
});
