import type { NeoplasmRow, NeoplasmTable } from '../codes/neoplasm/model';

// The table look-up of a site path lives apart from `mapping.ts`, which needs the reader's code look-up: the site
// finder's row index reads paths too, and importing them through `mapping.ts` would close an import cycle.

/** The row a path names, following `see` references; undefined when the first word is no site. */
export function rowForPath(table: NeoplasmTable, path: readonly string[]): NeoplasmRow | undefined {
  const [first, ...rest] = path;
  if (first === undefined) return undefined;
  const candidates = table.findSite(first);
  let row = candidates.find((candidate) => candidate.level === 1) ?? candidates[0];
  if (row === undefined) return undefined;
  row = followSee(table, row);
  for (const words of rest) {
    const child = table.findChild(row.id, words);
    if (child === undefined) break;
    row = followSee(table, child);
  }
  return row;
}

function followSee(table: NeoplasmTable, row: NeoplasmRow): NeoplasmRow {
  if (row.see === undefined || Object.keys(row.cells).length > 0) return row;
  return table.resolveReference(row.see) ?? row;
}
