import type { Position } from 'vscode-languageserver-types';
import { lastAtOrBefore } from '../sortedSearch';
import type { LineStarts } from './lineStarts';
import { StartTableBuilder } from './startTable';
import type { StartTable } from './startTable';
import type { TextReader } from './textReader';

/** One run of a text: `source.substring(start, end)`. */
export interface Piece {
  readonly source: string;
  readonly start: number;
  readonly end: number;
}

const CR = 13;
const LF = 10;

export function isEol(code: number): boolean {
  return code === CR || code === LF;
}

/**
 * One version of a document's text, never changed once made: its pieces (slices of a flat text and the
 * strings edits inserted) and its line starts, with the position semantics of
 * `vscode-languageserver-textdocument` (`\n`, `\r\n` and `\r` end lines; a position never falls between
 * a `\r` and its `\n`). Reading a character or a slice goes through the pieces, so a text that edits
 * made of pieces is never copied whole by reading it.
 */
export class TextView implements TextReader {
  readonly #pieces: readonly Piece[];
  readonly #pieceStarts: readonly number[];
  readonly #lines: LineStarts;
  readonly length: number;
  /**
   * The piece the last read landed in: reads come in runs over nearby offsets (a segment, a claim), so
   * checking it first spares most binary searches over the pieces. It changes no answer.
   */
  #lastPiece = 0;

  constructor(pieces: readonly Piece[], pieceStarts: readonly number[], length: number, lines: LineStarts) {
    this.#pieces = pieces;
    this.#pieceStarts = pieceStarts;
    this.length = length;
    this.#lines = lines;
  }

  get lineCount(): number {
    return this.#lines.count;
  }

  charCodeAt(offset: number): number {
    const index = this.#pieceAt(offset);
    const piece = this.#pieces[index];
    return piece === undefined ? Number.NaN : piece.source.charCodeAt(piece.start + offset - (this.#pieceStarts[index] ?? 0));
  }

  slice(start: number, end: number): string {
    let from = Math.max(0, start);
    const to = Math.min(end, this.length);
    const only = this.#pieces.length === 1 ? this.#pieces[0] : undefined;
    if (only !== undefined) return from < to ? only.source.substring(only.start + from, only.start + to) : '';
    let text = '';
    for (let index = Math.max(0, this.#pieceAt(from)); index < this.#pieces.length && from < to; index++) {
      const piece = this.#pieces[index] as Piece;
      const pieceStart = this.#pieceStarts[index] ?? 0;
      const stop = Math.min(to, pieceStart + piece.end - piece.start);
      text += piece.source.substring(piece.start + from - pieceStart, piece.start + stop - pieceStart);
      from = stop;
    }
    return text;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(Math.min(offset, this.length), 0);
    const line = this.lineOf(clamped);
    const lineStart = this.#lines.start(line);
    return { line, character: this.#beforeEol(clamped, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineCount) return this.length;
    if (position.line < 0) return 0;
    const lineStart = this.#lines.start(position.line);
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < this.lineCount ? this.#lines.start(position.line + 1) : this.length;
    return this.#beforeEol(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  /** The last line starting at or before `offset` (binary search). */
  lineOf(offset: number): number {
    return this.#lines.lineOf(offset);
  }

  /** Moves an offset that follows a line break's first character back before it (as the reference implementation does). */
  #beforeEol(offset: number, lineStart: number): number {
    let moved = offset;
    while (moved > lineStart && isEol(this.charCodeAt(moved - 1))) moved--;
    return moved;
  }

  /** The piece holding `offset` (binary search unless it is the last piece read), or -1 past the end. */
  #pieceAt(offset: number): number {
    if (offset >= this.length) return -1;
    const last = this.#lastPiece;
    const lastStart = this.#pieceStarts[last] ?? 0;
    const lastPiece = this.#pieces[last];
    if (lastPiece !== undefined && offset >= lastStart && offset < lastStart + lastPiece.end - lastPiece.start) return last;
    const found = lastAtOrBefore(this.#pieceStarts, this.#pieceStarts.length, offset);
    if (found >= 0) this.#lastPiece = found;
    return found;
  }
}

/**
 * The starts of the lines that the line breaks of `text` begin, as offsets plus `base`, preceded by
 * `base` itself when `atLineStart`. Two passes (count, then fill) give an array of the exact size and
 * no garbage.
 */
export function lineStartsOf(text: string, base: number, atLineStart: boolean): Int32Array {
  const starts = new Int32Array((atLineStart ? 1 : 0) + countLineBreaks(text));
  let index = 0;
  if (atLineStart) starts[index++] = base;
  visitLineStarts(text, (offset) => {
    starts[index++] = base + offset;
  });
  return starts;
}

/** The line starts of a whole text (0 first), in a table of the exact size, packed where it can be. */
export function lineStartTableOf(text: string): StartTable {
  const starts = new StartTableBuilder(1 + countLineBreaks(text));
  starts.push(0);
  // The usual text has no `\r`: a plain loop, without a call per line.
  if (text.indexOf('\r') === -1) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  } else {
    visitLineStarts(text, (offset) => starts.push(offset));
  }
  return starts.build();
}

/** How many line breaks `text` has (a `\r\n` is one); `indexOf` is much faster than reading every character. */
function countLineBreaks(text: string): number {
  let count = 0;
  if (text.indexOf('\r') === -1) {
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    return count;
  }
  visitLineStarts(text, () => {
    count++;
  });
  return count;
}

/**
 * Calls `found` with the offset after each line break of `text`, in order: after each `\n`, and after
 * each `\r` that no `\n` follows (a `\r\n` is one line break, which ends at its `\n`).
 */
function visitLineStarts(text: string, found: (offset: number) => void): void {
  let lf = text.indexOf('\n');
  let cr = text.indexOf('\r');
  while (lf !== -1 || cr !== -1) {
    if (cr !== -1 && (lf === -1 || cr < lf)) {
      if (cr + 1 !== lf) found(cr + 1);
      cr = text.indexOf('\r', cr + 1);
    } else {
      found(lf + 1);
      lf = text.indexOf('\n', lf + 1);
    }
  }
}

export { CR, LF };
