import type { CodePath, CodeSets, CodeSetYear, CodeStatus, TabularNote } from './codeSet';
import { MAX_CODE_LENGTH, SUGGESTION_PROBE_LENGTH, toDotted } from './codeText';
import { codeIndexFormat, force, splitNotesText, statusChar } from './indexData';
import type { CodeIndexData, LoadableCodeIndex, NoteRecord } from './indexData';
import { parseRefs } from './import/noteRefs';
import { rankNearest } from './nearest';
import type { NearestCandidate } from './nearest';
import type { NeoplasmTable } from './neoplasm/model';
import { NeoplasmRowsFormatError, parseNeoplasmRows } from './neoplasm/rowText';
import { createNeoplasmTable } from './neoplasm/table';
import { decodeShortTitle, noShortTitle } from './shortTitleText';
import { CodeIndexFormatError, TitleTable } from './titleTable';
import { CodePositions } from './codePositions';

export { CodeIndexFormatError };

/**
 * The {@link CodeSets} implementation over a {@link CodeIndexData}. Status lookups are one hash hit
 * plus one array read, and a title lookup also cuts the title out of its chunk; prefix queries are a
 * binary search over the sorted code list; title chunks are unpacked on first use or ahead of time
 * ({@link warmCodeSets}), and each owner's notes are parsed on first use.
 */

const BILLABLE_CHAR = statusChar.billable.charCodeAt(0);
const HEADER_CHAR = statusChar.header.charCodeAt(0);

/** Whether a status byte (the index's status character) marks a code valid in its year: billable or a header. */
function isValidStatus(byte: number): boolean {
  return byte === BILLABLE_CHAR || byte === HEADER_CHAR;
}

/**
 * The characters of a status string as bytes, one per code. The encoder copies them natively: a loop
 * over some 200,000 characters ran cold, in the interpreter, on every start of the command line.
 */
function statusBytes(text: string): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  if (bytes.length === text.length) return bytes;
  // A character beyond ASCII (a damaged index) marks its code absent, as any other but B and H does.
  const narrow = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const character = text.charCodeAt(i);
    narrow[i] = character < 128 ? character : 0;
  }
  return narrow;
}

type StructureBlock = CodeIndexData['structure']['blocks'][number];
type StructureChapter = CodeIndexData['structure']['chapters'][number];

const noYears: readonly number[] = Object.freeze([]);
const isoDate = /^[0-9]{4}-[0-9]{2}-[0-9]{2}$/;
const notesMemoLimit = 50_000;

class IndexedCodeSets implements CodeSets {
  readonly years: readonly CodeSetYear[];
  readonly newest: CodeSetYear;
  readonly #data: LoadableCodeIndex;
  readonly #codes: readonly string[];
  readonly #titles: TitleTable;
  readonly #shortTitles: TitleTable;
  readonly #indexOf: CodePositions;
  /** Per year: status per code, as the index's status characters (see {@link isValidStatus}). */
  readonly #status = new Map<number, Uint8Array>();
  /** Per year, built on first use: how many valid codes precede each position. */
  readonly #cumulative = new Map<number, Int32Array>();
  /** Owner → unparsed JSON of its notes, then owner → parsed notes as they are asked for. */
  #rawNotes: Map<string, string> | undefined;
  readonly #parsedNotes = new Map<string, readonly TabularNote[]>();
  readonly #notesOfCode = new Map<string, readonly TabularNote[]>();
  readonly #yearsByMask = new Map<number, readonly number[]>();
  readonly #blockOfId = new Map<string, StructureBlock>();
  readonly #chapterOfId = new Map<string, StructureChapter>();
  /** The Table of Neoplasms once unpacked; null when the index has none. */
  #neoplasms: NeoplasmTable | null | undefined;

