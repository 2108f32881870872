import assert from 'node:assert/strict';
import type { TabularNote } from '../../../server/src/service/codes/codeSet';
import { PairMemo } from '../../../server/src/service/rules/pairMemo';

/** The pair memo's three answers (not asked, names nothing, names a note) across the word boundaries of its bit sets. */
describe('PairMemo', function () {
  // The memo holds the note without reading it, so any note object serves.
  const note: TabularNote = { kind: 'excludes1', owner: 'C50', text: 'a note the memo keeps without reading it', refs: [], sourceYear: 2025 };

  it('tells a pair not asked yet from one asked that names nothing or a note', function () {
    const memo = new PairMemo();
    const ids = [0, 1, 31, 32, 33, 63, 64, 255, 1000];
    for (const id of ids) {
      assert.equal(memo.get(id), undefined, `id ${id} before`);
      assert.equal(memo.namesNothing(id), false, `id ${id} before`);
    }
    ids.forEach((id, index) => memo.set(id, index % 2 === 0 ? null : note));
    ids.forEach((id, index) => {
      assert.equal(memo.get(id), index % 2 === 0 ? null : note, `id ${id}`);
      assert.equal(memo.namesNothing(id), index % 2 === 0, `id ${id}`);
    });
    for (const id of [2, 30, 34, 62, 65, 999, 1001, 5000]) {
      assert.equal(memo.get(id), undefined, `id ${id} never asked`);
      assert.equal(memo.namesNothing(id), false, `id ${id} never asked`);
    }
  });

  it('knows below which id every pair has been asked, and which of them a note names', function () {
    const memo = new PairMemo();
    // Asked out of order and across a word boundary: the bound moves only over ids asked in a row from 0.
    const steps: [id: number, named: boolean, completeBelow: number][] = [
      [1, false, 0], [2, true, 0], [0, false, 3], [31, false, 3], [3, false, 4], [33, true, 4],
    ];
    for (const [id, named, completeBelow] of steps) {
      memo.set(id, named ? note : null);
      assert.equal(memo.completeBelow, completeBelow, `after id ${id}`);
      assert.equal(memo.covers(completeBelow - 1), true, `after id ${id}`);
      assert.equal(memo.covers(completeBelow), false, `after id ${id}`);
    }
    for (let id = 4; id < 31; id++) memo.set(id, null);
    assert.equal(memo.completeBelow, 32, 'ids 0 to 31 asked');
    memo.set(32, null);
    assert.equal(memo.completeBelow, 34, 'ids 0 to 33 asked');
    assert.deepEqual(memo.namedIds, [2, 33]);
    for (const id of [0, 1, 2, 3, 31, 32, 33, 34, 64, 5000]) assert.equal(memo.names(id), id === 2 || id === 33, `names ${id}`);
  });
});
