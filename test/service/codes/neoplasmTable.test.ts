import * as assert from 'node:assert/strict';
import { cellCode, cellHolds, citeCell, rowWithCells } from '../../../server/src/service/codes/neoplasm/cells';
import type { NeoplasmRow } from '../../../server/src/service/codes/neoplasm/model';
import { createNeoplasmTable, NeoplasmTableError } from '../../../server/src/service/codes/neoplasm/table';
import { titleVariants } from '../../../server/src/service/codes/neoplasm/siteWords';
import { officialNeoplasmTable } from '../../helpers/neoplasmTable';

/**
 * The NeoplasmTable look-ups over the official FY2025 table. Expected rows and counts were read from
 * `data/icd10cm/2025/icd-10-cm-neoplasm-2025.xml.gz` (unpacked) with grep (lines cited).
 */

describe('Table of Neoplasms: look-ups (official FY2025 table)', () => {
  const table = officialNeoplasmTable();
  const paths = (rows: readonly NeoplasmRow[]): string[] => rows.map((row) => table.path(row.id).join(' › '));

  it('records the release', () => {
    assert.equal(table.release, 'FY2025');
  });

  it('finds a site by its printed title, case and spacing aside (liver, line 8065)', () => {
    assert.deepEqual(paths(table.findSite('liver')), ['liver']);
    assert.deepEqual(paths(table.findSite('  LIVER ')), ['liver']);
  });

  it('finds a site by either side of a comma, the printed title first (lung 8093 before lingula, lung 7816)', () => {
    assert.deepEqual(paths(table.findSite('lung')), ['lung', 'lingula, lung']);
    // grep '<title>abdominal': three sub-rows (aorta, esophagus, lymph gland) print the adjective alone.
    assert.deepEqual(paths(table.findSite('abdominal')), ['abdomen, abdominal', 'aorta › abdominal', 'esophagus › abdominal', 'lymph, lymphatic channel NEC › gland › abdominal']);
    assert.deepEqual(paths(table.findSite('larynx, laryngeal')), ['larynx, laryngeal NEC', 'cartilage NEC › larynx, laryngeal'], 'lines 7546 and 2957');
  });

  it('finds sub-rows too, most general first (hepatic: line 6400 at level 1, line 8428 under lymph › gland)', () => {
    assert.deepEqual(paths(table.findSite('hepatic')), ['hepatic', 'lymph, lymphatic channel NEC › gland › hepatic']);
  });

  it('finds two-part titles in spoken order and single-word alternatives (column, spinal 3523; bile or biliary 854)', () => {
    assert.deepEqual(paths(table.findSite('spinal column')), ['column, spinal']);
    assert.deepEqual(paths(table.findSite('biliary')).slice(0, 1), ['bile or biliary']);
  });

  it('names the first word of every site it finds, and no other word starts one (spinal column 3523, bile or biliary 854, liver 8065)', () => {
    const first = table.siteFirstWords();
    for (const words of ['liver', 'spinal column', 'biliary', 'bile or biliary', 'hepatic', 'abdominal']) {
      assert.ok(table.findSite(words).length > 0, words);
      assert.ok(first.has(words.split(' ')[0] as string), words);
    }
    // Words of a note that start no site row: the reader skips them without asking for each pair.
    for (const word of ['patient', 'denies', 'chemotherapy', 'neoplasm']) assert.equal(first.has(word), false, word);
    assert.equal(table.findSite('patient denies').length, 0);
  });

  it('does not match nemod words, the main term or note rows', () => {
    assert.deepEqual(table.findSite('glandular tissue'), [], 'a nemod of breast, line 2246');
    assert.deepEqual(table.findSite('neoplasm'), []);
    assert.deepEqual(table.findSite('note: morphological types that indicate connective tissue appear in their proper place in the alphabetic index with the instruction "see neoplasm, connective tissue ...."'), []);
  });

  it('finds a child by its words, and the path down to it (lung › upper lobe, line 8186)', () => {
    const lung = table.findSite('lung')[0] as NeoplasmRow;
    const upper = table.findChild(lung.id, 'Upper lobe');
    assert.ok(upper);
    assert.deepEqual(table.path(upper.id), ['lung', 'upper lobe']);
    assert.deepEqual(table.pathWords(upper.id), ['lung', 'upper', 'lobe']);
    assert.deepEqual(table.pathWords(0), []);
    assert.equal(upper.cells.primary, 'C34.1-');
    assert.equal(table.findChild(lung.id, 'liver'), undefined);
    assert.deepEqual(table.children(lung.id).map((row) => row.title), ['azygos lobe', 'carina', 'hilus', 'linqula', 'lobe NEC', 'lower lobe', 'main bronchus', 'mesothelioma', 'middle lobe', 'overlapping lesion', 'upper lobe']);
    assert.deepEqual(table.path(0), []);
  });

  it('lists every cell holding a code, dash-ended cells included (grep: 23 × C78.0-, 11 × C78.7, 2 × C80.1)', () => {
    assert.equal(table.cellsForCode('C7801').length, 23);
    assert.equal(table.cellsForCode('C78.01').length, 23);
    assert.equal(table.cellsForCode('C780').length, 23, 'the header itself is the dash-ended cell');
    assert.equal(table.cellsForCode('C787').length, 11);
    assert.ok(table.cellsForCode('C787').every((ref) => ref.column === 'secondary'));
    assert.deepEqual(table.cellsForCode('C801').map((ref) => citeCell(table, ref)), ['Table of Neoplasms: Neoplasm, neoplastic → Malignant Primary', 'Table of Neoplasms: unknown site or unspecified → Malignant Primary']);
    assert.deepEqual(table.cellsForCode('C78'), []);
    assert.deepEqual(table.cellsForCode('Z999'), []);
  });

  it('orders cells most general first: lower level, then document order', () => {
    const refs = table.cellsForCode('C3411');
    for (let i = 1; i < refs.length; i++) {
      const [a, b] = [refs[i - 1]?.row as NeoplasmRow, refs[i]?.row as NeoplasmRow];
      assert.ok(a.level < b.level || (a.level === b.level && a.id < b.id));
    }
    assert.equal(refs.length, 5, 'grep -c ">C34.1-</cell>" = 5');
  });

  it('follows see and seeAlso references into the table', () => {
    const resolved = (text: string): string | undefined => {
      const row = table.resolveReference(text);
      return row && table.path(row.id).join(' › ');
    };
    assert.equal(resolved('Neoplasm, sinus'), 'sinus');
    assert.equal(resolved('Neoplasm, skin, limb, lower'), 'skin NOS › limb NEC › lower');
    assert.equal(resolved('Neoplasm, abdomen, wall, skin'), 'abdomen, abdominal › wall › skin');
    assert.equal(resolved('Neoplasm, lymph gland'), 'lymph, lymphatic channel NEC › gland');
    assert.equal(resolved('Neoplasm, skin, by site'), 'skin NOS');
    assert.equal(resolved('Melanoma'), undefined);
    assert.equal(resolved('Index to disease, by histology'), undefined);
    assert.equal(resolved('Neoplasm, by site, secondary'), undefined);
  });

  it('takes the cells of the row a cell-less row sends the reader to (accessory sinus, line 119 → sinus, line 13272)', () => {
    const accessory = table.findSite('accessory sinus')[0] as NeoplasmRow;
    assert.deepEqual(accessory.cells, {});
    const sinus = rowWithCells(table, accessory);
    assert.deepEqual(table.path(sinus.id), ['sinus']);
    assert.equal(sinus.cells.primary, 'C31.9');
    const liver = table.findSite('liver')[0] as NeoplasmRow;
    assert.equal(rowWithCells(table, liver), liver);
    const melanoma = table.rows.find((row) => row.see === 'Melanoma') as NeoplasmRow;
    assert.equal(rowWithCells(table, melanoma), melanoma, 'a reference outside the table leaves the row as it is');
  });
});

