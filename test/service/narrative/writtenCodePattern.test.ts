import * as assert from 'node:assert/strict';
import { dottedCodeBeforeTitle } from '../../../server/src/service/narrative/writtenCodePattern';

/** A two-group code like `writtenCodeTitle.ts`' (category, subcategory), its separators, and a look-back that must end with it. */
const BEFORE_TITLE = dottedCodeBeforeTitle(String.raw`([A-TV-Z][0-9][0-9A-Z])\.([0-9A-Z]{1,4})`, '-:–', { atEnd: true });

describe('narrative written code before a title (writtenCodePattern.ts)', () => {
  const cases: readonly { readonly text: string; readonly expected: string | undefined }[] = [
    { text: 'Dx: H90.42 SNHL, L; D33.3 ', expected: 'D333' },
    { text: '(C43.72 - ', expected: 'C4372' },
    { text: 'D35.02:', expected: 'D3502' },
    // The code must stand after a space, a line start or an opening or list mark, not inside a word.
    { text: 'xD33.3 ', expected: undefined },
    // Only one separator may stand between the code and its title.
    { text: 'D33.3 - : ', expected: undefined },
    // A comma is no separator of this pass, and the look-back must end with the code and its separator.
    { text: 'D33.3, ', expected: undefined },
    { text: 'D33.3 Benign ', expected: undefined },
  ];
  for (const { text, expected } of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected ?? 'no code'}`, () => {
      const match = BEFORE_TITLE.exec(text);
      assert.equal(match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`, expected);
    });
  }

  it('finds every code in a text with the global flag, each with its separator', () => {
    const expression = dottedCodeBeforeTitle(String.raw`(D[0-4][0-9A-Z]\.[0-9A-Z]{1,4})`, '-:,–', { flags: 'g' });
    const found = [...'--- D49.0, Neoplasm; D12.6 Benign'.matchAll(expression)].map((match) => [match[1], match[0]]);
    assert.deepEqual(found, [['D49.0', ' D49.0, '], ['D12.6', ' D12.6 ']]);
  });
});
