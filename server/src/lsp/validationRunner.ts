import type { CancellationToken, Diagnostic } from 'vscode-languageserver/node';
import type { ValidationRun } from '../service/languageService';
import { cancelledError, contentChangedError } from './runSafe';

/**
 * Runs validations in slices so the server stays responsive: between slices it yields to the event
 * loop (hover, completion and cancellations are handled) and stops with RequestCancelled or
 * ServerCancelled when the request was cancelled or the document changed. It keeps each document's
 * last finished run, which the next version's run uses to re-check only the claims an edit touched.
 */

/** Encounters per `step` call; small enough that a step stays far below the slice time. */
const ENCOUNTERS_PER_STEP = 64;
/** How long one slice may hold the thread before queued messages get a turn. */
const SLICE_MS = 8;

/** The portable yield (a macrotask); the server passes its host's, which on Node is `setImmediate`. */
function yieldWithTimeout(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** What a sliced validation needs besides its run. */
export interface SlicedValidation {
  readonly uri: string;
  /** Starts the run; `previous` is the document's last finished run, if any. */
  start(previous: ValidationRun | undefined): ValidationRun;
  readonly token?: CancellationToken;
  /** Whether the document changed since the run started (its offsets would be stale). */
  isStale(): boolean;
}

export class ValidationRunner {
  readonly #finished = new Map<string, ValidationRun>();
  readonly #capacity: number;
  readonly #now: () => number;
  readonly #yield: () => Promise<void>;

  /**
   * @param capacity How many documents' finished runs are kept (least recently validated goes first);
   *   reuse matters for the few documents being edited, and each run holds its findings.
   * @param now Injectable clock, so tests can force a yield after every step.
   * @param yieldToEventLoop Lets the connection handle the messages that queued up during a slice.
   */
  constructor(capacity = 10, now: () => number = () => performance.now(), yieldToEventLoop: () => Promise<void> = yieldWithTimeout) {
    this.#capacity = Math.max(1, capacity);
    this.#now = now;
    this.#yield = yieldToEventLoop;
  }

  /** Runs a validation to the end in slices and returns its diagnostics. */
  async run(validation: SlicedValidation): Promise<Diagnostic[]> {
    const run = validation.start(this.#finished.get(validation.uri));
    let sliceStart = this.#now();
    while (!run.step(ENCOUNTERS_PER_STEP)) {
      if (this.#now() - sliceStart < SLICE_MS) continue;
      await this.#yield();
      if (validation.token?.isCancellationRequested === true) throw cancelledError();
      if (validation.isStale()) throw contentChangedError();
      sliceStart = this.#now();
    }
    this.#finished.delete(validation.uri);
    this.#finished.set(validation.uri, run);
    while (this.#finished.size > this.#capacity) {
      const oldest = this.#finished.keys().next().value;
      if (oldest === undefined) break;
      this.#finished.delete(oldest);
    }
    return run.diagnostics();
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.#finished.delete(uri);
  }

  /** Forgets every document, e.g. after the code sets changed. */
  clear(): void {
    this.#finished.clear();
  }
}
