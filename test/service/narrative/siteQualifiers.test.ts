import * as assert from 'node:assert/strict';
import { qualifierWords } from '../../../server/src/service/narrative/siteQualifiers';
import { tokenize } from '../../../server/src/service/narrative/tokens';

/** The words around a site that may qualify it: a word in the site's sentence, never a punctuation mark. */
describe('narrative site qualifier words', () => {
  // [text, index of the word before, of the level word (-1: none), of the word after, the site's sentence's token, expected]
  const cases: [string, number, number, number, number, string[] | undefined][] = [
    ['the right distal femur lesion', 0, 2, 4, 1, ['the', 'distal', 'lesion']],
    ['the liver lesion', 0, -1, 2, 1, ['the', 'lesion']],
    ['liver lesion', -1, -1, 1, 0, ['lesion']],
    ['liver.', -1, -1, 1, 0, undefined],
    ['. Liver, spleen', 0, -1, 2, 1, undefined],
    ['mass. Liver lesion', 1, -1, 3, 2, ['lesion']],
    ['of upper liver', 0, 1, -1, 2, ['of', 'upper']],
    ['upper liver lesion', -1, 0, 2, 1, ['upper', 'lesion']],
  ];
  for (const [text, before, level, after, site, expected] of cases) {
    it(`"${text}" → ${JSON.stringify(expected)}`, () => {
      const tokens = tokenize(text, 0, text.length, []);
      const at = (index: number) => (index < 0 ? undefined : tokens[index]);
      assert.deepEqual(qualifierWords(at(before), at(level), at(after), tokens[site]?.sentence), expected);
    });
  }
});
