import { NEOPLASM_COLUMNS } from './model';
import type { NeoplasmColumn, NeoplasmRow } from './model';
import { neoplasmRow } from './row';

/**
 * The Table of Neoplasms as it is kept in the code index: one line per row in document order, fields
 * separated by tabs — level, title, nemod, see, seeAlso, manif, then the six cells (empty where the
 * table prints `-` or nothing). Ids are line numbers and parents follow from the levels, so the text
 * holds nothing that could disagree with the nesting. The importer collapses whitespace in every text,
 * so no field can hold a tab or a newline.
 */

/** Thrown when the text is not a table written by {@link formatNeoplasmRows}. */
export class NeoplasmRowsFormatError extends Error {}

const fieldCount = 6 + NEOPLASM_COLUMNS.length;

/** Writes rows in document order as text. */
export function formatNeoplasmRows(rows: readonly NeoplasmRow[]): string {
  return rows
    .map((row) => [String(row.level), row.title, row.nemod ?? '', row.see ?? '', row.seeAlso ?? '', row.manif ?? '', ...NEOPLASM_COLUMNS.map((column) => row.cells[column] ?? '')].join('\t'))
    .join('\n');
}

/** Reads rows written by {@link formatNeoplasmRows}; throws {@link NeoplasmRowsFormatError} on damaged text. */
export function parseNeoplasmRows(text: string): NeoplasmRow[] {
  if (text === '') return [];
  const rows: NeoplasmRow[] = [];
  /** The id of the latest row at each level, so a row's parent is the latest row one level up. */
  const latestAtLevel: number[] = [];
  for (const line of text.split('\n')) {
    const fields = line.split('\t');
    const level = Number(fields[0]);
    if (fields.length !== fieldCount || !Number.isInteger(level) || level < 0 || level > latestAtLevel.length || (level === 0) !== (rows.length === 0)) {
      throw new NeoplasmRowsFormatError(`row ${rows.length} of the Table of Neoplasms is damaged`);
    }
    const id = rows.length;
    latestAtLevel.length = level;
    latestAtLevel.push(id);
    rows.push(rowOf(id, level, level === 0 ? undefined : latestAtLevel[level - 1], fields));
  }
  return rows;
}

function rowOf(id: number, level: number, parent: number | undefined, fields: readonly string[]): NeoplasmRow {
  const [, title = '', nemod = '', see = '', seeAlso = '', manif = ''] = fields;
  const cells: Partial<Record<NeoplasmColumn, string>> = {};
  for (let index = 0; index < NEOPLASM_COLUMNS.length; index++) {
    const cell = fields[6 + index];
    if (cell) cells[NEOPLASM_COLUMNS[index] as NeoplasmColumn] = cell;
  }
  return neoplasmRow({ id, title, level, parent, nemod, see, seeAlso, manif, cells });
}
