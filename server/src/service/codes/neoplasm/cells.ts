import { NEOPLASM_COLUMN_TITLES } from './model';
import type { NeoplasmCellRef, NeoplasmRow, NeoplasmTable } from './model';

/**
 * Reading a printed cell: `C78.7` is one code; `C34.9-` and `D05.-` need more characters and stand
 * for every code below the dotless prefix (`C349`, `D05`).
 */

/** A printed cell as the service's codes see it. */
export interface CellCode {
  /** Dotless, upper case, without the trailing dash: `C787`, `C349`, `D05`. */
  readonly code: string;
  /** True when the table prints a trailing `-`: the cell names a header, not a reportable code. */
  readonly needsMoreCharacters: boolean;
}

/** The code of a printed cell (`C34.9-` → `{ code: 'C349', needsMoreCharacters: true }`). */
export function cellCode(printed: string): CellCode {
  const needsMoreCharacters = printed.endsWith('-');
  const body = needsMoreCharacters ? printed.slice(0, -1) : printed;
  const dot = body.indexOf('.');
  const code = dot < 0 ? body : body.slice(0, dot) + body.slice(dot + 1);
  return { code: code.toUpperCase(), needsMoreCharacters };
}

/** Whether a dotless code is the cell's code or, for a dash-ended cell, lies below it. */
export function cellHolds(printed: string, code: string): boolean {
  const cell = cellCode(printed);
  return cell.needsMoreCharacters ? code.startsWith(cell.code) : code === cell.code;
}

/** `liver → Malignant Secondary`, `lung, upper lobe → Malignant Primary`: a cell named as a coder reads it. */
export function describeCell(table: NeoplasmTable, ref: NeoplasmCellRef): string {
  const path = table.path(ref.row.id);
  const site = path.length === 0 ? ref.row.title : path.join(', ');
  return `${site} → ${NEOPLASM_COLUMN_TITLES[ref.column]}`;
}

/** `Table of Neoplasms: liver → Malignant Secondary`, the citation a hover or a documented mention gives. */
export function citeCell(table: NeoplasmTable, ref: NeoplasmCellRef): string {
  return `Table of Neoplasms: ${describeCell(table, ref)}`;
}

/** How many `see` references {@link rowWithCells} follows before giving up (the table has no chains). */
const seeHops = 3;

/**
 * The row whose cells apply to `row`: the row itself when it prints a cell; otherwise the row its
 * `see` names (`accessory sinus` → `sinus`), followed a few times at most; otherwise the row itself.
 */
export function rowWithCells(table: NeoplasmTable, row: NeoplasmRow): NeoplasmRow {
  let current = row;
  for (let hop = 0; hop < seeHops && Object.keys(current.cells).length === 0 && current.see !== undefined; hop++) {
    const next = table.resolveReference(current.see);
    if (!next || next === current) break;
    current = next;
  }
  return Object.keys(current.cells).length === 0 ? row : current;
}
