/**
 * Rows of tables pasted into notes (pipe-bounded or tab-separated), read cell by cell: a trial checklist's
 * criteria (`eligibility.ts`) and a problem table's Status column (`statusColumn.ts`) both read them.
 */

/**
 * The cells of a table row: a line that opens with a pipe ("| I-1 | … |") or holds tabs; undefined for
 * any other line. A pipe row's first and last pipes bound its cells.
 */
export function cellsOf(text: string, start: number, end: number): [number, number][] | undefined {
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
