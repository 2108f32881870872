import { cellCode } from './cells';
import { NEOPLASM_COLUMNS } from './model';
import type { NeoplasmCellRef, NeoplasmColumn, NeoplasmRow, NeoplasmTable } from './model';
import { isNoteTitle, normaliseSiteWords, plainTitle, titleVariants } from './siteWords';

/**
 * The {@link NeoplasmTable} over rows in document order. Children lists are made when the table is
 * created; the site-word and code look-ups are built on their first use and kept by the table, so a
 * table nobody asks pays only for the children lists.
 */

/** Thrown when rows do not form a table (ids out of order, a parent after its child). */
export class NeoplasmTableError extends Error {}

const noRows: readonly NeoplasmRow[] = Object.freeze([]);
const noCells: readonly NeoplasmCellRef[] = Object.freeze([]);

class RowTable implements NeoplasmTable {
  readonly release: string;
  readonly rows: readonly NeoplasmRow[];
  readonly #children: NeoplasmRow[][];
  /** Per row, its normalised title variants; made on the first site look-up. */
  #variants: Array<readonly string[]> | undefined;
  /** Normalised site words → rows, most general first; made on the first {@link findSite}. */
  #sites: Map<string, readonly NeoplasmRow[]> | undefined;
  /**
   * Dotless code (without a trailing dash) → the cells that print it, each packed as one number
   * (`row id × 16 + column index × 2 + 1 when dash-ended`). Made for every category in one pass on the
   * first {@link cellsForCode}: a pass per category made the first hover of each category read the
   * whole table again, which a coder hovering codes of many categories met again and again.
   */
  #cells: Map<string, number[]> | undefined;
  /** The first word of every key of {@link #sites}; made on the first {@link siteFirstWords}. */
  #siteFirstWords: ReadonlySet<string> | undefined;
  /** Per row, the lower-case words of its path; made on the first {@link pathWords}. */
  #pathWords: Array<readonly string[]> | undefined;

  constructor(release: string, rows: readonly NeoplasmRow[]) {
    this.release = release;
    this.rows = rows;
    this.#children = rows.map(() => []);
    rows.forEach((row, index) => {
      if (row.id !== index) throw new NeoplasmTableError(`row ${index} has id ${row.id}`);
      if (row.parent === undefined) return;
      if (row.parent < 0 || row.parent >= index) throw new NeoplasmTableError(`row ${index} names parent ${row.parent}, which does not come before it`);
      (this.#children[row.parent] as NeoplasmRow[]).push(row);
    });
  }

  children(id: number): readonly NeoplasmRow[] {
    return this.#children[id] ?? noRows;
  }

  path(id: number): readonly string[] {
    const titles: string[] = [];
    for (let row = this.rows[id]; row !== undefined && row.parent !== undefined; row = this.rows[row.parent]) titles.push(row.title);
    return titles.reverse();
  }

  findSite(words: string): readonly NeoplasmRow[] {
    this.#sites ??= this.#buildSites();
    return this.#sites.get(normaliseSiteWords(words)) ?? noRows;
  }

  siteFirstWords(): ReadonlySet<string> {
    this.#sites ??= this.#buildSites();
    this.#siteFirstWords ??= new Set([...this.#sites.keys()].map((words) => words.split(' ')[0] ?? words));
    return this.#siteFirstWords;
  }

  findChild(id: number, words: string): NeoplasmRow | undefined {
    const wanted = normaliseSiteWords(words);
    const children = this.children(id);
    // The printed title wins over a variant shared by two children.
    return children.find((child) => plainTitle(child.title) === wanted) ?? children.find((child) => this.#variantsOf(child).includes(wanted));
  }

  pathWords(id: number): readonly string[] {
    this.#pathWords ??= this.rows.map((row) => this.path(row.id).join(' ').toLowerCase().split(/[^a-z]+/).filter((word) => word !== ''));
    return this.#pathWords[id] ?? [];
  }

  prepare(): void {
    this.#sites ??= this.#buildSites();
    this.#cells ??= this.#buildCells();
    this.pathWords(0);
  }

  cellsForCode(code: string): readonly NeoplasmCellRef[] {
    const wanted = code.trim().replace('.', '').toUpperCase();
    if (wanted.length < 3) return noCells;
    this.#cells ??= this.#buildCells();
    const cells = this.#cells;
    const found: NeoplasmCellRef[] = [];
    const add = (packed: number): void => {
      found.push({ row: this.rows[packed >> 4] as NeoplasmRow, column: NEOPLASM_COLUMNS[(packed >> 1) & 7] as NeoplasmColumn });
    };
    for (const packed of cells.get(wanted) ?? []) add(packed);
    for (let length = wanted.length - 1; length >= 3; length--) {
      for (const packed of cells.get(wanted.slice(0, length)) ?? []) if ((packed & 1) === 1) add(packed);
    }
    return found.sort(generalFirst);
  }

  resolveReference(text: string): NeoplasmRow | undefined {
    const parts = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
    if (normaliseSiteWords(parts[0] ?? '') !== 'neoplasm' || this.rows.length === 0) return undefined;
    let current: NeoplasmRow | undefined;
    let next = 1;
    while (next < parts.length) {
      const step = this.#longestStep(current, parts, next) ?? this.#leadingWordsStep(current, parts, next);
      if (step === undefined) break;
      current = step.row;
      next += step.used;
    }
    return current;
  }

  /** The row under `from` (a site when `from` is undefined) named by the most of the parts from `start`. */
  #longestStep(from: NeoplasmRow | undefined, parts: string[], start: number): { row: NeoplasmRow; used: number } | undefined {
    for (let end = parts.length; end > start; end--) {
      const row = this.#rowUnder(from, parts.slice(start, end).join(', '));
      if (row) return { row, used: end - start };
    }
    return undefined;
  }

  /**
   * A reference may run a site and its sub-site together without a comma (`Neoplasm, lymph gland` for
   * the `gland` row under `lymph, lymphatic channel NEC`): the leading words name the row, and the
   * rest of the part is left for the next step.
   */
  #leadingWordsStep(from: NeoplasmRow | undefined, parts: string[], start: number): { row: NeoplasmRow; used: number } | undefined {
    const words = (parts[start] as string).split(' ');
    for (let count = words.length - 1; count >= 1; count--) {
      const row = this.#rowUnder(from, words.slice(0, count).join(' '));
      if (!row) continue;
      parts[start] = words.slice(count).join(' ');
      return { row, used: 0 };
    }
    return undefined;
  }

