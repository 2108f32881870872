import type { LanguageId } from '../service/languageService';
import type { ParsedDocument } from '../service/model';
import type { TextSource } from '../service/spans';

/**
 * Parse results per open document version, so hover, completion, diagnostics, code actions and the
 * outline of one version share a single parse. The cache is bounded (an 837 of tens of MB parses
 * into a large model) and forgets a document when it is closed or when the code sets change.
 */

interface Entry {
  readonly version: number;
  readonly languageId: LanguageId;
  readonly parsed: ParsedDocument;
}

/** How to parse a document; supplied by the server so the cache never sees the service's lifetime. */
export type Parser = (document: TextSource, languageId: LanguageId) => ParsedDocument;

export class ParsedDocumentCache {
  readonly #entries = new Map<string, Entry>();
  readonly #capacity: number;

  /** @param capacity The most documents kept parsed at once; the least recently used goes first. */
  constructor(capacity = 10) {
    this.#capacity = Math.max(1, capacity);
  }

  /** The parse of this exact version, parsing it (and evicting the oldest entry) if needed. */
  get(document: TextSource, languageId: LanguageId, parse: Parser): ParsedDocument {
    const cached = this.#entries.get(document.uri);
    if (cached !== undefined && cached.version === document.version && cached.languageId === languageId) {
      // Re-insert so Map order stays least-recently-used first.
      this.#entries.delete(document.uri);
      this.#entries.set(document.uri, cached);
      return cached.parsed;
    }
    this.#entries.delete(document.uri);
    const parsed = parse(document, languageId);
    this.#entries.set(document.uri, { version: document.version, languageId, parsed });
    while (this.#entries.size > this.#capacity) {
      const oldest = this.#entries.keys().next().value;
      if (oldest === undefined) break;
      this.#entries.delete(oldest);
    }
    return parsed;
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
