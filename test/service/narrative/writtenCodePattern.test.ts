import * as assert from 'node:assert/strict';
import { WRITTEN_NEOPLASM_CODE } from '../../../server/src/service/narrative/unreadCodeTitles';
import { WRITTEN_CODE_BEFORE } from '../../../server/src/service/narrative/writtenCodeTitle';

describe('narrative written code before a title (writtenCodePattern.ts, as writtenCodeTitle.ts builds it)', () => {
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
    // U codes are no ICD-10-CM diagnosis codes this pass reads.
    { text: 'U07.1 ', expected: undefined },
  ];
  for (const { text, expected } of cases) {
    it(`reads ${JSON.stringify(text)} as ${expected ?? 'no code'}`, () => {
      const match = WRITTEN_CODE_BEFORE.exec(text);
      assert.equal(match === null ? undefined : `${match[1] ?? ''}${match[2] ?? ''}`, expected);
    });
  }
});

describe('narrative written neoplasm codes (writtenCodePattern.ts, as unreadCodeTitles.ts builds it)', () => {
  it('finds every neoplasm code in a text, each with its separator, a comma included', () => {
    const found = [...'--- D49.0, Neoplasm; D12.6 Benign'.matchAll(WRITTEN_NEOPLASM_CODE)].map((match) => [match[1], match[0]]);
    assert.deepEqual(found, [['D49.0', ' D49.0, '], ['D12.6', ' D12.6 ']]);
  });

  // Tabular Z85.3 Personal history of malignant neoplasm of breast; Z86.0101 Personal history of adenomatous and serrated colon polyps.
  it('reads history codes and leaves other chapters\' codes', () => {
    const found = [...'1. Z85.3 hx breast ca\n2. Z86.0101 hx adenomatous colon polyps\n3. E11.9 DM\n4. D50.9 anemia'.matchAll(WRITTEN_NEOPLASM_CODE)].map((match) => match[1]);
    assert.deepEqual(found, ['Z85.3', 'Z86.0101']);
  });
});
