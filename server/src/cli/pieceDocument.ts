import type { Position } from 'vscode-languageserver-types';
import { lastAtOrBefore } from '../service/sortedSearch';
import type { TextSource } from '../service/spans';
import { stringReader } from '../service/document/textReader';
import type { TextReader } from '../service/document/textReader';
import { LineStarts } from './lineStarts';

/**
 * A piece of a larger file that reports positions in the whole file, so no finding has to be moved
 * afterwards. Offsets before the piece (negative) are the ids of envelopes an earlier piece opened,
 * whose positions the reader remembered (`earlier`).
 *
 * Line starts are found with `indexOf` and only when a position is first asked for: most pieces of a
 * payer's single-line file have no line break at all, and a character-by-character scan of every piece
 * was the largest cost of the command line's own. The streaming reader hands over the line starts its
 * position counter passed while it moved over the piece, so a piece is not searched twice.
 */
export class PieceDocument implements TextSource {
  readonly uri: string;
  readonly version = 1;
  readonly #text: string;
  readonly #start: Position;
  readonly #earlier: ReadonlyMap<number, Position>;
  /** Offsets where lines after the first line of the piece start. */
  #lineStarts: LineStarts | undefined;
  /** The line and character of the last offset placed (see {@link #place}). */
  #line = 0;
  #character = 0;

  /**
   * @param start Where the piece's first character sits in the whole file.
   * @param lineStarts The piece's line starts when the caller has already found them (as {@link #lines} finds them).
   */
  constructor(uri: string, text: string, start: Position, earlier: ReadonlyMap<number, Position> = new Map(), lineStarts?: LineStarts) {
    this.uri = uri;
    this.#text = text;
    this.#start = start;
    this.#earlier = earlier;
    this.#lineStarts = lineStarts;
  }

  /** The piece behind its context, read through the service's reader. */
  get text(): TextReader {
    return stringReader(this.#text);
  }

  positionAt(offset: number): Position {
    if (offset < 0) return this.#earlier.get(offset) ?? this.#start;
    this.#place(offset);
    return { line: this.#line, character: this.#character };
  }

  /**
   * Writes the line and character of `offset` to `into[at]` and `into[at + 1]`: the command line places
   * every finding this way, without a position object for each.
   */
  writePosition(offset: number, into: number[], at: number): void {
    if (offset < 0) {
      const earlier = this.#earlier.get(offset) ?? this.#start;
      into[at] = earlier.line;
      into[at + 1] = earlier.character;
      return;
    }
    this.#place(offset);
    into[at] = this.#line;
    into[at + 1] = this.#character;
  }

  /** Finds where a non-negative offset lies in the whole file, into {@link #line} and {@link #character}. */
  #place(offset: number): void {
    const clamped = Math.min(offset, this.#text.length);
    const starts = this.#lines();
    // The number of line starts at or before the offset is the line within the piece.
    const low = lastAtOrBefore(starts.values, starts.count, clamped) + 1;
    if (low === 0) {
      this.#line = this.#start.line;
      this.#character = this.#start.character + clamped;
    } else {
      this.#line = this.#start.line + low;
      this.#character = clamped - (starts.at(low - 1) ?? 0);
    }
  }

  offsetAt(position: Position): number {
    const line = position.line - this.#start.line;
    if (line < 0) return 0;
    const starts = this.#lines();
    const lineStart = line === 0 ? -this.#start.character : starts.at(line - 1);
    if (lineStart === undefined) return this.#text.length;
    const lineEnd = starts.at(line) ?? this.#text.length;
    return Math.max(0, Math.min(lineStart + position.character, lineEnd));
  }

  /** Line starts of the piece: after each LF, after each CR not followed by LF (as editors count). */
  #lines(): LineStarts {
    if (this.#lineStarts !== undefined) return this.#lineStarts;
    const text = this.#text;
    const starts = new LineStarts();
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
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
