/**
 * The UTF-16 code units of the span a read tokenizes, copied into a typed array that the token buffer
 * keeps from one read to the next. The tokenizer reads every character of an encounter and its word
 * table compares every word with its entry: `charCodeAt` on the note costs a check of the string's
 * representation per call (a note cut from a longer text is a slice of it), an element of a typed
 * array one load. A span of ASCII characters, as clinical notes mostly are, is copied by the platform's
 * encoder and widened in one native copy; any other span is copied code by code, which costs about
 * what the tokenizer saves on it, so such a note reads as fast as before.
 *
 * Positions past the span (a word the span's end cuts runs on to its end in the text, as the tokenizer
 * has always read it) are read from the text itself. The copy is valid until the next `load` or `finish`.
 */
export class SpanCodes {
  /** Arrays longer than this (a span over a million characters) are let go when the read ends. */
  private static readonly BOUND = 1 << 20;
  private readonly encoder = new TextEncoder();
  private codes = new Uint16Array(0);
  private bytes = new Uint8Array(0);
  private base = 0;
  private length = 0;

  /** Copies `text[start, end)`; `at` then answers for every position from `start` on. */
  load(text: string, start: number, end: number): void {
    const length = Math.max(0, Math.min(end, text.length) - start);
    if (this.codes.length < length) this.allocate(length);
    const codes = this.codes;
    this.base = start;
    this.length = length;
    if (!this.copyAscii(text, start, length, codes)) {
      for (let index = 0; index < length; index++) codes[index] = text.charCodeAt(start + index);
    }
  }

  /** Ends a read: arrays made for a very long span are not kept. */
  finish(): void {
    if (this.codes.length > SpanCodes.BOUND) this.release();
  }

  /** The copied codes: `view[position - start]` for a position of the span (`codeIn` reads them). */
  get view(): Uint16Array {
    return this.codes;
  }

  /** How many codes were copied (the span's length, or 0 after a very long one was let go). */
  get copied(): number {
    return this.length;
  }

  /** Whether `text[from, to)` (inside the span) is spelled exactly as `word`. */
  spells(word: string, from: number, to: number): boolean {
    if (word.length !== to - from) return false;
    const offset = from - this.base;
    for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) !== this.codes[offset + at]) return false;
    return true;
  }

  /** Whether `text[from, to)` (inside the span) is spelled exactly as the `to - from` codes of `spellings` from `spellingStart`. */
  spellsCodes(spellings: Uint16Array, spellingStart: number, from: number, to: number): boolean {
    const codes = this.codes;
    const offset = from - this.base - spellingStart;
    for (let at = spellingStart; at < spellingStart + to - from; at++) if (spellings[at] !== codes[offset + at]) return false;
    return true;
  }

  /** Whether `to` lies inside the span, so that `spells` and `spellsCodes` may read up to it. */
  holds(to: number): boolean {
    return to - this.base <= this.length;
  }

  /** Encodes an ASCII span as bytes and widens them into `codes`; false (nothing promised) when it holds any other character. */
  private copyAscii(text: string, start: number, length: number, codes: Uint16Array): boolean {
    if (this.bytes.length < length) return false;
    const bytes = this.bytes.subarray(0, length);
    // Every character past U+007F takes two or more bytes, so the span fits in `length` bytes only when it is ASCII.
    if (this.encoder.encodeInto(text.slice(start, start + length), bytes).read !== length) return false;
    codes.set(bytes);
    return true;
  }

  private allocate(length: number): void {
    this.codes = new Uint16Array(length);
    this.bytes = new Uint8Array(length);
  }

  /** Lets go of arrays made for one very long span; `at` reads the text itself until the next `load`. */
  private release(): void {
    this.codes = new Uint16Array(0);
    this.bytes = new Uint8Array(0);
    this.length = 0;
  }
}

/**
 * The code unit at `position` (`start` or later), as `text.charCodeAt(position)` gives it (NaN past the
 * text's end): from `view`, the copy of `copied` codes from `start` on (`SpanCodes`), inside it, and from
 * the text past it. A function of plain arguments, so the tokenizer's loops keep them in registers.
 */
export function codeIn(view: Uint16Array, start: number, copied: number, text: string, position: number): number {
  const index = position - start;
  return index < copied ? view[index] ?? 0 : text.charCodeAt(position);
}
