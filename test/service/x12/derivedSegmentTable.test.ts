import * as assert from 'node:assert/strict';
import { SegmentTable } from '../../../server/src/service/x12/segmentTable';
import { seededRandom as random } from '../../helpers/random';

/**
 * Tables derived by edits share the blocks of offsets an edit did not touch with their parent. Whatever
 * the order in which tables of a derivation tree are read, each must read exactly what a copy shifted
 * eagerly would hold, in every block, and the table it was derived from must read as before.
 */

interface Expected {
  readonly starts: number[];
  readonly ends: number[];
}

/** The eager answer: `delta` added to the end of `segment` and to both offsets of every later segment. */
function shiftEagerly(expected: Expected, segment: number, delta: number): Expected {
  return {
    starts: expected.starts.map((value, index) => (index > segment ? value + delta : value)),
    ends: expected.ends.map((value, index) => (index >= segment ? value + delta : value)),
  };
}

function assertReads(table: SegmentTable, expected: Expected, label: string): void {
  const starts = Array.from({ length: table.count }, (_, index) => table.startOf(index));
  const ends = Array.from({ length: table.count }, (_, index) => table.endOf(index));
  assert.deepEqual(starts, expected.starts, `${label}: starts`);
  assert.deepEqual(ends, expected.ends, `${label}: ends`);
}

function scannedTable(count: number): { table: SegmentTable; expected: Expected } {
  const table = new SegmentTable(4);
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < count; i++) {
    table.push(i * 10, i * 10 + 7, i);
    starts.push(i * 10);
    ends.push(i * 10 + 7);
  }
  return { table, expected: { starts, ends } };
}

describe('segment tables derived by edits', () => {
  it('read like eagerly shifted copies in any order, along branches, in a table of one block and of several', () => {
    for (const segments of [40, 2600]) readLikeEagerCopies(segments);
  });

  it('finds a segment by offset in a table of several blocks after edits in each', () => {
    let { table, expected } = scannedTable(5000);
    for (const segment of [4999, 3000, 1024, 1023, 0, 2047]) {
      table = table.shifted(segment, 3);
      expected = shiftEagerly(expected, segment, 3);
    }
    for (let index = 0; index < 5000; index += 7) {
      const start = expected.starts[index] as number;
      assert.equal(table.lastStartingAtOrBefore(start), index, `the start of segment ${index}`);
      assert.equal(table.lastStartingAtOrBefore(start - 1), index - 1, `just before segment ${index}`);
    }
  });

  function readLikeEagerCopies(segments: number): void {
    const next = random(11);
    const { table: root, expected: rootExpected } = scannedTable(segments);
    const tables: Array<{ table: SegmentTable; expected: Expected }> = [{ table: root, expected: rootExpected }];
        for (let i = 0; i < 600; i++) {
      // Mostly the newest table (typing), sometimes an older one (a branch).
      const parent = next() < 0.8 ? tables[tables.length - 1] : tables[Math.floor(next() * tables.length)];
      if (parent === undefined) throw new Error('no parent');
      const segment = Math.floor(next() * parent.table.count);
      const delta = Math.floor(next() * 9) - 4;
      const child = { table: parent.table.shifted(segment, delta), expected: shiftEagerly(parent.expected, segment, delta) };
      tables.push(child);
      if (next() < 0.5) assertReads(child.table, child.expected, `derivation ${i}`);
      if (next() < 0.2) {
        const older = tables[Math.floor(next() * tables.length)];
        if (older !== undefined) assertReads(older.table, older.expected, `older table after derivation ${i}`);
      }
    }
    tables.forEach(({ table, expected }, index) => assertReads(table, expected, `table ${index}`));
    assertReads(root, rootExpected, 'the scanned table at the end');
  }

  it('finds segments by offset in the table read, and shares the ids', () => {
    const { table } = scannedTable(5);
    const moved = table.shifted(1, 100);
    assert.equal(moved.lastStartingAtOrBefore(25), 1);
    assert.equal(moved.lastStartingAtOrBefore(125), 2);
    assert.equal(table.lastStartingAtOrBefore(25), 2);
    assert.equal(moved.ids, table.ids);
    assert.equal(table.shifted(3, 0), table, 'an edit that keeps the length derives nothing');
  });

  it('refuses to grow a table that others were derived from', () => {
    const { table } = scannedTable(3);
    table.shifted(0, 1);
    assert.throws(() => table.push(100, 105, 0), /cannot grow/);
  });
});
