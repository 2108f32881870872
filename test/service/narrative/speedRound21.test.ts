import * as assert from 'node:assert/strict';
import { nextAddendumAt } from '../../../server/src/service/narrative/addendumHeaders';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/** The former search, one character code at a time (ASCII letters in any case): what the expression must find. */
function addendumByCodes(text: string, from: number): number {
  const word = 'addendum';
  for (let at = from; at + word.length <= text.length; at++) {
    let spells = true;
    for (let index = 0; index < word.length && spells; index++) spells = (text.charCodeAt(at + index) | 0x20) === word.charCodeAt(index);
    if (spells) return at;
  }
  return -1;
}

/**
 * Speed round 21 (issue 12): the section finder's search for "addendum" is an expression, and a code written before a
 * title is looked for only after a capital or a digit; both read as before.
 */
describe('narrative speed round 21: the addendum search and the written-code gate read as before', () => {
  const texts: readonly string[] = [
    'ADDENDUM', 'Addendum: margins clear.', 'see aDdEnDuM below', 'the addendu', 'no such word', '',
    // Letters that fold onto "a" or "d" only under Unicode case folding, and a full-width "ａ", are no ASCII spelling.
    '\uFF41ddendum', 'Àddendum', 'addendum\naddendum #2 ADDENDUM',
  ];
  for (const text of texts) {
    it(`finds "addendum" in ${JSON.stringify(text)} where the loop over codes did, from every offset`, () => {
      for (let from = 0; from <= text.length; from++) assert.equal(nextAddendumAt(text, from), addendumByCodes(text, from), `from ${from}`);
    });
  }

  // Tabular D33.3 "Benign neoplasm of cranial nerves"; the Table of Neoplasms' "cranial" row alone gives D33.2 (writtenCodeTitle.ts).
  const codeOf = (text: string): string | null | undefined => readNarrative(text, spanOf(0, text.length), defaultContext()).mentions[0]?.code;
  const separated: readonly [string, string][] = [
    ['a space', 'Dx: D33.3 Benign neoplasm of cranial nerves'],
    ['a spaced dash', 'Dx: D33.3 - Benign neoplasm of cranial nerves'],
    ['a colon and a tab', 'Dx: D33.3:\tBenign neoplasm of cranial nerves'],
    ['an en dash', 'Dx: D33.3 \u2013 Benign neoplasm of cranial nerves'],
  ];
  for (const [separator, text] of separated) it(`a title after its code and ${separator} takes the code (D33.3)`, () => assert.equal(codeOf(text), 'D333'));
  it('a title after two dashes is read by its words (D33.2)', () => assert.equal(codeOf('Dx: D33.3 -- Benign neoplasm of cranial nerves'), 'D332'));
});
