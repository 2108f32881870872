import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver-types';
import type { TextSource } from '../service/spans';

/**
 * A piece of a larger file, checked on its own but reporting positions in the whole file. The
 * command line checks big files piece by piece; this adapter is why no finding has to be moved
 * afterwards: `positionAt` already answers in file coordinates.
 */
export class SliceDocument implements TextSource {
  readonly uri: string;
  readonly version = 1;
  readonly #inner: TextDocument;
  readonly #start: Position;

  /** @param start Where the slice's first character sits in the whole file. */
  constructor(uri: string, languageId: string, text: string, start: Position) {
    this.uri = uri;
    this.#inner = TextDocument.create(uri, languageId, 1, text);
    this.#start = start;
  }

  getText(): string {
    return this.#inner.getText();
  }

  positionAt(offset: number): Position {
    const local = this.#inner.positionAt(offset);
    return local.line === 0
      ? { line: this.#start.line, character: this.#start.character + local.character }
      : { line: this.#start.line + local.line, character: local.character };
  }

  offsetAt(position: Position): number {
    const line = position.line - this.#start.line;
    if (line < 0) return 0;
    const character = line === 0 ? Math.max(0, position.character - this.#start.character) : position.character;
    return this.#inner.offsetAt({ line, character });
  }

  /** The file position just after this slice, where the next slice starts. */
  endPosition(): Position {
    return this.positionAt(this.#inner.getText().length);
  }
}
