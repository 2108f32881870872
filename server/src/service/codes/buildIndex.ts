import type { CodeSetYear, TabularNoteKind } from './codeSet';
import { compareCodes, deriveHeaders } from './headers';
import { codeIndexFormat, formatNotesText, statusChar } from './indexData';
import type { CodeIndexData, CodeStructureData, NeoplasmIndexSection, NoteRecord } from './indexData';
import { extractCodeRefs, formatRefs } from './import/noteRefs';
import { encodeShortTitle, noShortTitle } from './shortTitleText';
import type { TabularData } from './import/tabularXml';

/**
 * Combines the release files of several years into one {@link CodeIndexData}. It is pure: the
 * build script and the runtime folder import both read files elsewhere and hand their parsed
 * contents to {@link buildCodeIndex}.
 *
 * Invariants: a code is valid in a year only if that year's billable list has it or it is a header
 * of that list; titles, structure and notes never add codes; the first source in each priority list
 * that has a fact wins.
 */

/** The billable list of one fiscal year, and its header rows when an order file gave them. */
export interface YearSource {
  readonly year: number;
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly billable: ReadonlySet<string>;
  /** Header codes read from an order file; derived from `billable` by the prefix rule when absent. */
  readonly headers?: ReadonlySet<string>;
}

/** One instructional note before its references are extracted. */
export interface NoteInput {
  readonly owner: string;
  readonly kind: TabularNoteKind;
  readonly text: string;
  readonly sourceYear: number;
}

/** The notes of one source and the owners it covers: a covered owner takes its notes from here only. */
export interface NoteSource {
  readonly owners: ReadonlySet<string>;
  readonly notes: readonly NoteInput[];
}

/** A short title as a release file prints it, with the long title it stands beside there. */
export interface ShortTitlePair {
  readonly short: string;
  readonly long: string;
}

export interface CodeIndexInputs {
  readonly years: readonly YearSource[];
  /** Code → title maps, highest priority first (newest source first). */
  readonly titleSources: ReadonlyArray<ReadonlyMap<string, string>>;
  /**
   * Code → short title maps (order files, order addenda), newest first. A code takes the short title
   * of the first source that prints it beside the very long title the code was given, so an older
   * short title never stands for a long title revised since.
   */
  readonly shortTitleSources?: ReadonlyArray<ReadonlyMap<string, ShortTitlePair>>;
  /** Structure sources, newest first. */
  readonly structures: readonly CodeStructureData[];
  /** Note sources, newest first. */
  readonly noteSources: readonly NoteSource[];
  /** The Table of Neoplasms to keep in the index, when a release file gave one. */
  readonly neoplasms?: NeoplasmIndexSection;
}

/** Fiscal year Y runs from October 1 of Y-1 to September 30 of Y. */
export function fiscalYearDates(year: number): { effectiveFrom: string; effectiveTo: string } {
  return { effectiveFrom: `${year - 1}-10-01`, effectiveTo: `${year}-09-30` };
}

/** The structure facts of a parsed tabular file. */
export function structureOfTabular(data: TabularData): CodeStructureData {
  const categoryBlock: Record<string, string> = {};
  for (const diag of data.diags) if (diag.code.length === 3 && diag.block) categoryBlock[diag.code] = diag.block;
  return {
    chapters: data.chapters.map(({ id, title, first, last }) => ({ id, title, first, last })),
    blocks: data.blocks.map(({ id, title, first, last, chapter }) => ({ id, title, first, last, chapter: chapter ?? '' })),
    categoryBlock,
  };
}

/** The note source of a parsed tabular file, every note marked with the file's year. */
export function noteSourceOfTabular(data: TabularData, year: number): NoteSource {
  return { owners: data.owners, notes: data.notes.map((note) => ({ ...note, sourceYear: year })) };
}

