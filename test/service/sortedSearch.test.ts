import * as assert from 'node:assert/strict';
import { lastAtOrBefore } from '../../server/src/service/sortedSearch';

describe('lastAtOrBefore', () => {
  it('finds the last value at or before the target, within the first count values only', () => {
    const starts = Int32Array.from([0, 10, 10, 25, 40, 999]);
    const found = [-1, 0, 9, 10, 11, 24, 25, 39, 40, 500].map((target) => lastAtOrBefore(starts, 5, target));
    assert.deepEqual(found, [-1, 0, 0, 2, 2, 2, 3, 3, 4, 4]);
    assert.equal(lastAtOrBefore([], 0, 5), -1);
    assert.equal(lastAtOrBefore([7], 1, 6), -1);
  });
});
