import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * Round 19's section cases (issue 12, specialty clinics): header spellings placed by meaning (ANNOTATION.md, "Sections", rule 3)
 * in the blind batch d763-d782.
 */

/** The section names the reader gives the headers of `text`, in order. */
function sectionNames(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).sections.map((section) => section.name);
}

const HEADER_SPELLINGS: readonly (readonly [string, readonly string[]])[] = [
  // Pathology: a clinic note's "Path results" with its reader in a parenthesis (d768), as "Biopsy results" is.
  ['Path results (Derm path, Dr. L. Ferreira):\nA. Skin, L cheek, shave: MELANOMA IN SITU.', ['Pathology']],
  // Results: outside studies brought to a consultation (d774 "Outside imaging/path reviewed:"), as "Imaging Reviewed" is.
  ['Outside imaging/path reviewed:\nCT neck 11/03/2026 (outside): 3.6 cm necrotic L level IIA node.', ['Results']],
];

describe('narrative sections round 19: specialty clinic header spellings', () => {
  for (const [text, expected] of HEADER_SPELLINGS) it(text.split('\n')[0] ?? text, () => assert.deepEqual(sectionNames(text), expected));
});
