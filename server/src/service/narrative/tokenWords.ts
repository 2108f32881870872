/**
 * The spellings of the words the tokenizer meets, interned per reader context: a word written before
 * ("liver", "RUL", "3.5") gets the same `raw` and `norm` strings as last time, found by hashing its
 * characters in the note, so reading a note allocates no string per token and asks the lexicons'
 * first-word set once per spelling instead of once per token. The later look-ups by `Token.norm` gain
 * too, because a string keeps its hash once computed. The service creates one table per reader context;
 * it is cleared when a read starts with more than `BOUND` spellings in it, so memory stays flat however
 * many notes are read (a single read may add all of its own words).
 */
export class TokenWords {
  private static readonly BOUND = 1 << 15;
  private static readonly INITIAL_SLOTS = 1 << 12;
  /** Open addressing: entry index + 1 for each used slot, 0 for an empty one; the length is a power of two. */
  private slots = new Int32Array(TokenWords.INITIAL_SLOTS);
  private raws: string[] = [];
  private norms: string[] = [];
  private hashes: number[] = [];
  private lexicals: boolean[] = [];

  /** `firstWords`: the first words of every lexicon phrase (a token that is none of them starts no phrase). */
  constructor(private readonly firstWords: ReadonlySet<string>) {}

  /** How many spellings the table holds. */
  get size(): number {
    return this.raws.length;
  }

  /** Called when a read starts: forgets earlier notes' words once the table holds more than its bound. */
  startRead(): void {
    if (this.raws.length <= TokenWords.BOUND) return;
    this.slots = new Int32Array(TokenWords.INITIAL_SLOTS);
    this.raws = [];
    this.norms = [];
    this.hashes = [];
    this.lexicals = [];
  }

  /**
   * The entry of the spelling `text[from, to)`, interned when new. `lowerCase` says whether the norm is
   * the spelling in lower case (a word) or the spelling itself (a punctuation mark).
   */
  entryOf(text: string, from: number, to: number, lowerCase: boolean): number {
    const hash = hashOf(text, from, to);
    const found = this.find(text, from, to, hash);
    if (found >= 0) return found;
    const raw = text.slice(from, to);
    const lower = lowerCase ? raw.toLowerCase() : raw;
    return this.add(raw, lower === raw ? raw : this.normOf(lower), hash);
  }

  /** The word as written. */
  raw(entry: number): string {
    return this.raws[entry] ?? '';
  }

  /** The word in lower case (the same string for every spelling of it). */
  norm(entry: number): string {
    return this.norms[entry] ?? '';
  }

  /** Whether the word starts a lexicon phrase. */
  lexical(entry: number): boolean {
    return this.lexicals[entry] === true;
  }

  /** The interned string for a lower-case spelling, adding it as an entry of its own. */
  private normOf(norm: string): string {
    const hash = hashOf(norm, 0, norm.length);
    const found = this.find(norm, 0, norm.length, hash);
    if (found >= 0) return this.norms[found] ?? norm;
    this.add(norm, norm, hash);
    return norm;
  }

  private find(text: string, from: number, to: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const entry = (this.slots[slot] ?? 0) - 1;
      if (entry < 0) return -1;
      if (this.hashes[entry] === hash && sameSpelling(this.raws[entry] ?? '', text, from, to)) return entry;
    }
  }

  private add(raw: string, norm: string, hash: number): number {
    const entry = this.raws.length;
    this.raws.push(raw);
    this.norms.push(norm);
    this.hashes.push(hash);
    this.lexicals.push(this.firstWords.has(norm));
    if (2 * this.raws.length > this.slots.length) this.grow();
    else this.place(entry, hash);
    return entry;
  }

  /** Doubles the slots and places every entry again (the table stays at most half full, so probes stay short). */
  private grow(): void {
    this.slots = new Int32Array(this.slots.length * 2);
    for (let entry = 0; entry < this.hashes.length; entry++) this.place(entry, this.hashes[entry] ?? 0);
  }

  private place(entry: number, hash: number): void {
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    while ((this.slots[slot] ?? 0) !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }
}

/** FNV-1a over the UTF-16 code units of `text[from, to)`. */
function hashOf(text: string, from: number, to: number): number {
  let hash = 0x811c9dc5;
  for (let at = from; at < to; at++) hash = Math.imul(hash ^ text.charCodeAt(at), 0x01000193);
  // Thirty bits, so the hash stays a small integer in V8's arrays.
  return hash & 0x3fffffff;
}

/** Whether `word` is spelled exactly as `text[from, to)`. */
function sameSpelling(word: string, text: string, from: number, to: number): boolean {
  if (word.length !== to - from) return false;
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) !== text.charCodeAt(from + at)) return false;
  return true;
}