/** Builds the index from parsed sources. */
export function buildCodeIndex(inputs: CodeIndexInputs): CodeIndexData {
  const years = [...inputs.years].sort((a, b) => b.year - a.year);
  const headersByYear = years.map((year) => year.headers ?? new Set(deriveHeaders(year.billable)));
  const all = new Set<string>();
  years.forEach((year, index) => {
    for (const code of year.billable) all.add(code);
    for (const code of headersByYear[index] as ReadonlySet<string>) all.add(code);
  });
  const codes = [...all].sort(compareCodes);
  const titles = codes.map((code) => {
    for (const source of inputs.titleSources) {
      const title = source.get(code);
      if (title !== undefined) return oneLine(title);
    }
    return '';
  });
  const shortTitles = codes.map((code, index) => shortTitleOf(code, titles[index] as string, inputs.shortTitleSources ?? []));
  const status: Record<string, string> = {};
  const yearRecords: CodeSetYear[] = years.map((year, index) => {
    const headers = headersByYear[index] as ReadonlySet<string>;
    status[String(year.year)] = codes
      .map((code) => (year.billable.has(code) ? statusChar.billable : headers.has(code) ? statusChar.header : statusChar.absent))
      .join('');
    return {
      year: year.year,
      label: `ICD-10-CM FY${year.year}`,
      effectiveFrom: year.effectiveFrom,
      effectiveTo: year.effectiveTo,
      billableCount: year.billable.size,
      headerCount: headers.size,
    };
  });
  return {
    format: codeIndexFormat,
    years: yearRecords,
    codes: codes.join('\n'),
    titles: titles.join('\n'),
    shortTitles: shortTitles.join('\n'),
    status,
    structure: mergeStructures(inputs.structures, codes),
    notes: formatNotesText(mergeNotes(inputs.noteSources, all)),
    ...(inputs.neoplasms ? { neoplasms: inputs.neoplasms } : {}),
  };
}

/** The encoded short title of a code whose long title is `longTitle`; see {@link CodeIndexInputs.shortTitleSources}. */
function shortTitleOf(code: string, longTitle: string, sources: ReadonlyArray<ReadonlyMap<string, ShortTitlePair>>): string {
  if (longTitle === '') return noShortTitle;
  for (const source of sources) {
    const pair = source.get(code);
    if (pair !== undefined && oneLine(pair.long) === longTitle) return encodeShortTitle(longTitle, oneLine(pair.short));
  }
  return noShortTitle;
}

/** A title as one line of the index. */
function oneLine(title: string): string {
  return title.replace(/[\r\n]+/g, ' ');
}

function mergeStructures(sources: readonly CodeStructureData[], codes: readonly string[]): CodeStructureData {
  const chapters = new Map<string, CodeStructureData['chapters'][number]>();
  const blocks = new Map<string, { id: string; title: string; first: string; last: string; chapter: string }>();
  const categoryBlock: Record<string, string> = {};
  for (const source of sources) {
    for (const chapter of source.chapters) if (!chapters.has(chapter.id)) chapters.set(chapter.id, chapter);
    for (const block of source.blocks) {
      const known = blocks.get(block.id);
      if (!known) blocks.set(block.id, { ...block });
      else if (known.chapter === '') known.chapter = block.chapter;
    }
    for (const [category, block] of Object.entries(source.categoryBlock)) categoryBlock[category] ??= block;
  }
  // A category that no tabular file places (new since the newest full tabular) joins the block of the
  // closest placed category before it, when that block's range covers it.
  let previousBlock: string | undefined;
  for (const code of codes) {
    if (code.length !== 3) continue;
    const placed = categoryBlock[code];
    if (placed) {
      previousBlock = placed;
      continue;
    }
    const block = previousBlock ? blocks.get(previousBlock) : undefined;
    if (block && code >= block.first && code <= block.last) categoryBlock[code] = block.id;
  }
  return { chapters: [...chapters.values()], blocks: [...blocks.values()], categoryBlock };
}

function mergeNotes(sources: readonly NoteSource[], codes: ReadonlySet<string>): Map<string, NoteRecord[]> {
  const claimed = new Set<string>();
  const byOwner = new Map<string, NoteRecord[]>();
  for (const source of sources) {
    for (const note of source.notes) {
      if (claimed.has(note.owner)) continue;
      // Notes of codes that no loaded year has (deleted since the source's release) are dropped.
      if (!note.owner.includes(' ') && !codes.has(note.owner)) continue;
      const record: NoteRecord = [note.kind, note.text, note.sourceYear, formatRefs(extractCodeRefs(note.text))];
      const list = byOwner.get(note.owner);
      if (list) list.push(record);
      else byOwner.set(note.owner, [record]);
    }
    for (const owner of source.owners) claimed.add(owner);
  }
  return byOwner;
}
