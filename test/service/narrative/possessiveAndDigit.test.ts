import * as assert from 'node:assert/strict';
import { possessiveOwner } from '../../../server/src/service/narrative/charCodes';
import { opensWithDigit } from '../../../server/src/service/narrative/numberWords';
import { tokenize } from '../../../server/src/service/narrative/tokens';

describe('narrative possessive and digit token tests (charCodes.ts, numberWords.ts)', () => {
  it('reads the owner of a possessive over either apostrophe, and none of another word', () => {
    assert.equal(possessiveOwner("peer's"), 'peer');
    assert.equal(possessiveOwner('friend’s'), 'friend');
    for (const word of ["'s", 'peers', "o'clock", 'friend’', '']) assert.equal(possessiveOwner(word), '', word);
  });

  it('tells a token opening with a digit from a word', () => {
    const text = "cycle 8 of FOLFOX, peer's 3.5 cm";
    const tokens = tokenize(text, 0, text.length, []);
    assert.deepEqual(tokens.filter((token) => opensWithDigit(token)).map((token) => token.norm), ['8', '3.5']);
    assert.ok(tokens.some((token) => possessiveOwner(token.norm) === 'peer'));
    assert.ok(!opensWithDigit(undefined));
  });
});
