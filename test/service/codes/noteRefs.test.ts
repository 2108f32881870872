import * as assert from 'node:assert/strict';
import { extractCodeRefs, formatRefs, parseRefs, refCovers } from '../../../server/src/service/codes/import/noteRefs';

// Every text below is a note copied from the official tabular XML (FY2021 file or FY2027 excerpt).
function refsOf(text: string): string {
  return formatRefs(extractCodeRefs(text));
}

describe('code references in note text', () => {
  it('reads a subcategory with a trailing dash', () => {
    assert.equal(refsOf('T-cell rich B-cell lymphoma (C83.3-)'), 'C833');
  });

  it('reads a range of categories and a list in one parenthesis', () => {
    assert.equal(refsOf('malignant neoplasm of lymph nodes, specified as primary (C81-C86, C88, C96.-)'), 'C81-C86,C88,C96');
    assert.equal(refsOf('malignant neoplasm of skin of genital organs (C51-C52, C60.-, C63.2)'), 'C51-C52,C60,C632');
  });

  it('reads codes with a letter in the third place', () => {
    assert.equal(refsOf('mesentery metastasis of carcinoid tumor (C7B.04)'), 'C7B04');
    assert.equal(refsOf('Merkel cell carcinoma (C4A.-)'), 'C4A');
    assert.equal(refsOf('complications of pregnancy, childbirth and the puerperium (O00-O9A)'), 'O00-O9A');
  });

  it('reads ".-" as the whole category', () => {
    assert.equal(refsOf('personal history of malignant neoplasms (Z85.-)'), 'Z85');
    assert.equal(refsOf('secondary and unspecified neoplasm of lymph nodes (C77.-)'), 'C77');
  });

  it('reads a chapter-wide range and a plain code', () => {
    assert.equal(refsOf('neoplasm (C00-D49)'), 'C00-D49');
    assert.equal(refsOf('secondary neoplasm of bone marrow (C79.52)'), 'C7952');
    assert.equal(refsOf('any follow-up examination after treatment of malignant neoplasm (Z08)'), 'Z08');
  });

  it('reads codes outside parentheses, as in the Z85 inclusion terms', () => {
    assert.equal(refsOf('Conditions classifiable to C50.-'), 'C50');
    assert.equal(refsOf('Conditions classifiable to C15'), 'C15');
    assert.equal(refsOf('other and unspecified malignant neoplasm of skin of nose C44.301, C44.311, C44.321, C44.391)'), 'C44301,C44311,C44321,C44391');
  });

  it('reads dotted ranges, including a range ending in ".-"', () => {
    assert.equal(refsOf('Infection due to intestinal helminths classified to more than one of the categories B65.0-B81.3 and B81.8'), 'B650-B813,B818');
    assert.equal(refsOf('nerve root compression (due to) (in) spondylosis (M47.0-M47.2.-)'), 'M470-M472');
  });

  it('ignores words that merely contain code-like runs', () => {
    assert.equal(refsOf('E. coli O157 with confirmation of Shiga toxin when H antigen is unknown, or is not H7'), '');
    assert.equal(refsOf('G6PD deficiency anemia'), '');
    assert.equal(refsOf('human immunodeficiency virus [HIV] disease (B20)'), 'B20');
    assert.equal(refsOf('Personal history of anal intraepithelial neoplasia (AIN III)'), '');
  });

  it('lists each reference once', () => {
    assert.equal(refsOf('(C80.0) and again (C80.0)'), 'C800');
  });

  it('matches codes by the prefix of each bound', () => {
    const [lymphoma] = extractCodeRefs('(C81-C86)');
    assert.ok(lymphoma);
    assert.ok(refCovers(lymphoma, 'C8330'));
    assert.ok(refCovers(lymphoma, 'C81'));
    assert.ok(!refCovers(lymphoma, 'C880'));
    assert.ok(!refCovers(lymphoma, 'C77'));
    const [neoplasms] = extractCodeRefs('(C00-D49)');
    assert.ok(neoplasms && refCovers(neoplasms, 'C189') && refCovers(neoplasms, 'D496') && !refCovers(neoplasms, 'D500'));
    const [breast] = extractCodeRefs('C50.-');
    assert.ok(breast && refCovers(breast, 'C50911') && !refCovers(breast, 'C510'));
  });

  it('round-trips the compact form', () => {
    const refs = extractCodeRefs('(C81-C86, C88, C96.-)');
    assert.deepEqual(parseRefs(formatRefs(refs)), refs);
    assert.deepEqual(parseRefs(''), []);
  });
});
