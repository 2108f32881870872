import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { lastAtOrBefore } from '../service/sortedSearch';
import type { TextSource } from '../service/spans';

/**
 * An open document for the server: the text and its line starts, with the semantics of
 * `vscode-languageserver-textdocument` (`\n`, `\r\n` and `\r` end lines; positions never fall between
 * a `\r` and its `\n`). That implementation keeps the line starts in a JavaScript array (8 bytes a line,
 * plus growth slack, on the V8 heap: about 7 MB for a 20 MB 837 with one segment per line) and moves
 * them with a splice or concat on edits. Here they are an `Int32Array` of the exact size, computed on
 * the first position asked for and updated in place by an edit (the later starts move by the length
 * change, the array is reallocated only when an edit adds more lines than it has room for).
 *
 * The text is kept as pieces: slices of the last flat text and the inserted strings. An edit of a
 * 20 MB text makes a new string that V8 keeps as a concatenation until a character of it is read,
 * then copies whole into fresh memory (about 10 ms, and 20 MB of garbage per keystroke). The document
 * reads its own characters through the pieces, and the incremental 837 parse reads only the edited
 * segments, so an edit and its diagnostics never copy the text; {@link settle} makes it flat again
 * once the editing pauses (or after {@link MAX_PIECES} pieces).
 */
export class LineIndexedDocument implements TextDocument {
  readonly #uri: string;
  readonly #languageId: string;
  #version: number;
  /**
   * How many changes have been applied. Clients number versions, but a client may send two changes
   * with the same number; caches key on this count, the content actually applied, instead.
   */
  #revision = 0;
  /** The text as one string: a concatenation of the pieces until something reads it. Built on demand. */
  #text: string | undefined;
  /** The text in order: slices of a flat text and inserted strings, never empty ones. */
  #pieces: Piece[];
  /** Where each piece starts in the text. */
  #pieceStarts: number[];
  #length: number;
  /** Line starts (`[0]` is 0); only the first {@link #lineCount} entries are used. Undefined until needed. */
  #lineStarts: Int32Array | undefined;
  #lineCount = 0;

  constructor(uri: string, languageId: string, version: number, text: string) {
    this.#uri = uri;
    this.#languageId = languageId;
    this.#version = version;
    this.#text = text;
    this.#pieces = text.length === 0 ? [] : [{ source: text, start: 0, end: text.length }];
    this.#pieceStarts = text.length === 0 ? [] : [0];
    this.#length = text.length;
  }

  /** `TextDocuments` configuration: how documents are made and changed. */
  static create(uri: string, languageId: string, version: number, text: string): LineIndexedDocument {
    return new LineIndexedDocument(uri, languageId, version, text);
  }

  /** Applies the changes in order (each relative to the text after the previous one) and returns the same document. */
  static update(document: LineIndexedDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): LineIndexedDocument {
    for (const change of changes) document.#apply(change);
    document.#version = version;
    document.#revision++;
    return document;
  }

  /** The number of changes applied so far: a new number for every change, whatever version the client gave. */
  get revision(): number {
    return this.#revision;
  }

  get uri(): string {
    return this.#uri;
  }

  get languageId(): string {
    return this.#languageId;
  }

  get version(): number {
    return this.#version;
  }

  get lineCount(): number {
    this.#index();
    return this.#lineCount;
  }

  getText(range?: Range): string {
    if (range === undefined) {
      this.#text ??= this.#pieces.reduce((text, piece) => text + piece.source.substring(piece.start, piece.end), '');
      return this.#text;
    }
    // Like String.prototype.substring, a range given backwards is read forwards.
    const start = this.offsetAt(range.start);
    const end = this.offsetAt(range.end);
    return start <= end ? this.#slice(start, end) : this.#slice(end, start);
  }

