import type { Position } from 'vscode-languageserver-types';
import { lastAtOrBefore } from '../service/sortedSearch';
import type { TextSource } from '../service/spans';
import { stringReader } from '../service/document/textReader';
import type { TextReader } from '../service/document/textReader';

/**
 * A piece of a larger file, parsed behind a context (its interchange's envelope segments) but reporting
 * positions in the whole file, so no finding has to be moved afterwards. Offsets inside the context
 * answer line -1: findings there belong to another piece and are dropped.
 *
 * Line starts are found with `indexOf` and only when a position is first asked for: most pieces of a
 * payer's single-line file have no line break at all, and a character-by-character scan of every piece
 * was the largest cost of the command line's own.
 */
export class PieceDocument implements TextSource {
  readonly uri: string;
  readonly version = 1;
  readonly #text: string;
  readonly #contextLength: number;
  readonly #start: Position;
  /** Offsets where lines after the first line of the piece start (the context's own lines excluded). */
  #lineStarts: number[] | undefined;

  /** @param start Where the piece's first character sits in the whole file. */
  constructor(uri: string, context: string, text: string, start: Position) {
    this.uri = uri;
    this.#text = context + text;
    this.#contextLength = context.length;
    this.#start = start;
  }

  /** The piece behind its context, read through the service's reader. */
  get text(): TextReader {
    return stringReader(this.#text);
  }

  positionAt(offset: number): Position {
    if (offset < this.#contextLength) return { line: -1, character: offset };
    const clamped = Math.min(offset, this.#text.length);
    const starts = this.#lines();
    // The number of line starts at or before the offset is the line within the piece.
    const low = lastAtOrBefore(starts, starts.length, clamped) + 1;
    if (low === 0) return { line: this.#start.line, character: this.#start.character + clamped - this.#contextLength };
    return { line: this.#start.line + low, character: clamped - (starts[low - 1] ?? 0) };
  }

  offsetAt(position: Position): number {
    const line = position.line - this.#start.line;
    if (line < 0) return this.#contextLength;
    const starts = this.#lines();
    const lineStart = line === 0 ? this.#contextLength - this.#start.character : starts[line - 1];
    if (lineStart === undefined) return this.#text.length;
    const lineEnd = starts[line] ?? this.#text.length;
    return Math.max(this.#contextLength, Math.min(lineStart + position.character, lineEnd));
  }

  /** Line starts of the piece: after each LF, after each CR not followed by LF (as editors count). */
  #lines(): number[] {
    if (this.#lineStarts !== undefined) return this.#lineStarts;
    const text = this.#text;
    const starts: number[] = [];
    let lf = text.indexOf('\n', this.#contextLength);
    let cr = text.indexOf('\r', this.#contextLength);
    while (lf !== -1 || cr !== -1) {
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        if (cr + 1 !== lf) starts.push(cr + 1);
        cr = text.indexOf('\r', cr + 1);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
    this.#lineStarts = starts;
    return starts;
  }
}
