import { readDataFile } from './dataFiles';

/**
 * Expected values for feature tests, read straight from the official (or officially derived) release
 * files rather than from the index the service uses, so a title or count the service gets wrong fails.
 */

/** Release code files by fiscal year (in `data/icd10cm`): `CODE<spaces>long title` per line, billable codes only. */
const releaseFiles: Readonly<Record<number, string>> = {
  2027: '2027/icd10cm-codes-2027.derived.txt.gz',
  2026: '2026/icd10cm-codes-2026.txt.gz',
};

const cache = new Map<number, Map<string, string>>();

/** The billable codes of a year with their official long titles, in file (code) order. */
export function officialBillable(year: number): ReadonlyMap<string, string> {
  const cached = cache.get(year);
  if (cached) return cached;
  const file = releaseFiles[year];
  if (file === undefined) throw new Error(`no release file is known for FY${year}`);
  const codes = new Map<string, string>();
  for (const line of readDataFile(file).split(/\r?\n/)) {
    const match = /^(\S+)\s+(.*)$/.exec(line);
    if (match) codes.set(match[1] as string, (match[2] as string).trim());
  }
  cache.set(year, codes);
  return codes;
}

/** The official long title of a billable code; throws when the file has no such code. */
export function officialTitle(code: string, year = 2027): string {
  const title = officialBillable(year).get(code);
  if (title === undefined) throw new Error(`${code} is not a billable code of FY${year}`);
  return title;
}

/** The billable codes of a year that start with a dotless prefix, in code order. */
export function officialBillableWithPrefix(prefix: string, year = 2027): string[] {
  return [...officialBillable(year).keys()].filter((code) => code.startsWith(prefix));
}


/** A short title as a release file prints it, with the long title printed beside it on the same row. */
export interface OfficialShortTitle {
  readonly short: string;
  readonly long: string;
}

let order2021: Map<string, OfficialShortTitle> | undefined;

/**
 * Every row of the FY2021 order file by dotless code, cut by the fixed columns that
 * data/icd10cm/2021/README.md gives (short title in columns 17–76, long title from column 78).
 */
export function officialOrderRows2021(): ReadonlyMap<string, OfficialShortTitle> {
  if (order2021) return order2021;
  order2021 = new Map();
  for (const line of readDataFile('2021/icd10cm-order-Jan-2021.txt.gz').split(/\r?\n/)) {
    if (line.trim() !== '') order2021.set(line.slice(6, 13).trim(), { short: line.slice(16, 76).trim(), long: line.slice(77).trim() });
  }
  return order2021;
}

/**
 * The `Add:` and `Revise to:` rows of the official FY2027 order addenda by dotless code, cut by the
 * fixed columns that data/icd10cm/2027/README.md gives (code in columns 16–22, short title in 24–83,
 * long title from column 85).
 */
export function officialAddendaRows2027(): ReadonlyMap<string, OfficialShortTitle> {
  const rows = new Map<string, OfficialShortTitle>();
  for (const line of readDataFile('2027/icd10cm_order_addenda_2027.txt.gz').split(/\r?\n/)) {
    if (line.startsWith('Add:') || line.startsWith('Revise to:')) rows.set(line.slice(15, 22).trim(), { short: line.slice(23, 83).trim(), long: line.slice(84).trim() });
  }
  return rows;
}

/** The official short title of a code, from the FY2021 order file; throws when the file has no such code. */
export function officialShortTitle2021(code: string): string {
  const row = officialOrderRows2021().get(code);
  if (row === undefined) throw new Error(`${code} is not in the FY2021 order file`);
  return row.short;
}
