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
});
