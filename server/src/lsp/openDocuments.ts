import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { DocumentText } from '../service/document/documentText';
import type { DocumentHost } from '../service/document/documentHost';
import type { LanguageService } from '../service/languageService';
import type { LanguageId } from '../service/model';
import { detectLanguageId } from '../service/parse';

/**
 * The documents the client has open. Each one's text, parse, edit history and last validation belong
 * to its host in the service; the binding only forwards open, change and close, and remembers what the
 * client said (its language id and version) and which service the host belongs to. A document whose
 * language is not one of ours keeps its text here until its first line says it is (a `plaintext` file
 * that starts with `ISA`).
 */

/** How much of the document is looked at to find its first line (an 837 is often one long line). */
const FIRST_LINE_LIMIT = 256;

export class OpenDocument {
  readonly uri: string;
  readonly clientLanguageId: string;
  #version: number;
  /** Changes applied so far; a request whose document changed meanwhile is answered as stale. */
  #changes = 0;
  #languageId: LanguageId | undefined;
  /** The text while no host holds it. */
  #text: DocumentText | undefined;
  #host: DocumentHost | undefined;
  #service: LanguageService | undefined;

  constructor(uri: string, clientLanguageId: string, version: number, text: string) {
    this.uri = uri;
    this.clientLanguageId = clientLanguageId;
    this.#version = version;
    this.#text = new DocumentText(text);
    this.#languageId = this.#detect();
  }

  get version(): number {
    return this.#version;
  }

  get changes(): number {
    return this.#changes;
  }

  /** The language the document is served as, or undefined when it is not one of ours. */
  get languageId(): LanguageId | undefined {
    return this.#languageId;
  }

  get length(): number {
    return this.#host?.text.length ?? this.#text?.length ?? 0;
  }

  apply(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    this.#version = version;
    this.#changes++;
    if (this.#host !== undefined) {
      this.#host.applyChanges(changes, version);
      return;
    }
    this.#text?.apply(changes);
    this.#languageId ??= this.#detect();
  }

  /**
   * The host of this document in `service`: opened on first use, and opened again (taking over the
   * text, not copying it) when the service was replaced because the code sets changed.
   */
  hostIn(service: LanguageService): DocumentHost | undefined {
    if (this.#languageId === undefined) return undefined;
    if (this.#host !== undefined && this.#service === service) return this.#host;
    const text = this.#host?.detachText() ?? this.#text ?? new DocumentText('');
    this.#text = undefined;
    this.#host = service.open(this.uri, this.#languageId, text, this.#version);
    this.#service = service;
    return this.#host;
  }

  /** The host, if one is open, without opening one. */
  get host(): DocumentHost | undefined {
    return this.#host;
  }

  close(): void {
    this.#host?.dispose();
    this.#host = undefined;
    this.#text = undefined;
  }

  /**
   * The client's language id when it is one of ours, otherwise what the file name or first line says.
   * A pretty-printed FHIR resource has "resourceType" on its second or third line, so a .json file is
   * judged on its first bytes, not its first line.
   */
  #detect(): LanguageId | undefined {
    const id = this.clientLanguageId;
    if (id === 'x12-837' || id === 'clinical-note' || id === 'fhir-json') return id;
    const view = this.#host?.text ?? this.#text?.view();
    const head = view === undefined ? '' : view.slice(0, FIRST_LINE_LIMIT);
    return detectLanguageId(this.uri, /\.json$/i.test(this.uri) ? head : head.split(/\r\n|\r|\n/, 1)[0] ?? '');
  }
}

/** Listens for the open, change and close notifications and keeps the open documents. */
export class OpenDocuments {
  readonly #documents = new Map<string, OpenDocument>();

  get(uri: string): OpenDocument | undefined {
    return this.#documents.get(uri);
  }

  keys(): IterableIterator<string> {
    return this.#documents.keys();
  }

  /** Forgets every host's kept findings (after a settings change that may change them). */
  forgetValidations(): void {
    for (const document of this.#documents.values()) document.host?.forgetValidation();
  }

  /**
   * Forwards the notifications; `received` is told how many characters of text each one carried (the
   * transport's copies of a large text are garbage once it is handled), `closed` how long the closed
   * document was (its text and parse are garbage now).
   */
  listen(connection: Connection, handlers: { changed(uri: string): void; closed(uri: string, chars: number): void; received(chars: number): void }): void {
    connection.onDidOpenTextDocument(({ textDocument }) => {
      handlers.received(textDocument.text.length);
      this.#documents.get(textDocument.uri)?.close();
      this.#documents.set(textDocument.uri, new OpenDocument(textDocument.uri, textDocument.languageId, textDocument.version, textDocument.text));
      handlers.changed(textDocument.uri);
    });
    connection.onDidChangeTextDocument(({ textDocument, contentChanges }) => {
      handlers.received(contentChanges.reduce((sum, change) => sum + change.text.length, 0));
      const document = this.#documents.get(textDocument.uri);
      if (document === undefined || contentChanges.length === 0) return;
      document.apply(contentChanges, textDocument.version ?? document.version + 1);
      handlers.changed(textDocument.uri);
    });
    connection.onDidCloseTextDocument(({ textDocument }) => {
      const document = this.#documents.get(textDocument.uri);
      const chars = document?.length ?? 0;
      document?.close();
      this.#documents.delete(textDocument.uri);
      handlers.closed(textDocument.uri, chars);
    });
  }
}
