import type { Range } from 'vscode-languageserver-types';
import { lastAtOrBefore } from '../sortedSearch';
import type { OffsetEdit } from './offsetEdit';
import { LineStarts } from './lineStarts';
import { CR, LF, lineStartsOf, lineStartTableOf, TextView } from './textView';
import type { Piece } from './textView';

/** A change as LSP sends it: a range of the text before it and the new text, or the whole new text. */
export interface TextChange {
  readonly range?: Range;
  readonly text: string;
}

/**
 * The most pieces a text is kept in. Finding a character costs a little per piece, and every piece
 * keeps its source alive; past this many edits without a pause the text is made flat (one copy per
 * this many edits).
 */
const MAX_PIECES = 64;
/**
 * Neighbouring pieces shorter than this together are joined into one new string when an edit lands
 * between them: typing a code keystroke by keystroke then grows one piece instead of adding one per
 * keystroke, so a long typing session never reaches {@link MAX_PIECES} and never pays a whole-text copy.
 */
const JOIN_BELOW = 256;

/**
 * The text of an open document, owned by its host: the pieces of the current version and its line
 * starts, changed in place by edits. An edit of a 20 MB text makes no new 20 MB string: the text is
 * kept as slices of the last flat text and the inserted strings, and {@link flatten} makes it one
 * string again when the editing pauses. The line starts ({@link LineStarts}) are never changed in
 * place: an edit inside a line adds a shift, one that adds or removes lines writes a new array, so
 * every {@link view} stays as it was made.
 */
export class DocumentText {
  #pieces: Piece[];
  #pieceStarts: number[];
  #length: number;
  #lines: LineStarts;
  #view: TextView | undefined;

  constructor(text: string) {
    this.#pieces = [];
    this.#pieceStarts = [];
    this.#length = 0;
    this.#lines = new LineStarts(lineStartTableOf(''));
    this.#reset(text);
  }

  get length(): number {
    return this.#length;
  }

  /** How many pieces the text is kept in (one when flat). */
  get pieceCount(): number {
    return this.#pieces.length;
  }

  /** Whether the text is one whole string (nothing for {@link flatten} to do). */
  get isFlat(): boolean {
    const only = this.#pieces.length === 1 ? this.#pieces[0] : undefined;
    return this.#length === 0 || (only !== undefined && only.start === 0 && only.end === only.source.length);
  }

  /** The current version, unchanged by later edits. */
  view(): TextView {
    this.#view ??= this.#current();
    return this.#view;
  }

  /**
   * Applies the changes in order (each relative to the text after the previous one) and returns them as
   * offset edits, or undefined when one replaced the whole text (then nothing can be updated in place).
   */
  apply(changes: readonly TextChange[]): OffsetEdit[] | undefined {
    let edits: OffsetEdit[] | undefined = [];
    for (const change of changes) {
      const edit = this.#applyOne(change);
      if (edit === undefined) edits = undefined;
      else edits?.push(edit);
    }
    return edits;
  }

  /**
   * Makes the text one flat string (one copy of a text kept in pieces) and returns it; called when the
   * editing pauses, or with the string a full parse just read (`flat`, the same text), so that the
   * pieces and the earlier texts they keep alive can go.
   */
  flatten(flat?: string): string {
    const only = this.#pieces.length === 1 ? (this.#pieces[0] as Piece) : undefined;
    // One piece that is a whole string is flat already; a piece cut from a longer string is not.
    if (flat === undefined && only !== undefined && only.start === 0 && only.end === only.source.length) return only.source;
    if (flat === undefined && this.#length === 0) return '';
    const text = flat ?? this.#current().slice(0, this.#length);
    if (text.length !== this.#length) throw new Error('The flat text does not match the document.');
    // Reading one character makes V8 flatten a concatenation in place.
    text.charCodeAt(0);
    this.#setPieces(text.length === 0 ? [] : [{ source: text, start: 0, end: text.length }]);
    return text;
  }

  #current(): TextView {
    return new TextView(this.#pieces, this.#pieceStarts, this.#length, this.#lines);
  }

  #reset(text: string): void {
    this.#setPieces(text.length === 0 ? [] : [{ source: text, start: 0, end: text.length }]);
    this.#lines = new LineStarts(lineStartTableOf(text));
  }

  #setPieces(pieces: Piece[]): void {
    this.#pieces = pieces;
    this.#pieceStarts = [];
    let offset = 0;
    for (const piece of pieces) {
      this.#pieceStarts.push(offset);
      offset += piece.end - piece.start;
    }
    this.#length = offset;
    this.#view = undefined;
  }

