import * as assert from 'node:assert/strict';
import { readNarrative } from '../../../server/src/service/narrative/reader';
import { spanOf } from '../../../server/src/service/spans';
import { defaultContext } from '../../narrative/evaluate';

/**
 * The assertion causes found in the blind batch d163–d202 (second round), each in wordings of its own,
 * not the notes' sentences. Every row gives the phrase, the code and assertion of each mention, and what
 * grounds them: the guideline (I.C.2.d history: excised or eradicated, no further treatment, no evidence
 * of disease), the Tabular title of the code, or the NegEx/ConText scope rule.
 */
function codesRead(text: string): string[] {
  return readNarrative(text, spanOf(0, text.length), defaultContext()).mentions.map((mention) => `${mention.code ?? 'null'} ${mention.assertion}`);
}

/** A status in parentheses speaks for its own list item; "no active issues" is no active cue. */
const ITEM_STATUS: readonly [string, string[], string][] = [
  ['PMH: AML (current), HTN, cervical ca 2005 (resolved)', ['C9200 present', 'Z8541 history'], 'C92.00 AML not having achieved remission; Z85.41 history of cervix uteri: each status is its own item\'s'],
  ['PMH: colon cancer (current), prostate cancer', ['C189 present', 'Z8546 history'], 'the "(current)" item is active; the next item keeps the section\'s history'],
  ['Past history: melanoma (resolved), thyroid cancer (active)', ['Z85820 history', 'C73 present'], 'Z85.820 history of melanoma of skin; C73 thyroid'],
  ['Hx prostate cancer - in remission, no active issues.', ['Z8546 history'], 'Z85.46: a solid tumour in remission with no active issue is history (I.C.2.d)'],
];

describe('narrative assertion: causes from the blind batch d163–d202', () => {
  for (const [phrase, expected, reason] of [...ITEM_STATUS]) {
    it(`${phrase} → ${expected.join(', ')} (${reason})`, () => {
      assert.deepEqual(codesRead(phrase), expected);
    });
  }
});
