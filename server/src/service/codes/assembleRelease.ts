import { buildCodeIndex, fiscalYearDates, noteSourceOfTabular, structureOfTabular } from './buildIndex';
import type { CodeIndexInputs, NoteSource, ShortTitlePair, YearSource } from './buildIndex';
import type { CodeIndexData, CodeStructureData, NeoplasmIndexSection, NoteRecord } from './indexData';
import { splitNotesText, statusChar } from './indexData';
import { parseCodesFile } from './import/codesFile';
import { applyAddenda, parseOrderAddenda } from './import/orderAddenda';
import type { OrderAddendaResult } from './import/orderAddenda';
import { parseOrderFile } from './import/orderFile';
import type { OrderFileResult } from './import/orderFile';
import { parseNeoplasmXml } from './import/neoplasmXml';
import type { NeoplasmImport } from './import/neoplasmXml';
import { parseTabularXml } from './import/tabularXml';
import { formatNeoplasmRows } from './neoplasm/rowText';
import { decodeShortTitle } from './shortTitleText';
import type { TabularData } from './import/tabularXml';
import { classifyReleaseFile } from './releaseFiles';

/**
 * Turns the texts of official release files into index inputs, for the build script (the bundled
 * folders) and for a folder the user names at run time. Which years become loaded years:
 * a codes file always defines its year; an order file does when `yearsFrom` is `codesAndOrder`;
 * an addenda defines its year when the previous year's billable list is known (from the files or
 * from `base`). Everything else only supplies titles, structure and notes.
 */

/** A release file's path (for messages) and text. */
export interface ReleaseFileText {
  readonly file: string;
  readonly text: string;
}

/** A problem with a named file, for the user. */
export interface ReleaseProblem {
  readonly file: string;
  readonly line?: number;
  readonly message: string;
}

/** The parsed contents of a set of release files, by fiscal year. */
export interface ParsedRelease {
  readonly codes: Map<number, Map<string, string>>;
  readonly orders: Map<number, OrderFileResult>;
  readonly addenda: Map<number, OrderAddendaResult>;
  readonly tabulars: Map<number, TabularData>;
  /** Tables of Neoplasms by fiscal year (`<version>`, else the file name's year). */
  readonly neoplasms: Map<number, NeoplasmImport>;
  readonly problems: ReleaseProblem[];
}

/** Parses every recognised file; files that are not release files are ignored. */
export function parseReleaseFiles(files: readonly ReleaseFileText[]): ParsedRelease {
  const release: ParsedRelease = { codes: new Map(), orders: new Map(), addenda: new Map(), tabulars: new Map(), neoplasms: new Map(), problems: [] };
  for (const { file, text } of files) {
    const named = classifyReleaseFile(file.split(/[\\/]/).pop() ?? file);
    if (!named) continue;
    // A file with damaged lines is not used at all: a partly read code list would turn valid codes
    // into "unknown code" errors. Its problems are reported instead.
    const report = (problems: ReadonlyArray<{ line?: number; message: string }>): boolean => {
      for (const problem of problems) release.problems.push({ file, ...problem });
      if (problems.length > 0) release.problems.push({ file, message: `not used: ${problems.length} problem(s) found in this file` });
      return problems.length === 0;
    };
    // The XML files carry their year in <version>; the file name's year is the fallback.
    const keepXml = <T extends { readonly version?: number; readonly problems: ReadonlyArray<{ line?: number; message: string }> }>(data: T, into: Map<number, T>): void => {
      if (!report(data.problems)) return;
      const year = data.version ?? named.year;
      if (year === undefined) release.problems.push({ file, message: 'the fiscal year is neither in the file name nor in <version>' });
      else into.set(year, data);
    };
    if (named.kind === 'tabular') {
      keepXml(parseTabularXml(text), release.tabulars);
      continue;
    }
    if (named.kind === 'neoplasm') {
      keepXml(parseNeoplasmXml(text), release.neoplasms);
      continue;
    }
    if (named.year === undefined) continue;
    if (named.kind === 'codes') {
      const result = parseCodesFile(text);
      if (!report(result.problems)) continue;
      if (result.entries.length > 0) release.codes.set(named.year, new Map(result.entries.map((entry) => [entry.code, entry.title])));
      else release.problems.push({ file, message: 'no billable code could be read from this codes file' });
    } else if (named.kind === 'order') {
      const result = parseOrderFile(text);
      if (!report(result.problems)) continue;
      if (result.entries.length > 0) release.orders.set(named.year, result);
      else release.problems.push({ file, message: 'no row could be read from this order file' });
    } else {
      const result = parseOrderAddenda(text);
      if (!report(result.problems)) continue;
      if (result.changes.length > 0) release.addenda.set(named.year, result);
      else release.problems.push({ file, message: 'no change line could be read from this addenda file' });
    }
  }
  return release;
}

