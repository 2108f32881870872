import type { NeoplasmRow, NeoplasmTable } from '../codes/neoplasm/model';
import { rowForPath } from './tablePath';
import { TableSitePhrases } from './tableSitePhrases';
import type { Token } from './token';

/**
 * Which words of a note are site rows of the Table of Neoplasms ("pancreas", "bile duct"): the site
 * finder asks once or twice for every word, so the answers are remembered per reader context, in a map
 * per first word (asking costs no string concatenation and no closure). Each map is cleared when it
 * reaches its bound, so memory stays flat however many notes are read.
 */
export class SiteRowIndex {
  private static readonly BOUND = 20_000;
  private readonly byFirstWord = new Map<string, Map<string, boolean>>();
  /** The first word asked about last and its answers: the finder asks about a word pair, then about its first word alone. */
  private lastFirst = '';
  private lastInner = new Map<string, boolean>();
  /** The first words of the table's site keys: any other word starts no row, and is answered without a look-up per pair. */
  private firstWords: ReadonlySet<string> | undefined;
  /** The titles of two words or more as written ("gland of Bartholin", "piriform sinus"); made on the first look-up. */
  private phrases: TableSitePhrases | undefined;

  constructor(private readonly table: NeoplasmTable) {}

  /** Whether the word is the first word of a site key of the table: no other word starts a row. */
  startsRow(word: string): boolean {
    this.firstWords ??= this.table.siteFirstWords();
    return this.firstWords.has(word) || this.titlePhrases().firstWords.has(word);
  }

  /** The longest site title of two words or more written at `index` ("ventricular band of larynx"), as the table key it stands for. */
  titlePhraseAt(tokens: readonly Token[], index: number): { path: readonly string[]; end: number } | undefined {
    return this.titlePhrases().matchAt(tokens, index);
  }

  /** The first words of those titles, which start a row as the keys' first words do. */
  titlePhraseFirstWords(): ReadonlySet<string> {
    return this.titlePhrases().firstWords;
  }

  private titlePhrases(): TableSitePhrases {
    this.phrases ??= new TableSitePhrases(this.table, (row) => !isHistologyReference(row));
    return this.phrases;
  }

  /** Whether `first` (and `second`, unless empty) name a level-1 row; sub-rows ("jaw, carcinoma") are no sites on their own. */
  isSiteRow(first: string, second: string): boolean {
    if (!this.startsRow(first)) return false;
    const inner = first === this.lastFirst ? this.lastInner : this.answersFor(first);
    this.lastFirst = first;
    this.lastInner = inner;
    const known = inner.get(second);
    if (known !== undefined) return known;
    if (inner.size >= SiteRowIndex.BOUND) inner.clear();
    const words = second === '' ? first : `${first} ${second}`;
    const value = this.table.findSite(words).some((row) => row.level === 1 && !isHistologyReference(row));
    inner.set(second, value);
    return value;
  }

  /** Whether the table prints `word` as a row right below the row of `path` ("palatine" below tonsil, "main" below bronchus). */
  namesPartOf(path: readonly string[], word: string): boolean {
    const row = rowForPath(this.table, path);
    return row !== undefined && this.table.findChild(row.id, word) !== undefined;
  }

  private answersFor(first: string): Map<string, boolean> {
    let inner = this.byFirstWord.get(first);
    if (inner === undefined) {
      if (this.byFirstWord.size >= SiteRowIndex.BOUND) this.byFirstWord.clear();
      inner = new Map();
      this.byFirstWord.set(first, inner);
    }
    return inner;
  }
}

/**
 * A row that only sends the reader to a histology's own Index entry ("melanoma — see Melanoma",
 * "mesothelioma — see Mesothelioma", "lipomatous — see Lipoma, by site"): the word names a
 * histology, not a site ("metastatic melanoma" has no site).
 */
function isHistologyReference(row: NeoplasmRow): boolean {
  return row.see !== undefined && !row.see.startsWith('Neoplasm') && Object.keys(row.cells).length === 0;
}
