import { NEOPLASM_COLUMN_TITLES } from './model';
import type { NeoplasmCellRef, NeoplasmTable } from './model';

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
  const code = (needsMoreCharacters ? printed.slice(0, -1) : printed).replace('.', '').toUpperCase();
  return { code, needsMoreCharacters };
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
