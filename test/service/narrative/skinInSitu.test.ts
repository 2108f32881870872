import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * A squamous cell carcinoma in situ of a body surface is in situ in the skin there: the table's row for
 * the region ("cheek", Ca in situ D09.8, whose Malignant Primary cell is the ill-defined C76.0) gives way
 * to its skin row ("cheek, external" / skin of face, D04.39), as it does for an invasive SCC (C44.-).
 * Organs keep their own in-situ cells. Codes from the Table of Neoplasms (FY2025) and the FY2026 code file.
 */

function codes(text: string): (string | null)[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => mention.code);
}

describe('narrative: squamous cell carcinoma in situ of the skin', () => {
  it('codes it on a body surface to the skin there', () => {
    // table: cheek / external — Ca in situ D04.39 (Carcinoma in situ of skin of other parts of face).
    assert.deepEqual(codes('SCCis of the R cheek.'), ['D0439']);
    // table: skin NOS, hand — Ca in situ D04.6-; left → D04.62 (skin of left upper limb, including shoulder).
    assert.deepEqual(codes('SCC in situ of the left hand.'), ['D0462']);
    // A dermatology line's label gives the surface of a differential's in-situ reading ("vs": uncertain).
    assert.deepEqual(codes('R cheek: pink papule. Clinically AK vs SCCis.'), ['D0439']);
  });

  it('keeps the in-situ cell of an organ', () => {
    // table: cervix / Ca in situ D06.9; esophagus / Ca in situ D00.1.
    assert.deepEqual(codes('Squamous cell carcinoma in situ of the cervix.'), ['D069']);
    assert.deepEqual(codes('SCCis of the esophagus.'), ['D001']);
  });
});
