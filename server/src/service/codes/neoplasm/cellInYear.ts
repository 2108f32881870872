import type { CodeSets, CodeSetYear, CodeStatus } from '../codeSet';
import { toDotted } from '../codeText';
import { cellCode } from './cells';
import type { NeoplasmCellRef, NeoplasmColumn, NeoplasmTable } from './model';

/**
 * Whether a cell of the loaded table can be offered for a date of service. The bundled table is the
 * FY2025 release while claims are checked against FY2027 by default, so a cell is checked against the
 * code list of the year that covers the date, and against the table changes of later releases that
 * are known but whose table file is not at hand.
 */

/** A cell that a later release's table prints differently. */
export interface LaterTableChange {
  /** The first fiscal year whose table prints the replacement. */
  readonly year: number;
  /** The printed titles from the site down to the row (`['larynx, laryngeal NEC']`). */
  readonly site: readonly string[];
  /** True when the sub-rows that print the same code change with the row. */
  readonly withSubRows: boolean;
  readonly column: NeoplasmColumn;
  /** The cell as the older table prints it, and as the later one does. */
  readonly printed: string;
  readonly replacement: string;
}

/**
 * The differences known so far, as listed in the FY2025 folder's README (read from a stored copy of
 * the official FY2027 table): the larynx rows' secondary column becomes C78.31 and the top pharynx
 * row's C78.32, both new codes in FY2027. The larynx sub-rows that print C78.39 change with it; the
 * one that prints another code (`extrinsic NEC › meaning hypopharynx`, C79.89) does not.
 */
export const KNOWN_LATER_TABLE_CHANGES: readonly LaterTableChange[] = [
  { year: 2027, site: ['larynx, laryngeal NEC'], withSubRows: true, column: 'secondary', printed: 'C78.39', replacement: 'C78.31' },
  { year: 2027, site: ['pharynx, pharyngeal'], withSubRows: false, column: 'secondary', printed: 'C79.89', replacement: 'C78.32' },
];

/** A cell judged for one year. */
export interface CellInYear {
  /** The cell as printed (`C34.9-`). */
  readonly printed: string;
  /** Dotless, without the dash (`C349`). */
  readonly code: string;
  /** The code's status in that year; undefined when the year has no such code. */
  readonly status: CodeStatus | undefined;
  /** True when the printed code can be offered for that year (it exists there and no later table replaces it). */
  readonly usable: boolean;
  /** The dotless code a later release's table prints instead, when that release covers the year. */
  readonly replacement?: string;
  /** Why the cell is not usable, in words for a hover or a documented mention; absent when usable. */
  readonly reason?: string;
}

/** Judges a cell for the year that covers the date of service. */
export function cellInYear(table: NeoplasmTable, ref: NeoplasmCellRef, codeSets: CodeSets, year: CodeSetYear): CellInYear {
  const printed = ref.row.cells[ref.column] ?? '';
  const { code } = cellCode(printed);
  const status = printed === '' ? undefined : codeSets.status(code, year.year);
  const change = laterChange(table, ref, printed, year.year);
  if (change && codeSets.status(cellCode(change.replacement).code, year.year) !== undefined) {
    const replacement = cellCode(change.replacement).code;
    return { printed, code, status, usable: false, replacement, reason: `the FY${change.year} table prints ${change.replacement} here` };
  }
  if (status === undefined) return { printed, code, status, usable: false, reason: `${toDotted(code)} is not a code in ${year.label}` };
  return { printed, code, status, usable: true };
}

/** The known change that applies to a cell, when the loaded table is older than the change. */
function laterChange(table: NeoplasmTable, ref: NeoplasmCellRef, printed: string, year: number): LaterTableChange | undefined {
  const tableYear = Number(/([0-9]{4})/.exec(table.release)?.[1] ?? Number.NaN);
  if (!(tableYear < year)) return undefined;
  // The row's path is read only for a cell that prints what a change replaces: a code such as C79.89
  // is printed in hundreds of rows, and its hover judges every one of them.
  const candidates = KNOWN_LATER_TABLE_CHANGES.filter((change) =>
    change.year <= year && change.year > tableYear && change.column === ref.column && change.printed === printed);
  if (candidates.length === 0) return undefined;
  const path = table.path(ref.row.id);
  return candidates.find((change) => startsWithSite(path, change.site) && (change.withSubRows || path.length === change.site.length));
}

function startsWithSite(path: readonly string[], site: readonly string[]): boolean {
  return site.length <= path.length && site.every((title, index) => path[index] === title);
}
