import { isAscii, isUtf8 } from 'node:buffer';
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import type { Position } from 'vscode-languageserver-types';
import { CutChain, cutLookback, defaultCutSpacing, isaLength, isInterchangeCut } from '../interchangeCut';
import { BytePositionCounter } from './bytePositions';
import { hasControlJunk, incompleteTail, utf16Units } from './utf8Bytes';

/**
 * Cuts one large claim file into byte ranges of whole interchanges, so several workers can check one
 * file. Each interchange (ISA … IEA) is parsed from a fresh seed, so a range that starts at an ISA
 * and ends after an IEA is checked exactly as the single-threaded stream checks it; the range carries
 * the line and character of its first byte, so its findings are positioned in the whole file.
 *
 * The cut is conservative, because the output must be byte for byte that of `--jobs 1`:
 * - only where the streaming reader of `--jobs 1` ends a piece at an interchange boundary (the rule
 *   and its chain are in ../interchangeCut.ts): an `ISA` directly after an `IEA` ending in that
 *   header's terminator; text between interchanges, a missing IEA or a damaged header keeps the
 *   two interchanges in one range;
 * - never after binary junk or a character that did not decode (U+FFFD) has been seen: the file
 *   reports a bounded number of junk runs, counted across interchanges, and the workers decode their
 *   ranges on their own. The rest of such a file is one range.
 * - never after a range has grown past {@link defaultGiveUpBytes} without a cut: a file of one huge
 *   interchange is then handed to one worker at once rather than read through first.
 * The main thread reads the file once for this, as bytes that it does not decode (the marks it looks
 * for are ASCII, and characters are counted only for the positions of the cuts), keeping only a short
 * tail between reads, so its memory does not grow with the file, and the workers read their own ranges. Once it stops cutting
 * it stops reading: the rest of the file is the last range.
 */

/** A byte range of a claim file and where its first character sits in the whole file. */
export interface FileRange {
  readonly startByte: number;
  /** Exclusive; undefined for the rest of the file. */
  readonly endByte: number | undefined;
  readonly origin: Position;
}

/**
 * Bytes kept between reads: enough to look back over an IEA segment and its line breaks in
 * characters ({@link cutLookback} characters are at most four bytes each) and to read an ISA header.
 */
const lookBytes = 4 * cutLookback;
const headerBytes = 4 * isaLength;
/** How far past the last cut candidate a read keeps bytes, so every candidate is looked at once with its whole header. */
const keptBytes = lookBytes + headerBytes;
/** How long a range may grow without a cut before the cutter stops looking (a quick read, against a gigabyte). */
export const defaultGiveUpBytes = 64 * 1024 * 1024;

const byteOrderMark = [0xef, 0xbb, 0xbf];
const replacementCharacter = Buffer.from('\ufffd', 'utf8');

/** The cutting state of one file, which it reads as bytes: the checker's decode is left to the workers. */
export class InterchangeCutter {
  /** The bytes kept from earlier reads followed by the latest read. */
  #bytes: Buffer = Buffer.alloc(0);
  /** Byte offset of `#bytes` in the file. */
  #byte = 0;
  /** Characters (UTF-16 units, after a byte order mark) before `#bytes`: the streaming reader counts its cuts in these. */
  #chars = 0;
  /** How much of `#bytes` the position counter and the character count have passed. */
  #passed = 0;
  /** How much of `#bytes` the junk test has passed (never less than {@link #passed}). */
  #tested = 0;
  /** Where in `#bytes` the search for the next ISA resumes. */
  #searchFrom = 0;
  readonly #counter = new BytePositionCounter();
  #chunkStart = 0;
  #chunkOrigin: Position = { line: 0, character: 0 };
  readonly #chain: CutChain;
  /** False after junk, or a range too long without a cut: the rest of the file is one range. */
  #cutting = true;
  #first = true;

