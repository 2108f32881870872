/**
 * The official ICD-10-CM Table of Neoplasms as data: the contract between its importer, the index, the
 * hover and the narrative reader. The table maps an anatomical site written in words ("liver", "lung,
 * upper lobe") to six codes, one per behaviour column. Rows nest (a site, its sub-sites, their
 * sub-sites), and a row may send the reader elsewhere (`see`, `seeAlso`) or carry words in parentheses
 * that do not change the site (`nemod`, "nonessential modifiers").
 */

/** The six behaviour columns of the table, in the order the official file numbers them (columns 2–7). */
export type NeoplasmColumn = 'primary' | 'secondary' | 'in-situ' | 'benign' | 'uncertain' | 'unspecified';

/** The columns in the official order; index 0 is the file's `col="2"` (Malignant Primary). */
export const NEOPLASM_COLUMNS: readonly NeoplasmColumn[] = ['primary', 'secondary', 'in-situ', 'benign', 'uncertain', 'unspecified'];

/** The column headings as the official file prints them, for hovers ("Malignant Secondary"). */
export const NEOPLASM_COLUMN_TITLES: Readonly<Record<NeoplasmColumn, string>> = {
  primary: 'Malignant Primary',
  secondary: 'Malignant Secondary',
  'in-situ': 'Ca in situ',
  benign: 'Benign',
  uncertain: 'Uncertain Behavior',
  unspecified: 'Unspecified Behavior',
};

/** One row of the table (a `<term>` of the official file, or the main term itself at level 0). */
export interface NeoplasmRow {
  /** Position in document order; the main term "Neoplasm, neoplastic" is 0. */
  readonly id: number;
  /** The row's own title as printed, without its nonessential modifiers (`lung`, `upper lobe`). */
  readonly title: string;
  /** Nesting depth: 0 for the main term, 1 for a site, 2–4 for sub-sites. */
  readonly level: number;
  /** The id of the enclosing row; undefined only for the main term. */
  readonly parent: number | undefined;
  /** Words in parentheses after the title (`(pharynx) (tissue)`), as printed. */
  readonly nemod?: string;
  /** Where the index sends the reader instead (`Neoplasm, sinus`), as printed. */
  readonly see?: string;
  /** Where the index sends the reader as well (`Neoplasm, connective tissue`), as printed. */
  readonly seeAlso?: string;
  /** A manifestation text printed under the title (one row in FY2025: `book-leaf (mouth)`), as printed. */
  readonly manif?: string;
  /**
   * The cell of each column as printed: a code (`C78.7`), a code that needs more characters (`C34.9-`), or
   * undefined where the table prints `-` or has no cell.
   */
  readonly cells: Readonly<Partial<Record<NeoplasmColumn, string>>>;
}

/** A row and the column in which a code stands, for "Table of Neoplasms: liver → Malignant Secondary". */
export interface NeoplasmCellRef {
  readonly row: NeoplasmRow;
  readonly column: NeoplasmColumn;
}

/** The loaded table with the look-ups that hovers and the narrative reader need. */
export interface NeoplasmTable {
  /** The release the table came from, e.g. `FY2025`. */
  readonly release: string;
  /** Every row in document order (`rows[id].id === id`). */
  readonly rows: readonly NeoplasmRow[];
  /** The rows directly under a row, in document order. */
  children(id: number): readonly NeoplasmRow[];
  /** The titles from the site down to the row (`['lung', 'upper lobe']`); empty for the main term. */
  path(id: number): readonly string[];
  /** The lower-case words of {@link path} (`['lung', 'upper', 'lobe']`), kept per row once asked for. */
  pathWords(id: number): readonly string[];
  /**
   * The rows whose printed title, or one of its comma-separated variants, equals the site words after
   * normalisation (lower case, single spaces): `findSite('liver')`, `findSite('hepatic')` (both variants
   * of "liver, hepatic" if the table prints it so). Sub-site words are looked up among a row's children
   * with {@link findChild}.
   */
  findSite(words: string): readonly NeoplasmRow[];
  /**
   * The first word of every key {@link findSite} answers for ("bile" for "bile duct", "liver"): words
   * outside this set start no site, so a reader can pass them over without asking for each pair.
   */
  siteFirstWords(): ReadonlySet<string>;
  /** The child of `id` whose title or a variant equals the normalised words, if any. */
  findChild(id: number, words: string): NeoplasmRow | undefined;
  /**
   * The cells that hold this code (dotless or dotted), or a dash-ended prefix of it (`C34.9-` holds
   * `C34.90`), most general row first (lowest level, then document order).
   */
  cellsForCode(code: string): readonly NeoplasmCellRef[];
  /**
   * The row a `see` or `seeAlso` text names (`Neoplasm, skin, limb, lower`), followed as far as the
   * table's rows go (`Neoplasm, skin, by site` gives the `skin` row); undefined when the text points
   * outside the table (`Melanoma`, `Index to disease, by histology`) or its first site is not a row.
   */
  resolveReference(text: string): NeoplasmRow | undefined;
  /**
   * Builds now the indexes that {@link findSite}, {@link cellsForCode} and {@link pathWords} otherwise build on first use,
   * so that the first hover or note read does not wait for them. Answers do not change.
   */
  prepare(): void;
}
