import type { IdleWork } from './idleWork';

/**
 * Gives the memory of large short-lived data back soon after it became garbage.
 *
 * A document arrives as one JSON-RPC message: the transport holds its bytes (a buffer of the message's
 * size), decodes them into one string and parses that into the document text, so a 20 MB `didOpen`
 * leaves about 40 MB of garbage besides the text the host keeps; flattening a text in pieces leaves
 * the old flat text behind, and closing a document leaves its text and parse. V8 frees such garbage at
 * its next full collection, which the few small allocations of an idle server do not bring about for
 * a long time, and until then the process holds it. So after a large text arrived, was copied or was
 * closed, the binding asks for one full collection as idle work: once the server is quiet, once per
 * burst, never while a validation runs or a user types (keystrokes are far below the threshold).
 */

/** Characters of text received, copied or closed before a collection is worth its pause. */
const RELEASE_ABOVE_CHARS = 1 << 20;
const TASK_KEY = 'release memory';

export class MemoryReleaser {
  readonly #idleWork: IdleWork;
  readonly #collect: (() => void) | undefined;
  /** Characters received, copied or closed since the last collection. */
  #owed = 0;

  /** `collect` is the platform's full collection; without one (the browser worker) nothing is done. */
  constructor(idleWork: IdleWork, collect: (() => void) | undefined) {
    this.#idleWork = idleWork;
    this.#collect = collect;
  }

  /** Notes that a text of `chars` characters arrived, was copied whole or was closed (its copies are garbage now or soon). */
  owe(chars: number): void {
    const collect = this.#collect;
    if (collect === undefined) return;
    this.#owed += chars;
    if (this.#owed < RELEASE_ABOVE_CHARS || this.#idleWork.has(TASK_KEY)) return;
    this.#idleWork.add(TASK_KEY, { method: 'releaseMemory' }, 1, () => {
      this.#owed = 0;
      collect();
      return true;
    });
  }
}
