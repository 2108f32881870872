import * as assert from 'node:assert/strict';
import { parseNeoplasmXml } from '../../../server/src/service/codes/import/neoplasmXml';
import type { NeoplasmRow } from '../../../server/src/service/codes/neoplasm/model';
import { officialNeoplasmImport } from '../../helpers/neoplasmTable';

/**
 * The Table of Neoplasms importer against the official FY2025 file. Every expected value below was read
 * from `../shared/codesets/icd10cm-2025/icd-10-cm-neoplasm-2025.xml` with grep (the line of each row is
 * cited), not from the importer's output.
 */

/** The row reached by printed titles (without nemod) from the main term, found by walking the rows. */
function rowAt(rows: readonly NeoplasmRow[], titles: readonly string[]): NeoplasmRow {
  let parent = 0;
  let found: NeoplasmRow | undefined;
  for (const title of titles) {
    found = rows.find((row) => row.parent === parent && row.title === title);
    if (!found) throw new Error(`no row "${title}" under row ${parent}`);
    parent = found.id;
  }
  if (!found) throw new Error('empty path');
  return found;
}

type Cells = [string?, string?, string?, string?, string?, string?];

function cellsOf(row: NeoplasmRow): Cells {
  const { primary, secondary, benign, uncertain, unspecified } = row.cells;
  return [primary, secondary, row.cells['in-situ'], benign, uncertain, unspecified];
}

describe('Table of Neoplasms importer (official FY2025 file)', () => {
  const imported = officialNeoplasmImport();
  const rows = imported.rows;

  it('reads the file without problems, and its version', () => {
    assert.deepEqual(imported.problems, []);
    assert.equal(imported.version, 2025);
  });

  it('reads every <term> and every <cell> (grep -c "<term" = 1,938; grep -c "<cell" = 10,916)', () => {
    assert.equal(imported.termCount, 1938);
    assert.equal(rows.length, 1939, 'the main term and its 1,938 terms');
    assert.equal(imported.cellCount, 10916);
  });

  it('keeps every code cell and drops the "-" cells (972 dash-ended codes, 1,898 "-", 8,046 other codes)', () => {
    const kept = rows.flatMap((row) => Object.values(row.cells));
    assert.equal(kept.length, 10916 - 1898);
    assert.equal(kept.filter((cell) => cell.endsWith('-')).length, 972);
  });

  it('keeps nesting, nemod, see and seeAlso as counted in the file', () => {
    assert.equal(rows.filter((row) => row.level === 1).length, 593, 'grep -c \'<term level="1">\'');
    assert.equal(rows.filter((row) => row.level === 4).length, 36, 'grep -c \'<term level="4">\'');
    assert.equal(rows.filter((row) => row.nemod !== undefined).length, 270, 'grep -c "<nemod"');
    assert.equal(rows.filter((row) => row.see !== undefined).length, 67, 'grep -c "<see>"');
    assert.equal(rows.filter((row) => row.seeAlso !== undefined).length, 120, 'grep -c "<seeAlso>"');
    rows.forEach((row, index) => {
      assert.equal(row.id, index);
      if (row.parent !== undefined) assert.equal((rows[row.parent] as NeoplasmRow).level, row.level - 1);
    });
  });

  const handRows: ReadonlyArray<[line: number, path: string[], cells: Cells, extra?: Partial<NeoplasmRow>]> = [
    [16, [], ['C80.1', 'C79.9', 'D09.9', 'D36.9', 'D48.9', 'D49.9']],
    [8065, ['liver'], ['C22.9', 'C78.7', 'D01.5', 'D13.4', 'D37.6', 'D49.0'], { seeAlso: 'Index to disease, by histology' }],
    [8093, ['lung'], ['C34.9-', 'C78.0-', 'D02.2-', 'D14.3-', 'D38.1', 'D49.1']],
    [8186, ['lung', 'upper lobe'], ['C34.1-', 'C78.0-', 'D02.2-', 'D14.3-', 'D38.1', 'D49.1']],
    [7546, ['larynx, laryngeal NEC'], ['C32.9', 'C78.39', 'D02.0', 'D14.1', 'D38.0', 'D49.1']],
    [2246, ['breast'], ['C50.9-', 'C79.81', 'D05.-', 'D24.-', 'D48.6-', 'D49.3'], { nemod: '(connective tissue) (glandular tissue) (soft parts)' }],
    [1976, ['brain NEC'], ['C71.9', 'C79.31', undefined, 'D33.2', 'D43.2', 'D49.6']],
    [11634, ['pancreas'], ['C25.9', 'C78.89', 'D01.7', 'D13.6', 'D37.8', 'D49.0']],
    [12547, ['prostate'], ['C61', 'C79.82', 'D07.5', 'D29.1', 'D40.0', 'D49.59'], { nemod: '(gland)' }],
    [7362, ['kidney'], ['C64.-', 'C79.0-', 'D09.19', 'D30.0-', 'D41.0-', 'D49.51-'], { nemod: '(parenchymal)' }],
    [3504, ['colon'], ['C18.9', 'C78.5'], { seeAlso: 'Neoplasm, intestine, large' }],
    [1047, ['bone'], ['C41.9', 'C79.51', undefined, 'D16.9-', 'D48.0', 'D49.2'], { nemod: '(periosteum)' }],
    [119, ['accessory sinus'], [], { see: 'Neoplasm, sinus' }],
    [5153, ['epiglottis', 'posterior surface'], ['C32.1', 'C78.39', 'D02.0', 'D14.1', 'D38.0', 'D49.1'], { nemod: '(laryngeal)' }],
    [80, ['abdomen, abdominal', 'wall', 'skin', 'basal cell carcinoma'], ['C44.519']],
  ];
  for (const [line, path, cells, extra] of handRows) {
    it(`row ${path.join(' › ') || 'Neoplasm, neoplastic'} (line ${line}) as printed`, () => {
      const row = path.length === 0 ? (rows[0] as NeoplasmRow) : rowAt(rows, path);
      assert.deepEqual(cellsOf(row), [...cells, ...new Array<undefined>(6 - cells.length).fill(undefined)]);
      assert.equal(row.level, path.length);
      if (path.length === 0) assert.equal(row.title, 'Neoplasm, neoplastic');
      for (const [key, value] of Object.entries(extra ?? {})) assert.equal(row[key as keyof NeoplasmRow], value, key);
      if (!extra?.nemod) assert.equal(row.nemod, undefined);
    });
  }

  it('keeps nemod text out of the title, also where it stands mid-title', () => {
    assert.ok(rows.every((row) => !row.title.includes('(') || row.title.startsWith('Note:')), 'no title carries parenthesised modifiers');
    const bookLeaf = rowAt(rows, ['book-leaf']);
    assert.equal(bookLeaf.nemod, '(mouth)');
    assert.equal(bookLeaf.manif, 'ventral surface of tongue and floor of mouth');
  });
});

