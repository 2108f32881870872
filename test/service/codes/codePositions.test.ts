import * as assert from 'node:assert/strict';
import { CodePositions } from '../../../server/src/service/codes/codePositions';

/**
 * The code index finds each code's position in its list through `CodePositions` (a hash table of
 * positions) instead of a `Map`; it must answer exactly as a map filled with the same list would.
 */

describe('CodePositions', () => {
  it('finds every code of a large list at its position, and nothing else, as a map would', () => {
    // Codes shaped like the index's (a letter, digits, letters), enough to fill many slots and collide.
    const codes = Array.from({ length: 30_000 }, (_, index) => `${String.fromCharCode(65 + (index % 26))}${index.toString(36).toUpperCase()}`).sort();
    const positions = new CodePositions(codes);
    const map = new Map(codes.map((code, index) => [code, index]));
    for (const code of codes) assert.equal(positions.get(code), map.get(code), code);
    // Copies made afresh (not the list's own strings), as parsed claims hand in.
    for (const code of codes.slice(0, 500)) assert.equal(positions.get(code.toLowerCase().toUpperCase()), map.get(code));
    for (const absent of ['', 'Z', 'C50911X', 'c50', 'A0 ', 'ZZZZZZZZ']) {
      assert.equal(positions.get(absent), map.get(absent), JSON.stringify(absent));
      assert.equal(positions.has(absent), map.has(absent));
    }
  });

  it('keeps the last position of a code listed twice, and answers on an empty list', () => {
    assert.equal(new CodePositions(['A00', 'C50', 'C50', 'Z85']).get('C50'), 2);
    assert.equal(new CodePositions([]).get('C50'), undefined);
  });
});
