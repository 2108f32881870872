import type { Position } from 'vscode-languageserver-types';

/**
 * Line and column of offsets in a text that is read front to back, counted the way editors count
 * them (CR LF, CR and LF each end a line). The streaming checker asks for offsets that move forward
 * (or back within the current line), so the counter passes over the input once instead of indexing
 * every line of it.
 */
export class PositionCounter {
  /** Line breaks before this offset have been counted. */
  #offset = 0;
  #line = 0;
  /** Where the current line starts (negative once the text before it has been dropped). */
  #lineStart = 0;
  /** The next LF and CR at or after `#offset` in `#searched` (-1: none), cached so single-line files are scanned once. */
  #searched: string | undefined;
  #nextLf = -1;
  #nextCr = -1;

  /** The position of `offset` in `text`; `offset` is not before the start of the line last asked for. */
  positionAt(text: string, offset: number): Position {
    const stale = (found: number): boolean => found !== -1 && found < this.#offset;
    if (text !== this.#searched || stale(this.#nextLf) || stale(this.#nextCr)) this.#refresh(text);
    if (this.#nextCr === -1) return this.#positionWithoutCr(text, offset);
    for (;;) {
      const lf = this.#nextLf === -1 ? Infinity : this.#nextLf;
      const cr = this.#nextCr === -1 ? Infinity : this.#nextCr;
      const lineBreak = Math.min(lf, cr);
      if (lineBreak >= offset) break;
      // A CR directly followed by an LF ends one line, not two.
      const breakEnd = lineBreak === cr && lf === cr + 1 ? cr + 2 : lineBreak + 1;
      if (breakEnd > offset) break;
      this.#line++;
      this.#lineStart = breakEnd;
      this.#offset = breakEnd;
      if (lf < breakEnd) this.#nextLf = text.indexOf('\n', breakEnd);
      if (cr < breakEnd) this.#nextCr = text.indexOf('\r', breakEnd);
    }
    if (offset > this.#offset) this.#offset = offset;
    return { line: this.#line, character: offset - this.#lineStart };
  }

  /**
   * {@link positionAt} when no CR lies ahead: every LF before the offset ends a line. A batch with one
   * segment a line has a line break every few dozen characters, so this loop keeps its state in locals.
   */
  #positionWithoutCr(text: string, offset: number): Position {
    let lf = this.#nextLf;
    let line = this.#line;
    let lineStart = this.#lineStart;
    while (lf !== -1 && lf < offset) {
      line++;
      lineStart = lf + 1;
      lf = text.indexOf('\n', lineStart);
    }
    this.#nextLf = lf;
    this.#line = line;
    this.#lineStart = lineStart;
    if (lineStart > this.#offset) this.#offset = lineStart;
    if (offset > this.#offset) this.#offset = offset;
    return { line, character: offset - lineStart };
  }

  /** Forgets the first `count` characters of the text: offsets asked afterwards are relative to the rest. */
  rebase(count: number): void {
    this.#offset -= count;
    this.#lineStart -= count;
    this.#searched = undefined;
  }

  #refresh(text: string): void {
    this.#searched = text;
    this.#nextLf = text.indexOf('\n', this.#offset);
    this.#nextCr = text.indexOf('\r', this.#offset);
  }
}
