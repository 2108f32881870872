import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { TextSource } from '../service/spans';

/**
 * A piece of a larger file, parsed behind a context (its interchange's envelope segments) but reporting
 * positions in the whole file, so no finding has to be moved afterwards. Offsets inside the context
 * answer line -1: findings there belong to another piece and are dropped.
 */
export class PieceDocument implements TextSource {
  readonly uri: string;
  readonly version = 1;
  readonly #inner: TextDocument;
  readonly #contextLength: number;
  /** The line of the inner text on which the piece starts (the context ends with a line feed). */
  readonly #contextLines: number;
  readonly #start: Position;

  /** @param start Where the piece's first character sits in the whole file. */
  constructor(uri: string, languageId: string, context: string, text: string, start: Position) {
    this.uri = uri;
    this.#inner = TextDocument.create(uri, languageId, 1, context + text);
    this.#contextLength = context.length;
    this.#contextLines = context === '' ? 0 : this.#inner.positionAt(context.length).line;
    this.#start = start;
  }

  getText(): string {
    return this.#inner.getText();
  }

  positionAt(offset: number): Position {
    if (offset < this.#contextLength) return { line: -1, character: offset };
    const local = this.#inner.positionAt(offset);
    const line = local.line - this.#contextLines;
    return line === 0
      ? { line: this.#start.line, character: this.#start.character + local.character }
      : { line: this.#start.line + line, character: local.character };
  }

  offsetAt(position: Position): number {
    const line = position.line - this.#start.line;
    if (line < 0) return this.#contextLength;
    const character = line === 0 ? Math.max(0, position.character - this.#start.character) : position.character;
    return this.#inner.offsetAt({ line: line + this.#contextLines, character });
  }
}
