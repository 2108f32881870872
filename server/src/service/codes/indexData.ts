import type { CodeSetYear, TabularNoteKind } from './codeSet';

/**
 * The layout of the compact code index, as plain JSON-compatible data. Large tables are single
 * strings (one entry per line, parallel to the sorted code list) so that loading is one
 * `JSON.parse` over a few long strings and a `split`, with no per-entry objects to revive. Titles
 * and notes may be supplied lazily (see {@link LoadableCodeIndex}) so that a server starts without
 * unpacking them; notes are one line per owner and each owner's line is parsed on first use.
 */

/** Bumped whenever the layout changes; the loader refuses other versions. */
export const codeIndexFormat = 2;

/** Status characters in {@link CodeIndexData.status}. */
export const statusChar = { billable: 'B', header: 'H', absent: '-' } as const;

/** One source file the index was made from. */
export interface SourceFileRecord {
  /** Path relative to the code-set folder, with `/` separators. */
  readonly file: string;
  readonly sha256: string;
  readonly bytes: number;
}

/** Where the index came from: written as the first line of the index file, readable without unpacking. */
export interface CodeIndexProvenance {
  readonly format: number;
  readonly generator: string;
  /** ISO date-time the index was written. */
  readonly generatedAt: string;
  readonly sources: readonly SourceFileRecord[];
  readonly licence: string;
  /** Free-form facts about how years, titles and notes were combined. */
  readonly notes: readonly string[];
}

/** A chapter, block and the category → block map, for {@link CodeSets.path}. */
export interface CodeStructureData {
  readonly chapters: ReadonlyArray<{ readonly id: string; readonly title: string; readonly first: string; readonly last: string }>;
  readonly blocks: ReadonlyArray<{ readonly id: string; readonly title: string; readonly first: string; readonly last: string; readonly chapter: string }>;
  /** Three-character category → block id. */
  readonly categoryBlock: Readonly<Record<string, string>>;
}

/** One note of an owner: kind, text, source year and references written as by `formatRefs` (`C81-C86,C88`). */
export type NoteRecord = [kind: TabularNoteKind, text: string, sourceYear: number, refs: string];

/** The whole index. */
export interface CodeIndexData {
  readonly format: number;
  /** Loaded years, newest first. */
  readonly years: readonly CodeSetYear[];
  /** Every code that is billable or a header in some loaded year, sorted, joined by `\n`. */
  readonly codes: string;
  /** Titles parallel to `codes`, joined by `\n`; an empty line means "no title known". */
  readonly titles: string;
  /**
   * Official short titles parallel to `codes`, joined by `\n`, each written against the long title of
   * the same line by `encodeShortTitle` (`^` when it equals the long title); an empty line means "no
   * short title known".
   */
  readonly shortTitles: string;
  /** Per year (as a string key), one {@link statusChar} per code, parallel to `codes`. */
  readonly status: Readonly<Record<string, string>>;
  readonly structure: CodeStructureData;
  /**
   * One line per owner: the owner key (dotless code, `block <id>` or `chapter <n>`), a tab, and the
   * JSON of its `NoteRecord[]`.
   */
  readonly notes: string;
  /** The Table of Neoplasms of the newest release that had one; absent when no release file gave it. */
  readonly neoplasms?: NeoplasmIndexSection;
}

/** The Table of Neoplasms in the index: its release and its rows as written by `formatNeoplasmRows`. */
export interface NeoplasmIndexSection {
  /** `FY2025`: the fiscal year of the table's `<version>` or file name. */
  readonly release: string;
  readonly rows: string;
}

/** A value given directly or computed on first use. */
export type Lazy<T> = T | (() => T);

/**
 * Titles cut into chunks of `chunkSize` consecutive codes, each unpacked on its first use, so the
 * first hover does not pay for unpacking every title.
 */
export interface ChunkedTitles {
  readonly chunkSize: number;
  readonly chunkCount: number;
  /** The (long or encoded short) titles of codes `index * chunkSize` up to the next chunk, joined by `\n`. */
  chunk(index: number): string;
}

/** Index data whose large, rarely first-needed parts may be unpacked on demand. */
export interface LoadableCodeIndex extends Omit<CodeIndexData, 'titles' | 'shortTitles' | 'notes' | 'neoplasms'> {
  readonly titles: Lazy<string> | ChunkedTitles;
  readonly shortTitles: Lazy<string> | ChunkedTitles;
  readonly notes: Lazy<string>;
  readonly neoplasms?: { readonly release: string; readonly rows: Lazy<string> };
}

/** Resolves a {@link Lazy} value. */
export function force<T extends string>(value: Lazy<T>): T {
  return typeof value === 'function' ? value() : value;
}

/**
 * Writes notes grouped by owner in the {@link CodeIndexData.notes} layout. Letters beyond ASCII (the
 * accents of eponyms such as Ménière) are written as JSON escapes, which parse to the same text: the
 * index file's notes section is then plain ASCII, which the command line's first note lookup decodes
 * on the engine's fast path instead of the much slower UTF-8 one, for a few dozen letters.
 */
export function formatNotesText(byOwner: ReadonlyMap<string, readonly NoteRecord[]>): string {
  return [...byOwner].map(([owner, records]) => `${owner}\t${asciiJson(records)}`).join('\n');
}

/** JSON text of `value` with every character beyond ASCII escaped (`\u00e9`). */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Splits the notes text into owner → unparsed JSON of its records. */
export function splitNotesText(text: string): Map<string, string> {
  const byOwner = new Map<string, string>();
  if (text === '') return byOwner;
  for (const line of text.split('\n')) {
    const tab = line.indexOf('\t');
    if (tab > 0) byOwner.set(line.slice(0, tab), line.slice(tab + 1));
  }
  return byOwner;
}