describe('Table of Neoplasms importer (damaged and unusual input)', () => {
  const wrap = (terms: string, root = 'ICD10CM.index'): string =>
    `<?xml version="1.0"?><${root}><version>2030</version><letter><title>N</title><mainTerm><title>Neoplasm, neoplastic</title>${terms}</mainTerm></letter></${root}>`;

  it('reports a cell that is neither a code nor "-", a column outside 2–7 and a repeated column, keeping the rest', () => {
    const result = parseNeoplasmXml(wrap('<term level="1"><title>liver</title><cell col="2">C22.9</cell><cell col="3">C78.7x</cell><cell col="8">D01.5</cell><cell col="2">C22.0</cell></term>'));
    assert.equal(result.version, 2030);
    assert.deepEqual(result.rows[1]?.cells, { primary: 'C22.9' });
    assert.equal(result.cellCount, 4);
    assert.deepEqual(result.problems.map((problem) => problem.message), [
      'cell "C78.7x" in column 3 is neither a code nor "-"',
      '<cell col="8"> is not one of the columns 2 to 7',
      'column 2 is printed twice in this row; the first cell is kept',
    ]);
  });

  it('reports a level attribute that disagrees with the nesting, and a wrong document element', () => {
    const result = parseNeoplasmXml(wrap('<term level="2"><title>liver</title></term>', 'ICD10CM.tabular'));
    assert.equal(result.rows[1]?.level, 1);
    assert.deepEqual(result.problems.map((problem) => problem.message), [
      'expected <ICD10CM.index> as the document element, found <ICD10CM.tabular>',
      '<term level="2"> is nested at level 1',
    ]);
  });

  it('reports a file with no main term, and text that is not XML, without throwing', () => {
    assert.deepEqual(parseNeoplasmXml('<ICD10CM.index><version>2025</version></ICD10CM.index>').problems.map((problem) => problem.message), ['the file holds no <mainTerm> (expected "Neoplasm, neoplastic")']);
    const junk = parseNeoplasmXml('not xml at all');
    assert.deepEqual(junk.rows, []);
    assert.deepEqual(junk.problems.map((problem) => problem.message), ['the file holds no XML element']);
  });
});