export interface AssembleOptions {
  readonly yearsFrom: 'codes' | 'codesAndOrder';
  /** An existing index whose years, titles, structure and notes are kept unless a file replaces them. */
  readonly base?: CodeIndexData;
}

/** The billable lists (code → title) and header sets of an existing index, per year. */
function yearsOfIndex(data: CodeIndexData): Map<number, { billable: Map<string, string>; headers: Set<string> }> {
  const codes = data.codes.split('\n');
  const titles = data.titles.split('\n');
  const result = new Map<number, { billable: Map<string, string>; headers: Set<string> }>();
  for (const year of data.years) {
    const status = data.status[String(year.year)] ?? '';
    const billable = new Map<string, string>();
    const headers = new Set<string>();
    codes.forEach((code, index) => {
      if (status[index] === statusChar.billable) billable.set(code, titles[index] ?? '');
      else if (status[index] === statusChar.header) headers.add(code);
    });
    result.set(year.year, { billable, headers });
  }
  return result;
}

/** Builds the index for parsed release files, on top of `options.base` when given. */
export function assembleCodeIndex(release: ParsedRelease, options: AssembleOptions): { data: CodeIndexData; problems: ReleaseProblem[] } {
  const problems: ReleaseProblem[] = [];
  const base = options.base;
  const baseYears = base ? yearsOfIndex(base) : new Map<number, { billable: Map<string, string>; headers: Set<string> }>();
  const billableByYear = new Map<number, ReadonlyMap<string, string>>();
  const headersByYear = new Map<number, ReadonlySet<string>>();
  for (const [year, { billable, headers }] of baseYears) {
    billableByYear.set(year, billable);
    headersByYear.set(year, headers);
  }
  for (const [year, codes] of release.codes) {
    billableByYear.set(year, codes);
    headersByYear.delete(year);
  }
  if (options.yearsFrom === 'codesAndOrder') {
    for (const [year, order] of release.orders) {
      if (release.codes.has(year)) continue;
      billableByYear.set(year, new Map(order.entries.filter((entry) => entry.billable).map((entry) => [entry.code, entry.longTitle])));
      headersByYear.set(year, new Set(order.entries.filter((entry) => !entry.billable).map((entry) => entry.code)));
    }
  }
  for (const [year, addenda] of [...release.addenda].sort((a, b) => a[0] - b[0])) {
    if (billableByYear.has(year) && (release.codes.has(year) || release.orders.has(year))) continue;
    const previous = billableByYear.get(year - 1);
    if (!previous) {
      problems.push({ file: `order addenda ${year}`, message: `the FY${year - 1} billable list is needed to apply the FY${year} addenda and is not loaded` });
      continue;
    }
    const applied = applyAddenda(previous, addenda.changes);
    for (const problem of applied.problems) problems.push({ file: `order addenda ${year}`, ...problem });
    billableByYear.set(year, applied.billable);
    headersByYear.delete(year);
  }
  if (billableByYear.size === 0) throw new Error('no fiscal year could be loaded: a codes file, order file or addenda is needed');

  const years: YearSource[] = [...billableByYear].map(([year, billable]) => {
    const headers = headersByYear.get(year);
    return { year, ...fiscalYearDates(year), billable: new Set(billable.keys()), ...(headers ? { headers } : {}) };
  });

  // Sources per year, newest first. The base index ranks just below its newest year, so files of
  // that year (a full tabular replacing an excerpt) or newer win, and older files only fill gaps.
  const baseRank = base ? Math.max(...base.years.map((year) => year.year)) - 0.5 : -Infinity;
  const sourceYears = [...new Set([...billableByYear.keys(), ...release.orders.keys(), ...release.addenda.keys(), ...release.tabulars.keys()])].sort((a, b) => b - a);
  const titleSources: Array<ReadonlyMap<string, string>> = [];
  const shortTitleSources: Array<ReadonlyMap<string, ShortTitlePair>> = [];
  const structures: CodeStructureData[] = [];
  const noteSources: NoteSource[] = [];
  let baseAdded = false;
  const addBase = (): void => {
    if (!base || baseAdded) return;
    baseAdded = true;
    const codes = base.codes.split('\n');
    const titles = base.titles.split('\n');
    titleSources.push(new Map(codes.map((code, index) => [code, titles[index] ?? '']).filter(([, title]) => title !== '') as Array<[string, string]>));
    shortTitleSources.push(shortTitlePairsOfIndex(codes, titles, base.shortTitles.split('\n')));
    structures.push(base.structure);
    const byOwner = splitNotesText(base.notes);
    noteSources.push({
      owners: new Set(byOwner.keys()),
      notes: [...byOwner].flatMap(([owner, json]) => (JSON.parse(json) as NoteRecord[]).map(([kind, text, sourceYear]) => ({ owner, kind, text, sourceYear }))),
    });
  };
  for (const year of sourceYears) {
    if (year < baseRank) addBase();
    const billable = billableByYear.get(year);
    // A base year's billable titles are already among the base titles; a year read from files adds its own.
    if (billable && (!baseYears.has(year) || release.codes.has(year) || release.orders.has(year) || release.addenda.has(year))) titleSources.push(billable);
    const order = release.orders.get(year);
    if (order) {
      titleSources.push(new Map(order.entries.map((entry) => [entry.code, entry.longTitle])));
      shortTitleSources.push(new Map(order.entries.map((entry) => [entry.code, { short: entry.shortTitle, long: entry.longTitle }])));
    }
    const tabular = release.tabulars.get(year);
    if (tabular) {
      titleSources.push(new Map(tabular.diags.filter((diag) => diag.title !== '').map((diag) => [diag.code, diag.title])));
      structures.push(structureOfTabular(tabular));
      noteSources.push(noteSourceOfTabular(tabular, year));
    }
    const addenda = release.addenda.get(year);
    if (addenda) {
      const current = addenda.changes.filter((change) => change.action !== 'delete' && change.action !== 'reviseFrom');
      titleSources.push(new Map(current.map((change) => [change.code, change.longTitle])));
      shortTitleSources.push(new Map(current.map((change) => [change.code, { short: change.shortTitle, long: change.longTitle }])));
    }
  }
  addBase();
  const neoplasms = newestNeoplasmTable(release) ?? base?.neoplasms;
  const inputs: CodeIndexInputs = { years, titleSources, shortTitleSources, structures, noteSources, ...(neoplasms ? { neoplasms } : {}) };
  return { data: buildCodeIndex(inputs), problems };
}

/** The short titles an existing index holds, each with the long title it was kept beside. */
function shortTitlePairsOfIndex(codes: readonly string[], titles: readonly string[], encoded: readonly string[]): Map<string, ShortTitlePair> {
  const pairs = new Map<string, ShortTitlePair>();
  codes.forEach((code, index) => {
    const long = titles[index] ?? '';
    const short = decodeShortTitle(long, encoded[index] ?? '');
    if (short !== undefined) pairs.set(code, { short, long });
  });
  return pairs;
}

/** The Table of Neoplasms of the newest release among the files, as an index section. */
function newestNeoplasmTable(release: ParsedRelease): NeoplasmIndexSection | undefined {
  const newest = Math.max(...release.neoplasms.keys());
  const table = release.neoplasms.get(newest);
  return table && { release: `FY${newest}`, rows: formatNeoplasmRows(table.rows) };
}
