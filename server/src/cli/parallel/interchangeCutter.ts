import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import type { Position } from 'vscode-languageserver-types';
import { mayHoldBinaryJunk } from '../../service/x12/binaryJunk';
import { PositionCounter } from '../positionCounter';
import { CutChain, defaultCutSpacing, isaLength, isInterchangeCut } from '../interchangeCut';

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
 *   reports a bounded number of junk runs, counted across interchanges, and the byte offsets of a
 *   range are only exact where the text decoded cleanly. The rest of such a file is one range.
 * - never after a range has grown past {@link defaultGiveUpBytes} without a cut: a file of one huge
 *   interchange is then handed to one worker at once rather than read through first.
 * The main thread reads the file once for this, keeping only a short tail between reads, so its
 * memory does not grow with the file, and the workers read their own ranges. Once it stops cutting
 * it stops reading: the rest of the file is the last range.
 */

/** A byte range of a claim file and where its first character sits in the whole file. */
export interface FileRange {
  readonly startByte: number;
  /** Exclusive; undefined for the rest of the file. */
  readonly endByte: number | undefined;
  readonly origin: Position;
}

/** The text kept between reads: enough to look back over an IEA segment and its line break. */
const tailChars = 256;
/** How long a range may grow without a cut before the cutter stops looking (a quick read, against a gigabyte). */
export const defaultGiveUpBytes = 64 * 1024 * 1024;

/** The cutting state of one file: the text not yet looked at, its byte offset and line and character. */
export class InterchangeCutter {
  #text = '';
  /** Byte offset of `#text` in the file. */
  #byte = 0;
  readonly #counter = new PositionCounter();
  #chunkStart = 0;
  #chunkOrigin: Position = { line: 0, character: 0 };
  /** Characters of text dropped before `#text`. */
  #dropped = 0;
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

  /** Takes the next decoded text and returns the ranges it completes. */
  feed(decoded: string): FileRange[] {
    let read = decoded;
    if (this.#first && read.charCodeAt(0) === 0xfeff) {
      // Editors hide a byte order mark: columns are counted without it, its three bytes still count.
      read = read.slice(1);
      this.#byte = 3;
    }
    if (read !== '') this.#first = false;
    this.#text += read;
    if (mayHoldBinaryJunk(read)) this.#cutting = false;
    if (!this.#cutting) return [];
    const ranges = this.#cuts();
    if (this.#byte - this.#chunkStart > this.giveUpBytes) this.#cutting = false;
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

  #cuts(): FileRange[] {
    const ranges: FileRange[] = [];
    const text = this.#text;
    let keepFrom = Math.max(0, text.length - tailChars - isaLength);
    // Byte offsets are summed from cut to cut, so each character is measured once.
    let measured = 0;
    let measuredByte = this.#byte;
    for (let at = text.indexOf('ISA', 1); at !== -1; at = text.indexOf('ISA', at + 1)) {
      // Every cut is followed through the reader's chain, also those too early to end a range.
      if (!isInterchangeCut(text, at) || !this.#chain.endsPiece(this.#dropped + at)) continue;
      measuredByte += Buffer.byteLength(text.slice(measured, at));
      measured = at;
      if (measuredByte - this.#chunkStart < this.targetBytes) continue;
      const origin = this.#counter.positionAt(text, at);
      ranges.push({ startByte: this.#chunkStart, endByte: measuredByte, origin: this.#chunkOrigin });
      this.#chunkStart = measuredByte;
      this.#chunkOrigin = origin;
      // The counter moves forward only, so the text kept starts no earlier than the cut.
      keepFrom = Math.max(keepFrom, at);
    }
    this.#keep(keepFrom);
    return ranges;
  }

  /** Drops the text before `from`, counting its lines and bytes. */
  #keep(from: number): void {
    if (from === 0) return;
    this.#counter.positionAt(this.#text, from);
    this.#counter.rebase(from);
    this.#byte += Buffer.byteLength(this.#text.slice(0, from));
    this.#dropped += from;
    this.#text = this.#text.slice(from);
  }
}

/** Yields the ranges of a claim file as it is read; see above. Throws the read's I/O error. */
export async function* interchangeRanges(path: string, targetBytes: number, readBytes = 1 << 20, giveUpBytes?: number, cutSpacing?: number): AsyncGenerator<FileRange> {
  const cutter = new InterchangeCutter(targetBytes, giveUpBytes, cutSpacing);
  const decoder = new StringDecoder('utf8');
  const stream = createReadStream(path, { highWaterMark: readBytes });
  try {
    for await (const bytes of stream) {
      yield* cutter.feed(decoder.write(bytes as Buffer));
      if (!cutter.cutting) break;
    }
    if (cutter.cutting) cutter.feed(decoder.end());
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
  const look = tailChars + isaLength;
  const buffer = Buffer.alloc(blockBytes + look);
  const handle = openSync(path, 'r');
  try {
    let kept = 0;
    for (let position = 0; position < limitBytes;) {
      const read = readSync(handle, buffer, kept, blockBytes, position);
      if (read === 0) return false;
      const end = kept + read;
      for (let at = buffer.indexOf('ISA', 1); at !== -1 && at < end; at = buffer.indexOf('ISA', at + 1)) {
        const from = Math.max(0, at - tailChars);
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
