import * as assert from 'node:assert/strict';
import { FAVOR_WORDS, LEANING_FAVOR_WORDS } from '../../../server/src/service/narrative/favorWords';

describe('narrative favor words (favorWords.ts)', () => {
  it('leans to a histology with every form but the finite "favors", in both spellings', () => {
    assert.deepEqual([...LEANING_FAVOR_WORDS].sort(), ['favor', 'favored', 'favoring', 'favour', 'favoured', 'favouring']);
  });

  it('weighs readings with every form, the finite ones included', () => {
    for (const word of LEANING_FAVOR_WORDS) assert.ok(FAVOR_WORDS.has(word), word);
    assert.ok(FAVOR_WORDS.has('favors') && FAVOR_WORDS.has('favours'));
  });
});