describe('Table of Neoplasms: cells and title variants', () => {
  it('reads dash-ended cells as headers', () => {
    assert.deepEqual(cellCode('C34.9-'), { code: 'C349', needsMoreCharacters: true });
    assert.deepEqual(cellCode('D05.-'), { code: 'D05', needsMoreCharacters: true });
    assert.deepEqual(cellCode('C61'), { code: 'C61', needsMoreCharacters: false });
    assert.ok(cellHolds('C34.9-', 'C3490'));
    assert.ok(!cellHolds('C34.9', 'C3490'));
    assert.ok(cellHolds('C78.7', 'C787'));
  });

  it('derives the variants of a printed title', () => {
    assert.deepEqual(titleVariants('larynx, laryngeal NEC'), ['larynx, laryngeal nec', 'larynx, laryngeal', 'larynx', 'laryngeal', 'laryngeal larynx']);
    assert.deepEqual(titleVariants('skin NOS'), ['skin nos', 'skin']);
    assert.deepEqual(titleVariants('bile or biliary'), ['bile or biliary', 'bile', 'biliary']);
  });

  it('refuses rows that do not form a table', () => {
    const row = (id: number, parent: number | undefined): NeoplasmRow => ({ id, title: `row ${id}`, level: parent === undefined ? 0 : 1, parent, cells: {} });
    assert.throws(() => createNeoplasmTable('FY2025', [row(0, undefined), row(1, 2), row(2, 0)]), NeoplasmTableError);
    assert.throws(() => createNeoplasmTable('FY2025', [row(1, undefined)]), NeoplasmTableError);
  });
});
