import type { AssertionEvidence } from './model';

/**
 * Rows of tables pasted into notes (pipe-bounded or tab-separated), read cell by cell: a trial checklist's
 * criteria (`eligibility.ts`) and a problem table's Status column (`statusColumn.ts`) both read them.
 */

/** A table row's cells as `[start, end)` offsets of the note. */
export type RowCells = readonly (readonly [number, number])[];

/** What a reader of one kind of pasted table does with the rows a walk finds. */
export interface TableVisitor {
  /** The column of the cells this row opens a table on (the reader's header cell), or -1 when it opens none. */
  headerColumn(cells: RowCells): number;
  /** A row of the open table, with the column its header row chose; `[lineStart, lineEnd)` is the row's line. */
  bodyRow(cells: RowCells, column: number, lineStart: number, lineEnd: number): void;
}

/**
 * Walks the tables of `[from, to)` of `text` in one pass over its lines: outside a table, the lines before the next
 * match of `headerWord` (a global expression owned by the caller) are skipped in one search, since only a row with a
 * header cell can open a table; a row whose `headerColumn` is not -1 opens one, and each following row is a body
 * row until the first line that is no row.
 */
export function walkTables(text: string, headerWord: RegExp, from: number, to: number, visitor: TableVisitor): void {
  // Every row holds a pipe or a tab (`cellsOf`): where neither stands, no line is a row, and the header word's search
  // (an expression over the whole span) is skipped. The span is searched as a slice, so the searches end at `to`.
  const span = text.slice(from, to);
  if (!span.includes('|') && !span.includes('\t')) return;
  let column = -1;
  for (let lineStart = from; lineStart < to;) {
    if (column < 0) lineStart = lineWithWord(text, headerWord, lineStart, to);
    if (lineStart >= to) break;
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline < 0 || newline > to ? to : newline;
    const cells = cellsOf(text, lineStart, lineEnd);
    if (cells === undefined) column = -1;
    else if (column >= 0) visitor.bodyRow(cells, column, lineStart, lineEnd);
    else column = visitor.headerColumn(cells);
    lineStart = lineEnd + 1;
  }
}

/** The index of the first cell whose trimmed text `header` matches, or -1. */
export function columnNamed(text: string, cells: RowCells, header: RegExp): number {
  return cells.findIndex(([start, end]) => header.test(text.slice(start, end).trim()));
}

/**
 * The start of the line (in `[from, to)`, lines split at `\n`) that holds the next match of `word` at or
 * after `from`, or `to` when none. `word` is a global expression of the caller, searched from `from`.
 */
function lineWithWord(text: string, word: RegExp, from: number, to: number): number {
  word.lastIndex = from;
  const found = word.exec(text);
  if (found === null || found.index + found[0].length > to) return to;
  return Math.max(from, text.lastIndexOf('\n', found.index) + 1);
}

/**
 * The evidence of the range holding `offset`, if any: `ranges` are `[start, end)` offsets in ascending order and
 * `evidence[i]` is range `i`'s (a binary search).
 */
export function evidenceAt(ranges: readonly (readonly [number, number])[], evidence: readonly AssertionEvidence[], offset: number): AssertionEvidence | undefined {
  let low = 0;
  let high = ranges.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const range = ranges[middle];
    if (range === undefined) return undefined;
    if (offset < range[0]) high = middle - 1;
    else if (offset >= range[1]) low = middle + 1;
    else return evidence[middle];
  }
  return undefined;
}

/**
 * The cells of a table row: a line that opens with a pipe ("| I-1 | … |") or holds tabs; undefined for
 * any other line. A pipe row's first and last pipes bound its cells.
 */
function cellsOf(text: string, start: number, end: number): [number, number][] | undefined {
  let first = start;
  while (first < end && (text[first] === ' ' || text[first] === '\r')) first++;
  const separator = text[first] === '|' ? '|' : hasTab(text, first, end) ? '\t' : undefined;
  if (separator === undefined) return undefined;
  const cells: [number, number][] = [];
  let cellStart = separator === '|' ? first + 1 : first;
  for (let position = cellStart; position <= end; position++) {
    if (position === end || text[position] === separator) {
      cells.push([cellStart, position]);
      cellStart = position + 1;
    }
  }
  return cells;
}

/** Whether a tab stands in `[start, end)` (looked for within the line only, so the pass stays linear). */
function hasTab(text: string, start: number, end: number): boolean {
  for (let position = start; position < end; position++) if (text.charCodeAt(position) === 0x09) return true;
  return false;
}
