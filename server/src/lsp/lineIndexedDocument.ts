import type { Position, Range, TextDocument, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';

/**
 * An open document for the server: the text and its line starts, with the semantics of
 * `vscode-languageserver-textdocument` (`\n`, `\r\n` and `\r` end lines; positions never fall between
 * a `\r` and its `\n`). That implementation keeps the line starts in a JavaScript array (8 bytes a line,
 * plus growth slack, on the V8 heap: about 7 MB for a 20 MB 837 with one segment per line) and moves
 * them with a splice or concat on edits. Here they are an `Int32Array` of the exact size, computed on
 * the first position asked for and updated in place by an edit (the later starts move by the length
 * change, the array is reallocated only when an edit adds more lines than it has room for).
 */
export class LineIndexedDocument implements TextDocument {
  readonly #uri: string;
  readonly #languageId: string;
  #version: number;
  #text: string;
  /** Line starts (`[0]` is 0); only the first {@link #lineCount} entries are used. Undefined until needed. */
  #lineStarts: Int32Array | undefined;
  #lineCount = 0;

  constructor(uri: string, languageId: string, version: number, text: string) {
    this.#uri = uri;
    this.#languageId = languageId;
    this.#version = version;
    this.#text = text;
  }

  /** `TextDocuments` configuration: how documents are made and changed. */
  static create(uri: string, languageId: string, version: number, text: string): LineIndexedDocument {
    return new LineIndexedDocument(uri, languageId, version, text);
  }

  /** Applies the changes in order (each relative to the text after the previous one) and returns the same document. */
  static update(document: LineIndexedDocument, changes: readonly TextDocumentContentChangeEvent[], version: number): LineIndexedDocument {
    for (const change of changes) document.#apply(change);
    document.#version = version;
    return document;
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
    if (range === undefined) return this.#text;
    return this.#text.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  positionAt(offset: number): Position {
    const starts = this.#index();
    const clamped = Math.max(Math.min(offset, this.#text.length), 0);
    const line = this.#lineOf(starts, clamped);
    const lineStart = starts[line] ?? 0;
    return { line, character: this.#beforeEol(clamped, lineStart) - lineStart };
  }

  offsetAt(position: Position): number {
    const starts = this.#index();
    if (position.line >= this.#lineCount) return this.#text.length;
    if (position.line < 0) return 0;
    const lineStart = starts[position.line] ?? 0;
    if (position.character <= 0) return lineStart;
    const nextLineStart = position.line + 1 < this.#lineCount ? (starts[position.line + 1] ?? this.#text.length) : this.#text.length;
    return this.#beforeEol(Math.min(lineStart + position.character, nextLineStart), lineStart);
  }

  /** The line starts, computed on first use. */
  #index(): Int32Array {
    if (this.#lineStarts === undefined) {
      this.#lineStarts = lineStartsOf(this.#text, 0, true);
      this.#lineCount = this.#lineStarts.length;
    }
    return this.#lineStarts;
  }

  /** The last line starting at or before `offset` (binary search). */
  #lineOf(starts: Int32Array, offset: number): number {
    let low = 0;
    let high = this.#lineCount - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low;
  }

  /** Moves an offset that follows a line break's first character back before it (as the reference implementation does). */
  #beforeEol(offset: number, lineStart: number): number {
    let moved = offset;
    while (moved > lineStart && isEol(this.#text.charCodeAt(moved - 1))) moved--;
    return moved;
  }

  #apply(change: TextDocumentContentChangeEvent): void {
    if (!('range' in change) || change.range === undefined) {
      this.#text = change.text;
      this.#lineStarts = undefined;
      return;
    }
    const { start, end } = ordered(change.range);
    const startOffset = this.offsetAt(start);
    const endOffset = this.offsetAt(end);
    const before = this.#text;
    this.#text = before.substring(0, startOffset) + change.text + before.substring(endOffset, before.length);
    if (this.#lineStarts === undefined) return;
    // A `\r` and a `\n` that the edit brings together (or apart) change how many lines the text has
    // around the edit; such rare edits recompute the line starts from the text when next needed.
    const joins = (startOffset > 0 && before.charCodeAt(startOffset - 1) === CR && (change.text.length > 0 ? change.text.charCodeAt(0) : before.charCodeAt(endOffset)) === LF)
      || (endOffset < before.length && before.charCodeAt(endOffset) === LF && (change.text.length > 0 ? change.text.charCodeAt(change.text.length - 1) : before.charCodeAt(startOffset - 1)) === CR);
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
