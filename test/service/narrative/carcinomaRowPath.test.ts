import * as assert from 'node:assert/strict';
import { carcinomaRowPath } from '../../../server/src/service/narrative/carcinomaRow';
import { defaultContext } from '../../narrative/evaluate';

/**
 * `carcinomaRowPath` looks for the Table of Neoplasms' "carcinoma" sub-row only under the rows that the table's site look-up
 * finds as a "carcinoma" row's parent ("alveolar › ridge or process › carcinoma" C03.9, "maxilla › carcinoma" C03.0,
 * "jaw › carcinoma" C76.0). These tests hold the table to that premise, so a release that prints the sub-row under a title the
 * look-up misses fails here rather than losing the carcinoma's cell in silence.
 */
describe('carcinomaRowPath: the table\'s carcinoma sub-rows', () => {
  const table = defaultContext().table;

  it('finds every row that prints a "carcinoma" child among the parents of the site look-up\'s "carcinoma" rows', () => {
    const parents = new Set(table.findSite('carcinoma').map((row) => row.parent));
    const printing = table.rows.filter((row) => table.findChild(row.id, 'carcinoma') !== undefined).map((row) => row.id);
    assert.ok(printing.length > 0);
    assert.deepEqual(printing.filter((id) => !parents.has(id)), []);
  });

  it('inserts the sub-row below the bone and keeps the words after it (Table: alveolar › ridge or process › carcinoma › lower, C03.1)', () => {
    assert.deepEqual(carcinomaRowPath(table, ['alveolar', 'ridge or process', 'lower']), ['alveolar', 'ridge or process', 'carcinoma', 'lower']);
    assert.deepEqual(carcinomaRowPath(table, ['maxilla']), ['maxilla', 'carcinoma']);
  });

  it('returns a path under no carcinoma sub-row as it is (lung, maxillary sinus)', () => {
    const lung = ['lung', 'upper lobe'];
    assert.equal(carcinomaRowPath(table, lung), lung);
    const sinus = ['maxilla', 'sinus'];
    assert.equal(carcinomaRowPath(table, sinus), sinus);
  });
});
