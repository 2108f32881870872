/**
 * The spellings of the words the tokenizer meets, interned per reader context: a word written before
 * ("liver", "RUL", "3.5") gets the same `raw` and `norm` strings as last time, found by hashing its
 * characters in the note, so reading a note allocates no string per token and asks the lexicons'
 * first-word set once per spelling instead of once per token. The later look-ups by `Token.norm` gain
 * too, because a string keeps its hash once computed. The service creates one table per reader context.
 * It holds at most `BOUND` spellings of at most `LONGEST` characters, so memory stays flat however many
 * notes, and however odd ones, are read; the tokenizer cuts any other word from the text, as it would
 * without a table. A full table is kept rather than emptied: the words a reader meets first are mostly
 * the common ones, and emptying it would make every read of a note with more distinct words than the
 * bound fill it again. Each spelling also keeps its word classes (`wordClasses.ts`), worked out once.
 * A full table still takes a spelling the vocabulary has a reading for (any class but a number's shape), up to
 * `VOCABULARY_BOUND`: the reading of a dictated homophone, of a word damage split or OCR damaged, and of a hyphen-broken
 * term needs its words interned, so without this the same note would read differently once a long-lived context had met
 * many other words (a language server reads notes for hours).
 */
import { foldedWord } from './charCodes';
import { readDamagedWord } from './damagedWords';
import type { SpanCodes } from './spanCodes';
import { WORD_CLASS, type WordClassifier } from './wordClasses';

export class TokenWords {
  private static readonly BOUND = 1 << 15;
  /** How many spellings a full table may still take when the vocabulary has a reading for them. */
  private static readonly VOCABULARY_BOUND = 1 << 16;
  private static readonly LONGEST = 64;
  private static readonly INITIAL_SLOTS = 1 << 12;
  private static readonly INITIAL_CODES = 1 << 15;
  /**
   * Open addressing, `SLOT_WIDTH` numbers a slot: the entry index + 1 (0 for an empty slot), the spelling's hash, and
   * where its codes start in `spellings` and how many there are; the slot count is a power of two. A probe reads the
   * hash and length beside the entry and compares the codes in one typed array: the tokenizer asks once per token,
   * and reaching each entry's hash and string through arrays of their own cost a cache miss each.
   */
  private slots = new Int32Array(TokenWords.INITIAL_SLOTS * SLOT_WIDTH);
  /** The UTF-16 codes of every spelling, one after another, as the slots place them. */
  private spellings = new Uint16Array(TokenWords.INITIAL_CODES);
  private spellingsUsed = 0;
  private readonly raws: string[] = [];
  private readonly norms: string[] = [];
  private readonly classBits: number[] = [];

  /** `classify`: the classes of a word from its spellings (which lexicons' phrases it starts, …). */
  constructor(readonly classify: WordClassifier) {}

  /** How many spellings the table holds. */
  get size(): number {
    return this.raws.length;
  }

  /**
   * The entry of the spelling `text[from, to)`, interned when new; -1 when it is new and the table is
   * full or the word too long to keep. `lowerCase` says whether the norm is the spelling in lower case
   * (a word) or the spelling itself (a punctuation mark). `knownHash`, when not negative, is the
   * spelling's `hashOf`, which the tokenizer works out as it scans the word.
   */
  entryOf(text: string, from: number, to: number, lowerCase: boolean, knownHash = -1): number {
    if (to - from > TokenWords.LONGEST) return -1;
    const hash = knownHash >= 0 ? knownHash : hashOf(text, from, to);
    const found = this.find(text, from, to, hash);
    return found >= 0 ? found : this.added(text, from, to, lowerCase, hash);
  }

  /**
   * `entryOf` for the tokenizer, which has the span's codes copied (`codes`): the spelling is compared
   * with an entry's there, not through the note's string; a new word is added as `entryOf` adds it, without a second lookup.
   */
  entryIn(codes: SpanCodes, text: string, from: number, to: number, lowerCase: boolean, knownHash: number): number {
    if (to - from > TokenWords.LONGEST || !codes.holds(to)) return this.entryOf(text, from, to, lowerCase, knownHash);
    const hash = knownHash >= 0 ? knownHash : hashOf(text, from, to);
    const found = this.findIn(codes, from, to, hash);
    return found >= 0 ? found : this.added(text, from, to, lowerCase, hash);
  }

  /** The word as written. */
  raw(entry: number): string {
    return this.raws[entry] ?? '';
  }

  /** The word in lower case (the same string for every spelling of it). */
  norm(entry: number): string {
    return this.norms[entry] ?? '';
  }

  /** The word's classes (`wordClasses.ts`). */
  classes(entry: number): number {
    return this.classBits[entry] ?? 0;
  }

  /** Whether the table holds its first bound, past which it takes only words the vocabulary reads (a spelling may take two entries: as written and in lower case). */
  private full(): boolean {
    return this.raws.length > TokenWords.BOUND - 2;
  }

