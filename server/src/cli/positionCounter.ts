import type { Position } from 'vscode-languageserver-types';
import type { LineStarts } from './lineStarts';

/**
 * Line and column of offsets in a text that is read front to back, counted the way editors count
 * them (CR LF, CR and LF each end a line). The streaming checker asks for offsets that move forward
 * (or back within the current line), so the counter passes over the input once instead of indexing
 * every line of it.
 *
 * The text asked about may change between questions only by growing at its end, or, after
 * {@link rebase}, by losing its first characters: the line breaks already found stay found, and only
 * the new text is searched, so a single-line file is searched once however it is read.
 */
export class PositionCounter {
  /** Line breaks before this offset have been counted. */
  #offset = 0;
  #line = 0;
  /** Where the current line starts (negative once the text before it has been dropped). */
  #lineStart = 0;
  /** The text `#nextLf` and `#nextCr` were found in; undefined after a rebase. */
  #searched: string | undefined;
  /** How much of the current text has been searched for line breaks (beyond `#nextLf` and `#nextCr`, when found). */
  #searchedLength = 0;
  /** The next LF and CR at or after `#offset` in the text (-1: none up to `#searchedLength`). */
  #nextLf = -1;
  #nextCr = -1;
  /** Where the starts of the lines passed are written, when someone asked for them. */
  #lineStarts: LineStarts | undefined;

  /** The position of `offset` in `text`; `offset` is not before the start of the line last asked for. */
  positionAt(text: string, offset: number): Position {
    if (text !== this.#searched) this.#extend(text);
    const stale = (found: number): boolean => found !== -1 && found < this.#offset;
    if (stale(this.#nextLf) || stale(this.#nextCr)) this.#refresh(text);
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
      this.#lineStarts?.push(breakEnd);
      this.#offset = breakEnd;
      if (lf < breakEnd) this.#nextLf = text.indexOf('\n', breakEnd);
      if (cr < breakEnd) this.#nextCr = text.indexOf('\r', breakEnd);
    }
    if (offset > this.#offset) this.#offset = offset;
    return { line: this.#line, character: offset - this.#lineStart };
  }

  /**
   * Writes the start of every line the counter passes from now on into `lineStarts` (offsets in the
   * text asked about), until called with undefined: the streaming checker's piece documents take
   * their line index from it instead of searching their text again.
   */
  collectLineStarts(lineStarts: LineStarts | undefined): void {
    this.#lineStarts = lineStarts;
  }

  /**
   * {@link positionAt} when no CR lies ahead: every LF before the offset ends a line. A batch with one
   * segment a line has a line break every few dozen characters, so this loop keeps its state in locals.
   */
  #positionWithoutCr(text: string, offset: number): Position {
    let lf = this.#nextLf;
    let line = this.#line;
    let lineStart = this.#lineStart;
    const lineStarts = this.#lineStarts;
    while (lf !== -1 && lf < offset) {
      line++;
      lineStart = lf + 1;
      lineStarts?.push(lineStart);
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
    // A break found before the cut (the counter stopped between a CR and its LF) is searched for again.
    const lost = (found: number): boolean => found !== -1 && found < count;
    const searchAgain = lost(this.#nextLf) || lost(this.#nextCr);
    this.#offset -= count;
    this.#lineStart -= count;
    if (this.#nextLf !== -1) this.#nextLf -= count;
    if (this.#nextCr !== -1) this.#nextCr -= count;
    this.#searchedLength = searchAgain ? 0 : Math.max(0, this.#searchedLength - count);
    this.#searched = undefined;
  }

  /** The text grew (or was rebased): only what lies beyond the part already searched is searched. */
  #extend(text: string): void {
    if (this.#searchedLength === 0) {
      this.#refresh(text);
      return;
    }
    const from = Math.max(this.#offset, this.#searchedLength);
    if (this.#nextLf === -1) this.#nextLf = text.indexOf('\n', from);
    if (this.#nextCr === -1) this.#nextCr = text.indexOf('\r', from);
    this.#searched = text;
    this.#searchedLength = text.length;
  }

  #refresh(text: string): void {
    this.#searched = text;
    this.#searchedLength = text.length;
    this.#nextLf = text.indexOf('\n', this.#offset);
    this.#nextCr = text.indexOf('\r', this.#offset);
  }
}
