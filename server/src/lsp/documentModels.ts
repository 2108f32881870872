import type { LanguageId, OffsetEdit } from '../service/languageService';
import type { ParsedDocument } from '../service/model';
import type { TextSource } from '../service/spans';
import { revisionOf } from './lineIndexedDocument';

/**
 * Parse results per open document content (its revision: a client may reuse a version number), so hover, completion, diagnostics, code actions and the
 * outline of one version share a single parse. The cache is bounded (an 837 of tens of MB parses
 * into a large model) and forgets a document when it is closed or when the code sets change.
 */

interface Entry {
  /** The content the parse was made from ({@link revisionOf}), not the client's version number. */
  readonly revision: number;
  readonly languageId: LanguageId;
  readonly parsed: ParsedDocument;
}

/** How to parse a document; supplied by the server so the cache never sees the service's lifetime. */
export type Parser = (document: TextSource, languageId: LanguageId) => ParsedDocument;

/** How to update the parse of an earlier version with the edits since (`LanguageService.reparse`). */
export type Reparser = (document: TextSource, languageId: LanguageId, previous: ParsedDocument, edits: readonly OffsetEdit[]) => ParsedDocument;

/** Where the cache finds the edits between two versions of a document (the server's {@link EditLog}). */
export interface EditSource {
  editsBetween(uri: string, from: number, to: number): readonly OffsetEdit[] | undefined;
}

export class ParsedDocumentCache {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;

  readonly #edits: EditSource | undefined;

  /**
   * @param capacity The most documents kept parsed at once; the least recently used goes first.
   * @param edits Where to find the edits since a cached version, so that a parse can be updated.
   */
  constructor(capacity = 10, edits?: EditSource) {
    this.#capacity = Math.max(1, capacity);
    this.#edits = edits;
  }

  /**
   * The parse of this exact version. A cached parse of an earlier version is updated with `reparse`
   * when the edits since are known; otherwise the document is parsed (evicting the oldest entry).
   */
  get(document: TextSource, languageId: LanguageId, parse: Parser, reparse?: Reparser): ParsedDocument {
    const cached = this.#entries.get(document.uri);
    const revision = revisionOf(document);
    if (cached !== undefined && cached.revision === revision && cached.languageId === languageId) {
      // Re-insert so Map order stays least-recently-used first.
      this.#entries.delete(document.uri);
      this.#entries.set(document.uri, cached);
      return cached.parsed;
    }
    this.#entries.delete(document.uri);
    const edits = cached !== undefined && cached.languageId === languageId && reparse !== undefined
      ? this.#edits?.editsBetween(document.uri, cached.revision, revision)
      : undefined;
    const parsed = cached !== undefined && edits !== undefined && reparse !== undefined
      ? reparse(document, languageId, cached.parsed, edits)
      : parse(document, languageId);
    this.#entries.set(document.uri, { revision, languageId, parsed });
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return parsed;
  }

  /**
   * Tells the cached parse of this version that its text is flat now (after `LineIndexedDocument.settle`):
   * `reparse` with no edits. A parse updated by edits reads around its new text until then, keeping the
   * earlier text it reads from.
   */
  settle(document: TextSource, languageId: LanguageId, reparse: Reparser): void {
    const cached = this.#entries.get(document.uri);
    if (cached === undefined || cached.revision !== revisionOf(document) || cached.languageId !== languageId) return;
    this.#entries.set(document.uri, { ...cached, parsed: reparse(document, languageId, cached.parsed, []) });
  }

  /** Forgets a closed document. */
  delete(uri: string): void {
    this.#entries.delete(uri);
  }

  /** Forgets everything, e.g. after the code sets changed (parses may depend on them). */
  clear(): void {
    this.#entries.clear();
  }

  get size(): number {
    return this.#entries.size;
  }
}