  /**
   * @param targetBytes A range ends at the first cut at least this many bytes after its start.
   * @param giveUpBytes No cut is looked for once a range has grown past this without one.
   * @param cutSpacing The streaming reader's spacing of piece-ending cuts (see ../interchangeCut.ts).
   */
  constructor(private readonly targetBytes: number, private readonly giveUpBytes = defaultGiveUpBytes, cutSpacing = defaultCutSpacing) {
    this.#chain = new CutChain(cutSpacing);
  }

  /** Takes the next bytes read and returns the ranges they complete; `ended` once the file has been read. */
  feed(read: Buffer, ended = false): FileRange[] {
    this.#bytes = this.#bytes.length === 0 ? read : Buffer.concat([this.#bytes, read]);
    if (this.#first && !this.#dropByteOrderMark(ended)) return [];
    if (!this.#cutting) return [];
    const ranges = this.#cuts(ended);
    if (this.#byte + this.#passed - this.#chunkStart > this.giveUpBytes) this.#cutting = false;
    return ranges;
  }

  /** Whether more text may still be cut; when not, {@link finish} gives the rest of the file. */
  get cutting(): boolean {
    return this.#cutting;
  }

  /** The last range, once the file has been read. */
  finish(): FileRange {
    return { startByte: this.#chunkStart, endByte: undefined, origin: this.#chunkOrigin };
  }

  /**
   * Editors hide a byte order mark: columns are counted without it, its three bytes still count.
   * False while the first bytes do not yet tell.
   */
  #dropByteOrderMark(ended: boolean): boolean {
    const bytes = this.#bytes;
    if (bytes.length < byteOrderMark.length && !ended) return false;
    this.#first = false;
    if (byteOrderMark.every((byte, index) => bytes[index] === byte)) {
      this.#bytes = bytes.subarray(byteOrderMark.length);
      this.#byte = byteOrderMark.length;
    }
    return true;
  }

  #cuts(ended: boolean): FileRange[] {
    const bytes = this.#bytes;
    // Only bytes that end on a character boundary are looked at; the rest wait for the next read.
    const complete = ended ? bytes.length : bytes.length - incompleteTail(bytes, bytes.length);
    if (this.#holdsJunk(complete)) {
      this.#cutting = false;
      return [];
    }
    const ranges: FileRange[] = [];
    // A candidate is looked at once its header is read in full (or the file has ended).
    const searchEnd = ended ? complete : complete - headerBytes;
    let at = bytes.indexOf('ISA', Math.max(1, this.#searchFrom));
    for (; at !== -1 && at < searchEnd; at = bytes.indexOf('ISA', at + 1)) {
      const range = this.#rangeEndingAt(at, complete);
      if (range !== undefined) ranges.push(range);
    }
    this.#searchFrom = at === -1 ? Math.max(this.#searchFrom, searchEnd - 2) : at;
    // Candidates whose header is not yet read in full are looked at after the next read: the counter waits for them.
    this.#pass(Math.min(complete, this.#searchFrom));
    this.#keep();
    return ranges;
  }

  /** Whether the bytes not yet tested, up to `to`, hold junk the checker reports or a character that did not decode. */
  #holdsJunk(to: number): boolean {
    const bytes = this.#bytes;
    const from = this.#tested;
    if (to <= from) return false;
    this.#tested = to;
    const fresh = bytes.subarray(from, to);
    if (hasControlJunk(bytes, from, to)) return true;
    return !isAscii(fresh) && (!isUtf8(fresh) || fresh.indexOf(replacementCharacter) !== -1);
  }

  /** The range that ends at the ISA at `at`, if an interchange cut there ends one; `complete` bytes are valid. */
  #rangeEndingAt(at: number, complete: number): FileRange | undefined {
    const look = this.#window(at, complete);
    // Every cut is followed through the reader's chain, also those too early to end a range.
    if (!isInterchangeCut(look.text, look.at)) return undefined;
    this.#pass(at);
    if (!this.#chain.endsPiece(this.#chars)) return undefined;
    const startByte = this.#byte + at;
    if (startByte - this.#chunkStart < this.targetBytes) return undefined;
    const range = { startByte: this.#chunkStart, endByte: startByte, origin: this.#chunkOrigin };
    this.#chunkStart = startByte;
    this.#chunkOrigin = this.#counter.position;
    return range;
  }

  /**
   * The text around the ISA at `at` that the cut test reads: {@link cutLookback} characters before it
   * and its header after. Bytes from a character boundary at least {@link lookBytes} before it hold
   * at least that many characters; a file that is ASCII there is read as Latin-1 without decoding.
   */
  #window(at: number, complete: number): { text: string; at: number } {
    const bytes = this.#bytes;
    let from = Math.max(0, at - lookBytes);
    const to = Math.min(complete, at + headerBytes);
    if (isAscii(bytes.subarray(from, to))) return { text: bytes.toString('latin1', from, to), at: at - from };
    while (from > 0 && ((bytes[from] as number) & 0xc0) === 0x80) from--;
    const before = bytes.toString('utf8', from, at);
    return { text: before + bytes.toString('utf8', at, to - incompleteTail(bytes, to)), at: before.length };
  }

  /** Passes the position counter and the character count over the bytes up to `to`. */
  #pass(to: number): void {
    if (to <= this.#passed) return;
    this.#counter.advance(this.#bytes, this.#passed, to);
    this.#chars += utf16Units(this.#bytes, this.#passed, to);
    this.#passed = to;
  }

  /** Drops the bytes that no later candidate looks back at. */
  #keep(): void {
    const from = Math.max(0, Math.min(this.#passed, this.#searchFrom) - keptBytes);
    if (from === 0) return;
    this.#bytes = this.#bytes.subarray(from);
    this.#byte += from;
    this.#passed -= from;
    this.#tested -= from;
    this.#searchFrom -= from;
  }
}

/** Yields the ranges of a claim file as it is read; see above. Throws the read's I/O error. */
export async function* interchangeRanges(path: string, targetBytes: number, readBytes = 1 << 20, giveUpBytes?: number, cutSpacing?: number): AsyncGenerator<FileRange> {
  const cutter = new InterchangeCutter(targetBytes, giveUpBytes, cutSpacing);
  const stream = createReadStream(path, { highWaterMark: readBytes });
  try {
    for await (const bytes of stream) {
      yield* cutter.feed(bytes as Buffer);
      if (!cutter.cutting) break;
    }
    if (cutter.cutting) yield* cutter.feed(Buffer.alloc(0), true);
  } finally {
    stream.destroy();
  }
  yield cutter.finish();
}

/**
 * Whether the first `limitBytes` of a file hold a place {@link InterchangeCutter} would cut, found by
 * a byte search alone (a few milliseconds for tens of megabytes): the command line's default `--jobs`
 * splits a large file only when this finds one, so a file of one interchange stays on the main
 * thread, which checks it sooner than one worker would. Throws the read's I/O error.
 */
export function hasInterchangeCut(path: string, limitBytes: number, blockBytes = 4 << 20): boolean {
  const look = cutLookback + isaLength;
  const buffer = Buffer.alloc(blockBytes + look);
  const handle = openSync(path, 'r');
  try {
    let kept = 0;
    for (let position = 0; position < limitBytes;) {
      const read = readSync(handle, buffer, kept, blockBytes, position);
      if (read === 0) return false;
      const end = kept + read;
      for (let at = buffer.indexOf('ISA', 1); at !== -1 && at < end; at = buffer.indexOf('ISA', at + 1)) {
        const from = Math.max(0, at - cutLookback);
        // The marks looked at are ASCII, which no byte of a longer UTF-8 character can be taken for.
        if (at + isaLength <= end && isInterchangeCut(buffer.toString('latin1', from, at + isaLength), at - from)) return true;
      }
      position += read;
      kept = Math.min(look, end);
      buffer.copy(buffer, 0, end - kept, end);
    }
    return false;
  } finally {
    closeSync(handle);
  }
}
