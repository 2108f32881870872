import * as assert from 'node:assert/strict';
import { narrativeContextFor } from '../../../server/src/service/narrative/context';
import { isNumber, isWholeNumber } from '../../../server/src/service/narrative/numberWords';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import { testCodeSets } from '../../helpers/codeSets';

/**
 * The passes that read a count, a size or a lab value ask numberWords.ts, which turns other words away by
 * their class bit: a bit missing from a number would lose the count silently, so each answer is compared
 * with the shape tested on the word itself, with the context's classes and with every class unknown.
 */
describe('narrative number words', () => {
  const note = 'Lymph nodes: 2 of 23 positive (1.3 cm, 4R, 5mg, x2, T2N0, 10.1.2); SUV 3.2 MET; 1ymphoma; 0.5cm; (12) 007';

  it('reads whole numbers and decimal numbers as their shapes say, whether or not the classes are known', () => {
    const context = narrativeContextFor(testCodeSets());
    assert.ok(context !== undefined);
    for (const tokens of [tokenize(note, 0, note.length, [], context.words), tokenize(note, 0, note.length, [])]) {
      for (const token of tokens) {
        assert.equal(isWholeNumber(token), /^\d+$/.test(token.norm), token.raw);
        assert.equal(isNumber(token), /^\d+(?:\.\d+)?$/.test(token.norm), token.raw);
      }
      const norms = (test: (token: (typeof tokens)[number]) => boolean): string[] => tokens.filter(test).map((token) => token.norm);
      assert.deepEqual(norms(isWholeNumber), ['2', '23', '12', '007']);
      assert.deepEqual(norms(isNumber), ['2', '23', '1.3', '3.2', '0.5', '12', '007']);
    }
    assert.equal(isWholeNumber(undefined), false);
  });
});
