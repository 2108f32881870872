import type { HostServices } from './host';

/**
 * Gives the memory of large short-lived data back soon after it became garbage.
 *
 * A document arrives as one JSON-RPC message: the transport holds its bytes (a buffer of the message's
 * size), decodes them into one string and parses that into the document text, so a 20 MB `didOpen`
 * leaves about 40 MB of garbage besides the text the host keeps; flattening a text in pieces leaves
 * the old flat text behind, and closing a document leaves its text and parse. V8 frees such garbage at
 * its next full collection, which the few small allocations of an idle server do not bring about for
 * a long time, and until then the process holds it. So after a large text arrived, was copied or was
 * closed, the binding asks for a full collection once the server has been quiet for a moment: it runs
 * between requests, once per burst, and never while a user types (keystrokes are far below the
 * threshold).
 */

/** Characters of text received or copied whole before a collection is worth its pause. */
const RELEASE_ABOVE_CHARS = 1 << 20;
/** How long the server must be quiet (no document change, no validation running or ending) before collecting. */
const RELEASE_AFTER_QUIET_MS = 250;

export class MemoryReleaser {
  readonly #host: HostServices;
  readonly #quietMs: number;
  /** Characters received or copied whole since the last collection. */
  #owed = 0;
  /** Long work in progress (validations): a due collection waits until it is over. */
  #busy = 0;
  #cancel: (() => void) | undefined;

  constructor(host: HostServices, quietMs = RELEASE_AFTER_QUIET_MS) {
    this.#host = host;
    this.#quietMs = quietMs;
  }

  /** Notes that a text of `chars` characters arrived, was copied whole or was closed (garbage now or soon). */
  owe(chars: number): void {
    if (this.#host.collectGarbage === undefined) return;
    this.#owed += chars;
    this.postpone();
  }

  /** Notes activity: a due collection waits until the server is quiet again. */
  postpone(): void {
    if (this.#owed < RELEASE_ABOVE_CHARS) return;
    this.#cancel?.();
    this.#cancel = this.#host.setBackgroundTimer(() => this.#collect(), this.#quietMs);
  }

  /** Runs long work (a validation); a due collection waits for the quiet after it. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.#busy++;
    try {
      return await work();
    } finally {
      this.#busy--;
      this.postpone();
    }
  }

  #collect(): void {
    this.#cancel = undefined;
    // Work in progress calls postpone when it ends.
    if (this.#busy > 0) return;
    this.#owed = 0;
    this.#host.collectGarbage?.();
  }
}