  constructor(data: LoadableCodeIndex) {
    if (data.format !== codeIndexFormat) throw new CodeIndexFormatError(`code index format ${data.format} is not supported (expected ${codeIndexFormat})`);
    if (data.years.length === 0) throw new CodeIndexFormatError('the code index holds no year');
    this.#data = data;
    this.years = [...data.years].sort((a, b) => b.year - a.year);
    this.newest = this.years[0] as CodeSetYear;
    this.#codes = data.codes === '' ? [] : data.codes.split('\n');
    this.#titles = new TitleTable(data.titles, this.#codes.length);
    this.#shortTitles = new TitleTable(data.shortTitles, this.#codes.length);
    this.#indexOf = new CodePositions(this.#codes);
    for (const year of this.years) {
      const text = data.status[String(year.year)];
      if (text === undefined || text.length !== this.#codes.length) throw new CodeIndexFormatError(`the code index status of ${year.label} does not match its codes`);
      this.#status.set(year.year, statusBytes(text));
    }
    for (const block of data.structure.blocks) this.#blockOfId.set(block.id, block);
    for (const chapter of data.structure.chapters) this.#chapterOfId.set(chapter.id, chapter);
  }

  yearFor(date: string | undefined): CodeSetYear {
    // Dates compare as text only in the ISO form; anything else counts as "no date".
    if (date === undefined || !isoDate.test(date)) return this.newest;
    // Years are newest first and do not overlap, so the first that started on or before the date
    // covers it (or is the latest before a gap between loaded years).
    for (const year of this.years) if (date >= year.effectiveFrom) return year;
    return this.years[this.years.length - 1] as CodeSetYear;
  }

  status(code: string, year: number): CodeStatus | undefined {
    const index = this.#indexOf.get(code);
    if (index === undefined) return undefined;
    const value = this.#status.get(year)?.[index];
    return value === BILLABLE_CHAR ? 'billable' : value === HEADER_CHAR ? 'header' : undefined;
  }

  title(code: string): string | undefined {
    const index = this.#indexOf.get(code);
    if (index === undefined) return undefined;
    const title = this.#titles.title(index);
    return title === '' ? undefined : title;
  }

  shortTitle(code: string): string | undefined {
    const index = this.#indexOf.get(code);
    if (index === undefined) return undefined;
    const encoded = this.#shortTitles.title(index);
    return encoded === noShortTitle ? undefined : decodeShortTitle(this.#titles.title(index), encoded);
  }

  /**
   * Unpacks up to `budget` title chunks ahead of their first lookup, then the instructional notes; true
   * when nothing is left to unpack.
   * Short-title chunks are not warmed: only inlay hints and the completion list read them, a chunk
   * unpacks in a fraction of a millisecond, and left packed they cost no memory where they are not used.
   */
  warm(budget: number): boolean {
    if (!this.#titles.warm(budget)) return false;
    // The instructional notes are one more piece, split with the last title chunk: the first hover that
    // shows notes would otherwise split them.
    this.#rawNotes ??= splitNotesText(force(this.#data.notes));
    return true;
  }

  /** The plain index data, unpacking lazy parts; used to extend the sets with an imported year. */
  toIndexData(): CodeIndexData {
    const { neoplasms, ...data } = this.#data;
    return { ...data, titles: this.#titles.text(), shortTitles: this.#shortTitles.text(), notes: force(data.notes), ...(neoplasms ? { neoplasms: { release: neoplasms.release, rows: force(neoplasms.rows) } } : {}) };
  }

  neoplasmTable(): NeoplasmTable | undefined {
    if (this.#neoplasms === undefined) {
      const section = this.#data.neoplasms;
      try {
        this.#neoplasms = section ? createNeoplasmTable(section.release, parseNeoplasmRows(force(section.rows))) : null;
      } catch (error) {
        if (error instanceof NeoplasmRowsFormatError) throw new CodeIndexFormatError(error.message);
        throw error;
      }
    }
    return this.#neoplasms ?? undefined;
  }

  yearsWith(code: string): readonly number[] {
    const index = this.#indexOf.get(code);
    if (index === undefined) return noYears;
    // Validation asks this for every code mention, so the answer is a shared array per combination
    // of years rather than a new one per call.
    let mask = 0;
    this.years.forEach((year, position) => {
      if (isValidStatus(this.#status.get(year.year)?.[index] ?? 0)) mask |= 1 << position;
    });
    let years = this.#yearsByMask.get(mask);
    if (!years) {
      years = Object.freeze(this.years.filter((_, position) => (mask & (1 << position)) !== 0).map((year) => year.year));
      this.#yearsByMask.set(mask, years);
    }
    return years;
  }

  billableWithPrefix(prefix: string, year: number, limit: number): readonly string[] {
    return this.#collect(prefix, year, limit, (value) => value === BILLABLE_CHAR);
  }

  codesWithPrefix(prefix: string, year: number, limit: number): readonly string[] {
    return this.#collect(prefix, year, limit, isValidStatus);
  }

  countWithPrefix(prefix: string, year: number): number {
    const cumulative = this.#cumulativeOf(year);
    if (!cumulative) return 0;
    const [start, end] = this.#prefixRange(prefix);
    return (cumulative[end] as number) - (cumulative[start] as number);
  }

  nearest(written: string, year: number, limit: number): readonly string[] {
    const status = this.#status.get(year);
    if (!status || limit <= 0) return [];
    // Only a code's length of the token can resemble a code; ranking the rest would cost time per character.
    const code = written.slice(0, SUGGESTION_PROBE_LENGTH);
    const candidates: NearestCandidate[] = [];
    const seen = new Set<string>();
    // Widen the shared prefix one character at a time until there are enough candidates; each wider
    // step only adds codes that rank below those already found.
    for (let shared = Math.min(code.length, 7); shared >= 1 && candidates.length < limit; shared--) {
      const [start, end] = this.#prefixRange(code.slice(0, shared));
      // Very wide prefixes (one letter) are capped so a hopeless input stays cheap.
      for (let i = start; i < end && i < start + 4000; i++) {
        const candidate = this.#codes[i] as string;
        if (!isValidStatus(status[i] as number) || candidate === code || seen.has(candidate)) continue;
        seen.add(candidate);
        candidates.push({ code: candidate, sharedPrefix: shared, billable: status[i] === BILLABLE_CHAR });
      }
    }
    return rankNearest(code, candidates, limit);
  }

  notes(code: string): readonly TabularNote[] {
    const known = this.#notesOfCode.get(code);
    if (known) return known;
    const result: TabularNote[] = [];
    // Notes sit on codes of at most seven characters; a longer token has none of its own beyond that.
    for (let length = Math.min(code.length, MAX_CODE_LENGTH); length >= 3; length--) result.push(...this.#notesOf(code.slice(0, length)));
    // The block and chapter as `path` finds them, without the category's title: reading it would unpack
    // a chunk of titles that a check of claims never shows.
    const { block, chapter } = this.#blockAndChapter(code);
    if (block) result.push(...this.#notesOf(`block ${block.id}`));
    if (chapter) result.push(...this.#notesOf(`chapter ${chapter.id}`));
    // Rules ask for the same codes over and over; the memo is bounded because unknown codes typed
    // into a long-running server would otherwise grow it forever.
    if (this.#notesOfCode.size >= notesMemoLimit) this.#notesOfCode.clear();
    const frozen = Object.freeze(result);
    this.#notesOfCode.set(code, frozen);
    return frozen;
  }

  path(code: string): CodePath {
    const category = code.slice(0, 3);
    const { block, chapter } = this.#blockAndChapter(code);
    // A category that no source titles (new since the newest full tabular) still shows its id; its
    // title is empty rather than invented.
    const categoryEntry = this.#indexOf.has(category) ? { id: category, title: this.title(category) ?? '' } : undefined;
    return {
      chapter: chapter && { id: chapter.id, title: chapter.title },
      block: block && { id: block.id, title: block.title },
      category: categoryEntry,
    };
  }

  /** The block and chapter of the code's category in the index's structure. */
  #blockAndChapter(code: string): { block: StructureBlock | undefined; chapter: StructureChapter | undefined } {
    const blockId = this.#data.structure.categoryBlock[code.slice(0, 3)];
    const block = blockId === undefined ? undefined : this.#blockOfId.get(blockId);
    return { block, chapter: block ? this.#chapterOfId.get(block.chapter) : undefined };
  }

  #collect(prefix: string, year: number, limit: number, keep: (value: number) => boolean): string[] {
    const status = this.#status.get(year);
    const result: string[] = [];
    if (!status) return result;
    const [start, end] = this.#prefixRange(prefix);
    for (let i = start; i < end && result.length < limit; i++) if (keep(status[i] as number)) result.push(this.#codes[i] as string);
    return result;
  }

  /** The half-open index range of codes starting with `prefix`, by binary search. */
  #prefixRange(prefix: string): [number, number] {
    const start = this.#lowerBound(prefix);
    // Codes use only digits and upper-case letters, so every code with the prefix sorts below prefix + '~'.
    return [start, prefix === '' ? this.#codes.length : this.#lowerBound(`${prefix}~`)];
  }

  #lowerBound(key: string): number {
    let low = 0;
    let high = this.#codes.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((this.#codes[middle] as string) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #cumulativeOf(year: number): Int32Array | undefined {
    const known = this.#cumulative.get(year);
    if (known) return known;
    const status = this.#status.get(year);
    if (!status) return undefined;
    const cumulative = new Int32Array(status.length + 1);
    for (let i = 0; i < status.length; i++) cumulative[i + 1] = (cumulative[i] as number) + (isValidStatus(status[i] as number) ? 1 : 0);
    this.#cumulative.set(year, cumulative);
    return cumulative;
  }

  #notesOf(owner: string): readonly TabularNote[] {
    const parsed = this.#parsedNotes.get(owner);
    if (parsed) return parsed;
    this.#rawNotes ??= splitNotesText(force(this.#data.notes));
    const json = this.#rawNotes.get(owner);
    const display = displayOwner(owner);
    const notes = json === undefined ? [] : (JSON.parse(json) as NoteRecord[]).map(([kind, text, sourceYear, refs]): TabularNote => ({ kind, text, refs: parseRefs(refs), owner: display, sourceYear }));
    this.#parsedNotes.set(owner, notes);
    return notes;
  }
}

/** `C78` for a code owner, `C76-C80` for `block C76-C80`, `chapter 2` unchanged. */
function displayOwner(owner: string): string {
  if (owner.startsWith('block ')) return owner.slice(6);
  if (owner.startsWith('chapter ')) return owner;
  return toDotted(owner);
}

/** Creates the {@link CodeSets} for index data. Throws {@link CodeIndexFormatError} when the data is not a readable index. */
export function createCodeSets(data: LoadableCodeIndex): CodeSets {
  return new IndexedCodeSets(data);
}

/**
 * Does up to `budget` pieces of the work that lookups would otherwise do on first use (today: unpacking
 * one title chunk, about 1 ms each), and says whether nothing is left. Synchronous and bounded, so the
 * binding can call it between requests; code sets not made by {@link createCodeSets} have nothing to do.
 */
export function warmCodeSets(codeSets: CodeSets, budget: number): boolean {
  return codeSets instanceof IndexedCodeSets ? codeSets.warm(budget) : true;
}

/** The index data behind code sets made by {@link createCodeSets}, so a runtime import can extend them. */
export function indexDataOf(codeSets: CodeSets): CodeIndexData | undefined {
  return codeSets instanceof IndexedCodeSets ? codeSets.toIndexData() : undefined;
}
