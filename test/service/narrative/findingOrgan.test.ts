import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * A site-less finding takes the organ from the report line before it: a specimen label on its own
 * line, the lesion biopsied a sentence or two earlier, and the words after a label's organ. Expected
 * codes are read off the Table of Neoplasms (row and column cited per case) and the FY2027 code file.
 */

function summary(text: string): string[][] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => [mention.text, mention.code ?? 'null', mention.assertion]);
}

describe('narrative reader: the organ of a site-less finding', () => {
  it('places a metastatic finding in the lesion biopsied in an earlier sentence', () => {
    assert.deepEqual(summary('Procedure: CT-guided core bx of the dominant segment 7 liver lesion. No complication.\nPathology (final 10/9): metastatic carcinoma, ER positive.'), [
      ['metastatic carcinoma', 'C787', 'present'], // liver → Malignant Secondary C78.7
    ]);
  });

  it('places a primary finding in the mass biopsied, across the line a colon ends', () => {
    assert.deepEqual(summary('Colonoscopy showed a 3 cm mass in the ascending colon; biopsy:\nadenocarcinoma, MSI-high.'), [
      ['adenocarcinoma', 'C182', 'present'], // intestine, large, colon, ascending → Malignant Primary C18.2
    ]);
  });

  it('names a secondary, not a primary, in an organ where a biopsied carcinoma is most often a metastasis', () => {
    assert.deepEqual(summary('Two hypodense liver lesions. Liver biopsy (11/2): adenocarcinoma, CK7 positive.'), [
      ['adenocarcinoma', 'C787', 'present'], // liver → Malignant Secondary C78.7 (no primary named: not C22.9)
    ]);
  });

  it('does not read an imaging line as a tissue result about the earlier lesion', () => {
    // The distant metastases are C79.9 (no site named), not the colon's.
    assert.deepEqual(summary('A 3 cm mass in the ascending colon. CT: no distant metastases.'), [['distant metastases', 'C799', 'negated']]);
  });

  it('keeps the sites the finding names itself', () => {
    const read = summary('Diffuse osseous lesions; liver bx done.\nImpression: metastatic adenocarcinoma to the liver.');
    assert.deepEqual(read.map(([, code]) => code), ['C787']); // liver → Malignant Secondary; no second mention in the bone lesions
  });

  it('reads the organ of a specimen label that carries a side, a procedure and a date', () => {
    assert.deepEqual(summary('Tonsil, right, biopsy (11/12): squamous cell carcinoma, HPV-associated.'), [
      ['squamous cell carcinoma', 'C099', 'present'], // tonsil → Malignant Primary C09.9
    ]);
    assert.deepEqual(summary('Office FNA, right level IIA neck node: metastatic SCC, p16 positive.'), [
      ['metastatic SCC', 'C770', 'present'], // lymph gland, neck → Malignant Secondary C77.0
    ]);
  });

  it('does not guess the region of a node label it cannot read', () => {
    // Thoracic stations are read (reportContext.test.ts); a grouping the reader has no row for is not.
    assert.deepEqual(summary('Lymph nodes, group A and B: negative for carcinoma (0/6).'), []);
    assert.deepEqual(summary('Lymph nodes, packets A and B: negative for carcinoma (0/6).'), []);
  });

  it('narrows a label row by the words after its organ, through the row\'s nonessential modifier', () => {
    assert.deepEqual(summary('B. Tongue, left lateral, partial glossectomy:\n   - Invasive squamous cell carcinoma, 2.3 cm.'), [
      ['squamous cell carcinoma', 'C021', 'present'], // tongue, border (lateral) → Malignant Primary C02.1
    ]);
  });

  it('places a benign carcinoid in the nodule removed before it', () => {
    assert.deepEqual(summary('Colonoscopy: 5 mm submucosal nodule in the distal rectum, removed by EMR.\nPathology: benign carcinoid tumor, 0.5 cm.'), [
      ['benign carcinoid tumor', 'D3A026', 'present'], // D3A.026 Benign carcinoid tumor of the rectum
    ]);
  });

  it('reads the subject of a finding stated with a copula', () => {
    assert.deepEqual(summary('Pathology: sigmoid polyps are tubular adenomas.'), [
      ['tubular adenomas', 'D125', 'present'], // intestine, large, colon, sigmoid → Benign D12.5 (the histology's own words)
    ]);
    assert.deepEqual(summary('The RUL nodule was adenocarcinoma.'), [
      ['adenocarcinoma', 'C3411', 'present'], // lung, upper lobe, right → Malignant Primary C34.11
    ]);
    assert.deepEqual(summary('The liver lesion is adenocarcinoma.'), [['adenocarcinoma', 'C787', 'present']]); // liver: a bare carcinoma there is read as its metastasis, C78.7
  });
});