  #rowUnder(from: NeoplasmRow | undefined, words: string): NeoplasmRow | undefined {
    return from === undefined ? this.findSite(words).find((site) => site.level === 1) : this.findChild(from.id, words);
  }

  #variantsOf(row: NeoplasmRow): readonly string[] {
    this.#variants ??= this.rows.map((each) => (each.level === 0 || isNoteTitle(each.title) ? [] : titleVariants(each.title)));
    return this.#variants[row.id] ?? [];
  }

  #buildSites(): Map<string, readonly NeoplasmRow[]> {
    const found = new Map<string, Array<{ row: NeoplasmRow; printed: boolean }>>();
    for (const row of this.rows) {
      const variants = this.#variantsOf(row);
      if (variants.length === 0) continue;
      const plain = plainTitle(row.title);
      for (const variant of variants) {
        const entry = { row, printed: variant === plain };
        const list = found.get(variant);
        if (list) list.push(entry);
        else found.set(variant, [entry]);
      }
    }
    // Most general first; among rows of one level, a row printed with exactly these words comes first.
    const sites = new Map<string, readonly NeoplasmRow[]>();
    for (const [words, list] of found) {
      if (list.length > 1) list.sort((a, b) => a.row.level - b.row.level || Number(b.printed) - Number(a.printed) || a.row.id - b.row.id);
      sites.set(words, list.map((entry) => entry.row));
    }
    return sites;
  }

  /** Every printed cell (`C78.0-`, `C61`) by the code it prints. */
  #buildCells(): Map<string, number[]> {
    const cells = new Map<string, number[]>();
    for (const row of this.rows) {
      for (let column = 0; column < NEOPLASM_COLUMNS.length; column++) {
        const printed = row.cells[NEOPLASM_COLUMNS[column] as NeoplasmColumn];
        if (printed === undefined) continue;
        const { code, needsMoreCharacters } = cellCode(printed);
        const packed = row.id * 16 + column * 2 + (needsMoreCharacters ? 1 : 0);
        const list = cells.get(code);
        if (list) list.push(packed);
        else cells.set(code, [packed]);
      }
    }
    return cells;
  }
}

/** Lowest level first, then document order, then the table's column order. */
function generalFirst(a: NeoplasmCellRef, b: NeoplasmCellRef): number {
  return a.row.level - b.row.level || a.row.id - b.row.id || NEOPLASM_COLUMNS.indexOf(a.column) - NEOPLASM_COLUMNS.indexOf(b.column);
}

/**
 * Creates the table for rows in document order (`rows[i].id === i`, parents before children), as the
 * importer or the index section gives them. `release` names the release, e.g. `FY2025`.
 */
export function createNeoplasmTable(release: string, rows: readonly NeoplasmRow[]): NeoplasmTable {
  return new RowTable(release, rows);
}
