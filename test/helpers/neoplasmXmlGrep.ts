import { officialNeoplasmXml } from './neoplasmTable';

/**
 * The official Table of Neoplasms read line by line, the way one greps it: each `<term level="n">`
 * with its `<title>` and `<cell col="k">` lines. Independent of the service's importer, so lexicon
 * tests compare the reader's paths with the file itself rather than with the code under test.
 */
export interface GrepRow {
  readonly level: number;
  readonly title: string;
  readonly cells: Readonly<Record<string, string>>;
  readonly children: GrepRow[];
}

const COLUMNS: Readonly<Record<string, string>> = { '2': 'primary', '3': 'secondary', '4': 'in-situ', '5': 'benign', '6': 'uncertain', '7': 'unspecified' };
let rows: GrepRow[] | undefined;

/** The level-1 rows of the file, each with its nested sub-rows. */
export function grepRows(): readonly GrepRow[] {
  if (rows) return rows;
  const top: GrepRow[] = [];
  const stack: GrepRow[] = [];
  let pendingLevel: number | undefined;
  for (const line of officialNeoplasmXml().split(/\r?\n/)) {
    const term = /<term level="(\d)">/.exec(line);
    if (term) {
      pendingLevel = Number(term[1]);
      continue;
    }
    const title = /^\s*<title>(.*)<\/title>/.exec(line);
    if (title && pendingLevel !== undefined) {
      const printed = (title[1] as string).replace(/<nemod>.*?<\/nemod>/g, '').replace(/&amp;/g, '&').trim();
      const row: GrepRow = { level: pendingLevel, title: printed, cells: {}, children: [] };
      while (stack.length > 0 && (stack[stack.length - 1] as GrepRow).level >= pendingLevel) stack.pop();
      if (pendingLevel === 1) top.push(row);
      else stack[stack.length - 1]?.children.push(row);
      stack.push(row);
      pendingLevel = undefined;
      continue;
    }
    const cell = /<cell col="(\d)">([^<]*)<\/cell>/.exec(line);
    const current = stack[stack.length - 1];
    if (cell && current && pendingLevel === undefined) (current.cells as Record<string, string>)[COLUMNS[cell[1] as string] as string] = cell[2] as string;
  }
  rows = top;
  return rows;
}

/** The words a title answers to: the title, and each comma-separated part, without NEC/NOS; and the title as printed ("head nec"). */
function titleWords(title: string): string[] {
  const plain = title.toLowerCase().replace(/ (nec|nos)$/, '');
  return [plain, title.toLowerCase(), ...plain.split(',').map((part) => part.trim().replace(/ (nec|nos)$/, ''))];
}

/** The row a path names in the file (first element among level-1 rows, the rest among children), or undefined. */
export function grepPath(path: readonly string[]): GrepRow | undefined {
  let candidates: readonly GrepRow[] = grepRows();
  let found: GrepRow | undefined;
  for (const words of path) {
    const wanted = words.toLowerCase();
    found = candidates.find((row) => titleWords(row.title)[0] === wanted) ?? candidates.find((row) => titleWords(row.title).includes(wanted));
    if (found === undefined) return undefined;
    candidates = found.children;
  }
  return found;
}