  /**
   * Adds the spelling `text[from, to)`, which the table does not hold, with its norm and classes (see `entryOf`); -1 when the
   * table is full and the vocabulary reads nothing in the word, which is then worked out once and not kept.
   */
  private added(text: string, from: number, to: number, lowerCase: boolean, hash: number): number {
    if (this.raws.length > TokenWords.VOCABULARY_BOUND - 2) return -1;
    const cut = text.slice(from, to);
    // "MAL1GNANCY", "meta-static": a word that OCR or typing damaged is known by the term it spells (`damagedWords.ts`).
    // "Rosenmüller", "Sézary": a Latin letter's diacritic is left out of the norm, as the vocabulary spells the word.
    const lower = lowerCase ? readDamagedWord(foldedWord(cut.toLowerCase()), this.classify) : cut;
    const classes = this.classify(cut, lower);
    if (this.full() && (classes & ~WORD_CLASS.digitFirst) === 0) return -1;
    const raw = internalized(cut);
    return this.add(raw, lower === cut ? raw : this.normOf(lower), hash, classes);
  }

  /** The interned string for a lower-case spelling, adding it as an entry of its own. */
  private normOf(norm: string): string {
    const hash = hashOf(norm, 0, norm.length);
    const found = this.find(norm, 0, norm.length, hash);
    if (found >= 0) return this.norms[found] ?? norm;
    const kept = internalized(norm);
    this.add(kept, kept, hash, this.classify(kept, kept));
    return kept;
  }

  private find(text: string, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << SLOT_SHIFT;
      const entry = (slots[at] ?? 0) - 1;
      if (entry < 0) return -1;
      if (slots[at + 1] === hash && sameSpelling(this.raws[entry] ?? '', text, from, to)) return entry;
    }
  }

  /** `find` comparing the span's copied codes with the entries' own. */
  private findIn(codes: SpanCodes, from: number, to: number, hash: number): number {
    const slots = this.slots;
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const at = slot << SLOT_SHIFT;
      const entry = (slots[at] ?? 0) - 1;
      if (entry < 0) return -1;
      if (slots[at + 1] === hash && slots[at + 3] === to - from && codes.spellsCodes(this.spellings, slots[at + 2] ?? 0, from, to)) return entry;
    }
  }

  private add(raw: string, norm: string, hash: number, classes: number): number {
    const entry = this.raws.length;
    this.raws.push(raw);
    this.norms.push(norm);
    this.classBits.push(classes);
    const codesAt = this.keepCodes(raw);
    if (2 * this.raws.length > this.slots.length >> SLOT_SHIFT) this.grow();
    this.place(this.slots, entry, hash, codesAt, raw.length);
    return entry;
  }

  /** Copies the spelling's codes after the others', making room by doubling; returns where they start. */
  private keepCodes(raw: string): number {
    const start = this.spellingsUsed;
    if (start + raw.length > this.spellings.length) {
      const wider = new Uint16Array(Math.max(2 * this.spellings.length, start + raw.length));
      wider.set(this.spellings.subarray(0, start));
      this.spellings = wider;
    }
    for (let at = 0; at < raw.length; at++) this.spellings[start + at] = raw.charCodeAt(at);
    this.spellingsUsed = start + raw.length;
    return start;
  }

  /** Doubles the slots and places every entry again (the table stays at most half full, so probes stay short). */
  private grow(): void {
    const old = this.slots;
    const slots = new Int32Array(old.length * 2);
    for (let at = 0; at < old.length; at += SLOT_WIDTH) {
      const entry = (old[at] ?? 0) - 1;
      if (entry >= 0) this.place(slots, entry, old[at + 1] ?? 0, old[at + 2] ?? 0, old[at + 3] ?? 0);
    }
    this.slots = slots;
  }

  private place(slots: Int32Array, entry: number, hash: number, codesAt: number, length: number): void {
    const mask = (slots.length >> SLOT_SHIFT) - 1;
    let slot = hash & mask;
    while ((slots[slot << SLOT_SHIFT] ?? 0) !== 0) slot = (slot + 1) & mask;
    const at = slot << SLOT_SHIFT;
    slots[at] = entry + 1;
    slots[at + 1] = hash;
    slots[at + 2] = codesAt;
    slots[at + 3] = length;
  }
}

/** How many numbers a slot of the table holds (entry + 1, hash, codes' start, length), and its power of two. */
const SLOT_SHIFT = 2;
const SLOT_WIDTH = 1 << SLOT_SHIFT;

/** The start of FNV-1a. */
export const HASH_START = 0x811c9dc5;

/** FNV-1a's step: the running hash with one more UTF-16 code unit. */
export function hashStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** The hash of a spelling from its running hash: thirty bits, so it stays a small integer in V8's arrays. */
export function hashEnd(hash: number): number {
  return hash & 0x3fffffff;
}

/** FNV-1a over the UTF-16 code units of `text[from, to)`. */
export function hashOf(text: string, from: number, to: number): number {
  let hash = HASH_START;
  for (let at = from; at < to; at++) hash = hashStep(hash, text.charCodeAt(at));
  return hashEnd(hash);
}

/**
 * The copy of `word` that V8 keeps in its string table, which a property name becomes: two such strings
 * are equal only when they are the same string, so the many `norm === 'of'` tests and set look-ups of
 * the reader's passes compare a pointer instead of characters (the strings written in the code are in
 * the table too). The copy is a string of its own, not a view into the note the word came from (V8
 * keeps a slice of 13 characters or more as a view into the whole text, and the table outlives the
 * note). A word that is an array index ("12") comes back as a plain copy, which compares as before.
 */
export function internalized(word: string): string {
  const holder: Record<string, boolean> = Object.create(null) as Record<string, boolean>;
  holder[word] = true;
  return Object.keys(holder)[0] ?? word;
}

/** Whether `word` is spelled exactly as `text[from, to)`. */
function sameSpelling(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) !== text.charCodeAt(from + at)) return false;
  return true;
}
