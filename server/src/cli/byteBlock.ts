/**
 * Output written straight into UTF-8 bytes. A rule-dense batch has as many findings as claims;
 * formatting each into a string, joining the strings into a block and encoding the block for the pipe
 * made three copies of every finding's text, and the joined strings were the largest single allocation
 * of a run. A {@link ByteBlock} takes each part of a finding once and hands its bytes to the pipe, or to
 * the main thread, as they are.
 */

/** A byte buffer that grows as text is written into it, and hands its bytes over whole. */
export class ByteBlock {
  readonly #initialCapacity: number;
  readonly #encoder = new TextEncoder();
  #bytes: Uint8Array;
  #length = 0;

  constructor(initialCapacity = 96 * 1024) {
    this.#initialCapacity = initialCapacity;
    this.#bytes = new Uint8Array(initialCapacity);
  }

  /** How many bytes have been written since the last {@link take}. */
  get length(): number {
    return this.#length;
  }

  /**
   * The bytes written so far; the block starts a new buffer, so the caller owns what it gets (a pipe
   * may still be writing it, or it may be transferred to another thread).
   */
  take(): Uint8Array {
    const taken = this.#bytes.subarray(0, this.#length);
    this.#bytes = new Uint8Array(this.#initialCapacity);
    this.#length = 0;
    return taken;
  }

  /** Appends bytes made elsewhere (a worker's block). */
  bytes(source: Uint8Array): void {
    this.#reserve(source.length);
    this.#bytes.set(source, this.#length);
    this.#length += source.length;
  }

  /** Appends text known to be ASCII (the format's punctuation, severities). */
  ascii(text: string): void {
    this.#reserve(text.length);
    const bytes = this.#bytes;
    let at = this.#length;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.#length = at;
  }

  /** Appends a non-negative integer's decimal digits (anything else as `String` writes it). */
  integer(value: number): void {
    if (!(value >= 0 && value <= 0x7fffffff && Math.floor(value) === value)) {
      this.utf8(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    this.#reserve(digits);
    const bytes = this.#bytes;
    let rest = value;
    for (let at = this.#length + digits - 1; at >= this.#length; at--) {
      bytes[at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    }
    this.#length += digits;
  }

  /**
   * Appends any text as UTF-8, as `Buffer.from(text)` encodes it (a lone surrogate becomes U+FFFD).
   * ASCII, which most findings are, is copied byte by byte without a call into the encoder.
   */
  utf8(text: string): void {
    const start = this.#length;
    this.#reserve(text.length);
    const bytes = this.#bytes;
    let at = start;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code >= 0x80) {
        this.#length = start;
        this.#encode(text);
        return;
      }
      bytes[at++] = code;
    }
    this.#length = at;
  }

  /**
   * Appends `JSON.stringify(text)` as UTF-8. Text with nothing to escape (quote, backslash, control
   * characters, surrogates) is written between quotes as it is read, without making the quoted string.
   */
  jsonString(text: string): void {
    const start = this.#length;
    // Quotes, and at most three bytes for each UTF-16 unit outside the surrogates.
    this.#reserve(text.length * 3 + 2);
    const bytes = this.#bytes;
    let at = start;
    bytes[at++] = 0x22;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (code < 0x80) {
        if (code < 0x20 || code === 0x22 || code === 0x5c) return this.#escaped(start, text);
        bytes[at++] = code;
      } else if (code < 0x800) {
        bytes[at++] = 0xc0 | (code >> 6);
        bytes[at++] = 0x80 | (code & 0x3f);
      } else if (code >= 0xd800 && code <= 0xdfff) {
        return this.#escaped(start, text);
      } else {
        bytes[at++] = 0xe0 | (code >> 12);
        bytes[at++] = 0x80 | ((code >> 6) & 0x3f);
        bytes[at++] = 0x80 | (code & 0x3f);
      }
    }
    bytes[at++] = 0x22;
    this.#length = at;
  }

  /** Rewinds to `start` and writes the text through `JSON.stringify`, which escapes what needs it. */
  #escaped(start: number, text: string): void {
    this.#length = start;
    this.#encode(JSON.stringify(text));
  }

  #encode(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit (a surrogate pair: four bytes for two units).
    this.#reserve(text.length * 3);
    const { written } = this.#encoder.encodeInto(text, this.#bytes.subarray(this.#length));
    this.#length += written;
  }

  /** Makes room for `count` more bytes. */
  #reserve(count: number): void {
    const needed = this.#length + count;
    if (needed <= this.#bytes.length) return;
    const grown = new Uint8Array(Math.max(needed, this.#bytes.length * 2));
    grown.set(this.#bytes.subarray(0, this.#length));
    this.#bytes = grown;
  }
}
