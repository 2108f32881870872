import * as assert from 'node:assert/strict';
import { emptyList } from '../../server/src/service/reusedLists';

describe('emptyList', () => {
  it('empties the list it is given, which the claim builder and the claim screen keep and refill', () => {
    for (const size of [0, 1, 5, 1000]) {
      const list = Array.from({ length: size }, (_, index) => index);
      const kept = list;
      emptyList(list);
      assert.equal(list.length, 0, `a list of ${size}`);
      assert.equal(list, kept);
      list.push(7);
      assert.deepEqual(list, [7]);
    }
  });

  it('empties a list whose entries are undefined or falsy, not only one of objects', () => {
    const list: unknown[] = [{ code: 'C50.911' }, undefined, 0, '', null, undefined];
    emptyList(list);
    assert.deepEqual(list, []);
  });
});
