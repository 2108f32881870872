/**
 * Output gathered as UTF-8 bytes. A rule-dense batch has as many findings as claims; joining their
 * text into one string per block and encoding the block for the pipe made the joined strings the
 * largest single allocation of a run. A {@link ByteBlock} encodes each finding's text once, into a
 * buffer that goes to the pipe, or to the main thread, as it is.
 */

/** Parts up to this many bytes are copied byte by byte rather than with `set`. */
const SHORT_COPY = 64;

/** The largest buffer a block starts again with after {@link ByteBlock.take}, so one huge block is not repeated. */
const MAX_KEPT_CAPACITY = 1 << 20;

/** How many digits a whole number of 31 bits has. */
function decimalDigits(value: number): number {
  let digits = 1;
  for (let rest = value; rest >= 10; rest = (rest / 10) | 0) digits++;
  return digits;
}

/** A byte buffer that grows as text is written into it, and hands its bytes over whole. */
export class ByteBlock {
  readonly #initialCapacity: number;
  #bytes: Buffer;
  #length = 0;

  constructor(initialCapacity = 96 * 1024) {
    this.#initialCapacity = initialCapacity;
    this.#bytes = Buffer.allocUnsafeSlow(initialCapacity);
  }

  /** How many bytes have been written since the last {@link take}. */
  get length(): number {
    return this.#length;
  }

  /**
   * The bytes written so far; the block starts a new buffer, so the caller owns what it gets (a pipe
   * may still be writing it, or it may be transferred to another thread: the buffer is its own, never
   * a slice of a shared pool).
   */
  take(): Uint8Array {
    const taken = this.#bytes.subarray(0, this.#length);
    // The next buffer starts as large as this one grew (within a bound): a piece of a rule-dense batch
    // writes a few hundred kilobytes, and starting each piece small grew and copied its buffer twice.
    this.#bytes = Buffer.allocUnsafeSlow(Math.min(MAX_KEPT_CAPACITY, Math.max(this.#initialCapacity, this.#bytes.length)));
    this.#length = 0;
    return taken;
  }

  /** How many bytes the current buffer holds before it must grow. */
  get capacity(): number {
    return this.#bytes.length;
  }

  /** Appends bytes made elsewhere (a worker's block, a pre-encoded part of the format). */
  bytes(source: Uint8Array): void {
    const length = source.length;
    this.#reserve(length);
    const bytes = this.#bytes;
    const at = this.#length;
    // A finding is written as a few short encoded parts: copying those in a loop costs less than a call to `set`.
    if (length <= SHORT_COPY) {
      for (let i = 0; i < length; i++) bytes[at + i] = source[i] as number;
    } else {
      bytes.set(source, at);
    }
    this.#length = at + length;
  }

  /** Appends a number as `String(value)` writes it; a finding's positions are small whole numbers. */
  decimal(value: number): void {
    // Whole numbers that fit in 31 bits are written with integer arithmetic; anything else as `String` writes it.
    if ((value | 0) !== value || value < 0) {
      this.ascii(String(value));
      return;
    }
    const digits = value < 10 ? 1 : value < 100 ? 2 : value < 1000 ? 3 : value < 10000 ? 4 : value < 100000 ? 5 : decimalDigits(value);
    this.#reserve(digits);
    const bytes = this.#bytes;
    let at = this.#length + digits;
    let rest = value;
    do {
      const tenth = (rest / 10) | 0;
      bytes[--at] = 48 + rest - tenth * 10;
      rest = tenth;
    } while (rest > 0);
    this.#length += digits;
  }

  /** Appends text known to be ASCII (short punctuation); longer or other text goes through {@link utf8}. */
  ascii(text: string): void {
    this.#reserve(text.length);
    const bytes = this.#bytes;
    let at = this.#length;
    for (let i = 0; i < text.length; i++) bytes[at++] = text.charCodeAt(i);
    this.#length = at;
  }

  /** Appends any text as UTF-8, as `Buffer.from(text)` encodes it (a lone surrogate becomes U+FFFD). */
  utf8(text: string): void {
    // UTF-8 takes at most three bytes per UTF-16 unit (a surrogate pair: four bytes for two units).
    this.#reserve(text.length * 3);
    this.#length += this.#bytes.write(text, this.#length);
  }

  /** Makes room for `count` more bytes. */
  #reserve(count: number): void {
    const needed = this.#length + count;
    if (needed <= this.#bytes.length) return;
    const grown = Buffer.allocUnsafeSlow(Math.max(needed, this.#bytes.length * 2));
    this.#bytes.copy(grown, 0, 0, this.#length);
    this.#bytes = grown;
  }
}
