import * as assert from 'node:assert/strict';
import { TokenSlots } from '../../../server/src/service/narrative/tokenSlots';

/** The per-token arrays the reader context keeps for the next read must come back empty and as long as asked. */
describe('narrative token slots: per-token arrays reused by the next read', () => {
  it('hands out the same array, emptied, whatever length the last read had', () => {
    const slots = new TokenSlots<string>();
    const first = slots.empty(5);
    first[0] = 'a';
    first[4] = 'e';
    for (const length of [3, 8, 8, 0, 6]) {
      const again = slots.empty(length);
      assert.equal(again, first);
      assert.deepEqual(again, new Array<undefined>(length).fill(undefined));
      if (length > 0) first[length - 1] = 'x';
    }
  });

  it('gives an array longer than its bound without keeping it', () => {
    const slots = new TokenSlots<string>();
    const kept = slots.empty(2);
    const long = slots.empty(270_000);
    assert.notEqual(long, kept);
    assert.equal(long.length, 270_000);
    assert.ok(long.every((slot) => slot === undefined));
    assert.equal(slots.empty(1), kept);
  });
});