  /**
   * Makes the text one flat string again (one copy, about 10 ms for 20 MB) so that the pieces and the
   * earlier flat text can go; returns whether there was anything to do. The server calls this when the
   * editing pauses, so the copy is not paid while the user types.
   */
  settle(): boolean {
    if (this.#pieces.length <= 1 && this.#text !== undefined) return false;
    const text = this.getText();
    // Reading one character makes V8 flatten the concatenation in place.
    text.charCodeAt(0);
    this.#pieces = text.length === 0 ? [] : [{ source: text, start: 0, end: text.length }];
    this.#pieceStarts = text.length === 0 ? [] : [0];
    return true;
  }

  positionAt(offset: number): Position {
    const starts = this.#index();
    const clamped = Math.max(Math.min(offset, this.#length), 0);
    const line = this.#lineOf(starts, clamped);
    const lineStart = starts[line] ?? 0;
    return { line, character: this.#beforeEol(clamped, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    const starts = this.#index();
    if (position.line >= this.#lineCount) return this.#length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line] ?? 0;
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < this.#lineCount ? (starts[position.line + 1] ?? this.#length) : this.#length;
    return this.#beforeEol(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  /** The line starts, computed on first use. */
  #index(): Int32Array {
    if (this.#lineStarts === undefined) {
      this.#lineStarts = lineStartsOf(this.getText(), 0, true);
      this.#lineCount = this.#lineStarts.length;
    }
    return this.#lineStarts;
  }

  /** The last line starting at or before `offset` (binary search). */
  #lineOf(starts: Int32Array, offset: number): number {
    return Math.max(0, lastAtOrBefore(starts, this.#lineCount, offset));
  }


  /** Moves an offset that follows a line break's first character back before it (as the reference implementation does). */
  #beforeEol(offset: number, lineStart: number): number {
    let moved = offset;
    while (moved > lineStart && isEol(this.#charCodeAt(moved - 1))) moved--;
    return moved;
  }

  /** The piece holding `offset` (binary search), or -1 past the end. */
  #pieceAt(offset: number): number {
    return offset < this.#length ? lastAtOrBefore(this.#pieceStarts, this.#pieceStarts.length, offset) : -1;
  }


  /** One character, read from its piece (NaN outside the text), so the concatenation is not flattened. */
  #charCodeAt(offset: number): number {
    const index = this.#pieceAt(offset);
    const piece = this.#pieces[index];
    return piece === undefined ? Number.NaN : piece.source.charCodeAt(piece.start + offset - (this.#pieceStarts[index] ?? 0));
  }

  /** The text in `[start, end)`, made from the pieces. */
  #slice(start: number, end: number): string {
    let text = '';
    for (let index = Math.max(0, this.#pieceAt(start)); index < this.#pieces.length && start < end; index++) {
      const piece = this.#pieces[index] as Piece;
      const pieceStart = this.#pieceStarts[index] ?? 0;
      const to = Math.min(end, pieceStart + piece.end - piece.start);
      text += piece.source.substring(piece.start + start - pieceStart, piece.start + to - pieceStart);
      start = to;
    }
    return text;
  }

  /** Replaces `[start, end)` with `inserted` in the pieces; past {@link MAX_PIECES} the text is flattened. */
  #splice(start: number, end: number, inserted: string): void {
    const pieces: Piece[] = [];
    const first = this.#pieceAt(start);
    const last = this.#pieceAt(end);
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
    this.#pieces = pieces;
    this.#pieceStarts = [];
    let offset = 0;
    for (const piece of pieces) {
      this.#pieceStarts.push(offset);
      offset += piece.end - piece.start;
    }
    this.#length = offset;
    this.#text = undefined;
    if (pieces.length > MAX_PIECES) this.settle();
  }

  #apply(change: TextDocumentContentChangeEvent): void {
    if (!('range' in change) || change.range === undefined) {
      this.#text = change.text;
      this.#pieces = change.text.length === 0 ? [] : [{ source: change.text, start: 0, end: change.text.length }];
      this.#pieceStarts = change.text.length === 0 ? [] : [0];
      this.#length = change.text.length;
      this.#lineStarts = undefined;
      return;
    }
    const { start, end } = ordered(change.range);
    const startOffset = this.offsetAt(start);
    const endOffset = this.offsetAt(end);
    // A `\r` and a `\n` that the edit brings together (or apart) change how many lines the text has
    // around the edit; such rare edits recompute the line starts from the text when next needed.
    const before = this.#charCodeAt(startOffset - 1);
    const after = this.#charCodeAt(endOffset);
    const first = change.text.length > 0 ? change.text.charCodeAt(0) : after;
    const last = change.text.length > 0 ? change.text.charCodeAt(change.text.length - 1) : before;
    const joins = (before === CR && first === LF) || (after === LF && last === CR);
    this.#splice(startOffset, endOffset, change.text);
    if (this.#lineStarts === undefined) return;
    if (joins) {
      this.#lineStarts = undefined;
      return;
    }
    this.#replaceLines(startOffset, endOffset, lineStartsOf(change.text, startOffset, false), change.text.length - (endOffset - startOffset));
  }

  /**
   * Replaces the line starts created by line breaks in `[startOffset, endOffset)` with `added` and
   * moves the later ones by `delta`, in place when the array has room.
   */
  #replaceLines(startOffset: number, endOffset: number, added: Int32Array, delta: number): void {
    let starts = this.#lineStarts as Int32Array;
    const firstRemoved = this.#lineOf(starts, startOffset) + 1;
    const firstKept = this.#lineOf(starts, endOffset) + 1;
    const count = this.#lineCount - (firstKept - firstRemoved) + added.length;
    const tail = firstRemoved + added.length;
    if (count > starts.length) {
      // Room for an eighth more lines, so that typing line breaks does not reallocate each time.
      const grown = new Int32Array(count + (count >>> 3) + 16);
      grown.set(starts.subarray(0, firstRemoved));
      grown.set(starts.subarray(firstKept, this.#lineCount), tail);
      starts = grown;
      this.#lineStarts = grown;
    } else if (tail !== firstKept) {
      starts.copyWithin(tail, firstKept, this.#lineCount);
    }
    starts.set(added, firstRemoved);
    if (delta !== 0) for (let i = tail; i < count; i++) starts[i] = (starts[i] ?? 0) + delta;
    this.#lineCount = count;
  }
}

/** One run of the text: `source.substring(start, end)`. */
interface Piece {
  readonly source: string;
  readonly start: number;
  readonly end: number;
}

/**
 * The most pieces a text is kept in. Building the concatenation and finding a character cost a little
 * per piece, and every piece keeps its source alive; past this many edits without a pause the text is
 * made flat (one copy per this many edits).
 */
const MAX_PIECES = 64;

const CR = 13;
const LF = 10;

function isEol(code: number): boolean {
  return code === CR || code === LF;
}

function ordered(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/**
 * The starts of the lines that the line breaks of `text` begin, as offsets plus `base`, preceded by
 * `base` itself when `atLineStart`. Two passes (count, then fill) give an array of the exact size;
 * text without `\r` is searched with `indexOf`, which is much faster than reading every character.
 */
function lineStartsOf(text: string, base: number, atLineStart: boolean): Int32Array {
  const first = atLineStart ? 1 : 0;
  if (text.indexOf('\r') === -1) {
    let count = first;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
    const starts = new Int32Array(count);
    if (atLineStart) starts[0] = base;
    let index = first;
    for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts[index++] = base + at + 1;
    return starts;
  }
  const found: number[] = atLineStart ? [base] : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === CR && i + 1 < text.length && text.charCodeAt(i + 1) === LF) i++;
    if (code === CR || code === LF) found.push(base + i + 1);
  }
  return Int32Array.from(found);
}

/**
 * What identifies the content of a document for caches: the revision of an open document (which changes
 * with every applied change), or the version of any other text source.
 */
export function revisionOf(document: TextSource): number {
  return document instanceof LineIndexedDocument ? document.revision : document.version;
}
