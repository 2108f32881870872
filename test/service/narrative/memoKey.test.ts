import * as assert from 'node:assert/strict';
import { NarrativeMemo } from '../../../server/src/service/narrative/context';
import { END_OF_PARTS, MemoKey } from '../../../server/src/service/narrative/memoKey';

/** Memo keys as sequences of parts: one key per sequence, however its parts would join into a string. */
describe('narrative memo keys of parts', () => {
  it('reaches one key for one sequence of parts, and another for any other', () => {
    const root = new MemoKey();
    const sequences: string[][] = [['lung', 'upper lobe'], ['lung'], ['lung/upper lobe'], ['lung', 'upper lobe', END_OF_PARTS], ['lung', END_OF_PARTS, 'upper lobe'], [], ['']];
    const keys = sequences.map((parts) => root.nextAll(parts));
    assert.equal(new Set(keys).size, sequences.length);
    sequences.forEach((parts, index) => assert.equal(root.nextAll(parts), keys[index], parts.join('|')));
    assert.equal(root.nextAll([]), root);
    assert.equal(root.next('lung').next('upper lobe'), keys[0]);
  });

  it('tells the first child of a key from its later ones, in whatever order they are reached', () => {
    const root = new MemoKey();
    const parts = ['', 'left', 'right', END_OF_PARTS, 'lung', 'lung ', 'Lung'];
    const keys = parts.map((part) => root.next(part).next(part));
    assert.equal(new Set(keys).size, parts.length);
    [...parts].reverse().forEach((part) => assert.equal(root.next(part).next(part), keys[parts.indexOf(part)], JSON.stringify(part)));
    assert.equal(root.nextAll(['left', 'left']), keys[1]);
  });

  it('computes an answer once per key and space, an undefined answer too', () => {
    const memo = new NarrativeMemo();
    let computed = 0;
    const answer = (parts: string[], value: string | undefined): string | undefined => memo.rememberAt('test', memo.keyRoot('test').nextAll(parts), () => {
      computed++;
      return value;
    });
    assert.equal(answer(['liver'], 'C22.9'), 'C22.9');
    assert.equal(answer(['liver'], 'other'), 'C22.9');
    assert.equal(answer(['bone'], undefined), undefined);
    assert.equal(answer(['bone'], 'other'), undefined);
    assert.equal(computed, 2);
    assert.notEqual(memo.keyRoot('other space'), memo.keyRoot('test'));
  });

  it('starts a full space afresh, so memory stays bounded', () => {
    const memo = new NarrativeMemo();
    let computed = 0;
    const answer = (part: string): number => memo.rememberAt('test', memo.keyRoot('test').next(part), () => ++computed);
    for (let index = 0; index < 20_000; index++) answer(String(index));
    const root = memo.keyRoot('test');
    answer('after the bound');
    assert.notEqual(memo.keyRoot('test'), root);
    assert.equal(answer('0'), computed, 'an answer from before the space started afresh is computed again');
  });
});
