import type { Position } from 'vscode-languageserver-types';
import { utf16Units } from './utf8Bytes';

const LF = 0x0a;
const CR = 0x0d;

/**
 * The line and character of a byte offset in a file read front to back in chunks, counted as
 * editors count them (CR LF, CR and LF each end a line; characters in UTF-16 units), as
 * ../positionCounter.ts counts them on decoded text. Bytes are passed to {@link advance} once, in
 * order, and may be dropped afterwards; line breaks are found by a native search, so a payer's file
 * of one line costs a few searches per chunk. The bytes must be valid UTF-8 cut at character
 * boundaries, which the cutter makes sure of before it asks.
 */
export class BytePositionCounter {
  #line = 0;
  #character = 0;
  /** Whether the last byte passed was a CR, whose LF (if next) belongs to the same line break. */
  #afterCr = false;

  /** Where the bytes passed so far end. */
  get position(): Position {
    return { line: this.#line, character: this.#character };
  }

  /** Passes over `bytes[from, to)`, which follow the bytes passed before. */
  advance(bytes: Uint8Array, from: number, to: number): void {
    if (to <= from) return;
    let lineStart = from;
    if (this.#afterCr && bytes[from] === LF) lineStart = from + 1;
    let lf = bytes.indexOf(LF, lineStart);
    let cr = bytes.indexOf(CR, lineStart);
    for (;;) {
      const lineBreak = Math.min(lf === -1 || lf >= to ? Infinity : lf, cr === -1 || cr >= to ? Infinity : cr);
      if (lineBreak === Infinity) break;
      const breakEnd = lineBreak === cr && lf === cr + 1 && lf < to ? cr + 2 : lineBreak + 1;
      this.#line++;
      this.#character = 0;
      lineStart = breakEnd;
      if (lf !== -1 && lf < breakEnd) lf = bytes.indexOf(LF, breakEnd);
      if (cr !== -1 && cr < breakEnd) cr = bytes.indexOf(CR, breakEnd);
    }
    this.#character += utf16Units(bytes, lineStart, to);
    this.#afterCr = bytes[to - 1] === CR;
  }
}