  #applyOne(change: TextChange): OffsetEdit | undefined {
    if (change.range === undefined) {
      this.#reset(change.text);
      return undefined;
    }
    const current = this.#current();
    const a = current.offsetAt(change.range.start);
    const b = current.offsetAt(change.range.end);
    // Like String.prototype.substring, a range given backwards is read forwards.
    const start = Math.min(a, b);
    const end = Math.max(a, b);
    // A `\r` and a `\n` that the edit brings together (or apart) change how many lines the text has
    // around the edit; such rare edits recompute the line starts from the text.
    const before = current.charCodeAt(start - 1);
    const after = current.charCodeAt(end);
    const first = change.text.length > 0 ? change.text.charCodeAt(0) : after;
    const last = change.text.length > 0 ? change.text.charCodeAt(change.text.length - 1) : before;
    const joins = (before === CR && first === LF) || (after === LF && last === CR);
    this.#splice(start, end, change.text);
    if (joins) {
      this.#lines = new LineStarts(lineStartTableOf(this.#current().slice(0, this.#length)));
    } else {
      this.#moveLines(current, start, end, lineStartsOf(change.text, start, false), change.text.length - (end - start));
    }
    this.#view = undefined;
    if (this.#pieces.length > MAX_PIECES) this.flatten();
    return { offset: start, length: end - start, text: change.text };
  }

  /** Replaces `[start, end)` with `inserted` in the pieces. */
  #splice(start: number, end: number, inserted: string): void {
    const pieces: Piece[] = [];
    const first = start < this.#length ? lastAtOrBefore(this.#pieceStarts, this.#pieceStarts.length, start) : -1;
    const last = end < this.#length ? lastAtOrBefore(this.#pieceStarts, this.#pieceStarts.length, end) : -1;
    const keptBefore = first === -1 ? this.#pieces.length : first;
    for (let index = 0; index < keptBefore; index++) pieces.push(this.#pieces[index] as Piece);
    if (first !== -1) {
      const piece = this.#pieces[first] as Piece;
      const cut = piece.start + start - (this.#pieceStarts[first] ?? 0);
      if (cut > piece.start) pieces.push({ source: piece.source, start: piece.start, end: cut });
    }
    if (inserted.length > 0) pieces.push({ source: inserted, start: 0, end: inserted.length });
    if (last !== -1) {
      const piece = this.#pieces[last] as Piece;
      const cut = piece.start + end - (this.#pieceStarts[last] ?? 0);
      if (cut < piece.end) pieces.push({ source: piece.source, start: cut, end: piece.end });
      for (let index = last + 1; index < this.#pieces.length; index++) pieces.push(this.#pieces[index] as Piece);
    }
    this.#setPieces(joinNeighbours(pieces));
  }

  /**
   * Replaces the line starts created by line breaks in `[start, end)` with `added` and moves the later
   * ones by `delta`: a shift when the edit stays inside one line and adds none, a new array otherwise.
   */
  #moveLines(before: TextView, start: number, end: number, added: Int32Array, delta: number): void {
    const firstRemoved = before.lineOf(start) + 1;
    const firstKept = before.lineOf(end) + 1;
    this.#lines = firstRemoved === firstKept && added.length === 0
      ? this.#lines.shiftedFrom(firstKept, delta)
      : this.#lines.replaced(firstRemoved, firstKept, added, delta);
  }
}


/**
 * Joins each piece with the one before it when they continue the same source or are both short (the
 * strings typed keystroke by keystroke), so the number of pieces grows with the places edited, not
 * with the number of edits.
 */
function joinNeighbours(pieces: readonly Piece[]): Piece[] {
  const joined: Piece[] = [];
  for (const piece of pieces) {
    const before = joined[joined.length - 1];
    if (before !== undefined && before.source === piece.source && before.end === piece.start) {
      joined[joined.length - 1] = { source: before.source, start: before.start, end: piece.end };
    } else if (before !== undefined && before.end - before.start + piece.end - piece.start < JOIN_BELOW) {
      const text = before.source.substring(before.start, before.end) + piece.source.substring(piece.start, piece.end);
      joined[joined.length - 1] = { source: text, start: 0, end: text.length };
    } else {
      joined.push(piece);
    }
  }
  return joined;
}
