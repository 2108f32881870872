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

