import type { NeoplasmTable } from './neoplasm/model';

/**
 * The code tables as the language service sees them. The service never reads files: the binding or
 * the command line loads the generated index (or imports a release folder) and hands over a
 * {@link CodeSets}. All codes passed in and returned are dotless and upper case (`C7801`).
 */

/** One loaded ICD-10-CM fiscal year. */
export interface CodeSetYear {
  /** Fiscal year, e.g. 2027 for FY2027. */
  readonly year: number;
  /** Display name used in hovers and messages, e.g. `ICD-10-CM FY2027`. */
  readonly label: string;
  /** First and last day the year applies to dates of service (`YYYY-MM-DD`, inclusive). */
  readonly effectiveFrom: string;
  readonly effectiveTo: string;
  readonly billableCount: number;
  readonly headerCount: number;
}

/** Whether a code can be reported on its own (billable) or needs more characters (header). */
export type CodeStatus = 'billable' | 'header';

/**
 * A reference inside an instructional note to a code or a range of codes, as dotless prefixes.
 * `C83.3-` is `{ first: 'C833', last: 'C833' }`; `C81-C86` is `{ first: 'C81', last: 'C86' }`.
 * A code matches when its prefix of the bound's length lies between the bounds.
 */
export interface CodeRangeRef {
  readonly first: string;
  readonly last: string;
}

/** The kinds of tabular instructional notes the importers keep. */
export type TabularNoteKind =
  | 'excludes1'
  | 'excludes2'
  | 'codeFirst'
  | 'useAdditionalCode'
  | 'codeAlso'
  | 'inclusionTerm'
  | 'includes';

/** One instructional note line, with the codes it names already extracted. */
export interface TabularNote {
  readonly kind: TabularNoteKind;
  /** The note text as published. */
  readonly text: string;
  readonly refs: readonly CodeRangeRef[];
  /** Where the note is printed: a dotted code (`C78`), or a block id (`C76-C80`), or `chapter 2`. */
  readonly owner: string;
  /** The release year the note text comes from (2027 for the FY2027 excerpt, 2025 for the FY2025 chapter-2 tabular, 2021 for the FY2021 XML). */
  readonly sourceYear: number;
}

/** A chapter, block (section) or category heading on the path to a code. */
export interface CodePathEntry {
  /** `2` for a chapter, `C76-C80` for a block, `C78` for a category. */
  readonly id: string;
  readonly title: string;
}

/** Chapter › block › category path of a code. Absent parts are unknown. */
export interface CodePath {
  readonly chapter?: CodePathEntry;
  readonly block?: CodePathEntry;
  readonly category?: CodePathEntry;
}

/** The loaded ICD-10-CM code tables, all years at once. */
export interface CodeSets {
  /** Loaded years, newest first. Never empty. */
  readonly years: readonly CodeSetYear[];
  /** The newest loaded year (used for notes, which carry no date). */
  readonly newest: CodeSetYear;
  /**
   * The year whose effective dates cover the date (`YYYY-MM-DD`); the newest year when the date is
   * absent or later than all, the oldest when it is earlier than all.
   */
  yearFor(date: string | undefined): CodeSetYear;
  /** Billable, header, or undefined when the code does not exist in that year. */
  status(code: string, year: number): CodeStatus | undefined;
  /** The official long title from the newest source that has one. Undefined for a header nobody titled. */
  title(code: string): string | undefined;
  /**
   * The official short title (at most 60 characters, the order file's "short description") printed
   * beside the long title that {@link title} gives; undefined when no loaded release file prints one
   * for that long title. Optional so that code sets made for tests need not provide it.
   */
  shortTitle?(code: string): string | undefined;
  /** Loaded years (newest first) in which the code exists as billable or header. */
  yearsWith(code: string): readonly number[];
  /** Billable codes that start with `prefix` in that year, in code order, at most `limit`. */
  billableWithPrefix(prefix: string, year: number, limit: number): readonly string[];
  /** All codes (billable and header) that start with `prefix` in that year, in code order, at most `limit`. */
  codesWithPrefix(prefix: string, year: number, limit: number): readonly string[];
  /** How many codes (billable and header) start with `prefix` in that year. */
  countWithPrefix(prefix: string, year: number): number;
  /** Up to `limit` valid codes of that year closest to an unknown code (shared prefix, then edit distance). */
  nearest(code: string, year: number, limit: number): readonly string[];
  /** The code's own notes followed by those inherited from its parents, category, block and chapter. */
  notes(code: string): readonly TabularNote[];
  /** Chapter › block › category of the code. */
  path(code: string): CodePath;
  /**
   * The Table of Neoplasms of the newest release that had one (unpacked on the first call, then kept by
   * these code sets); undefined when no loaded release file gave a table. Optional so that code sets
   * made for tests need not provide it.
   */
  neoplasmTable?(): NeoplasmTable | undefined;
}
