import type { CancellationToken, Diagnostic } from 'vscode-languageserver/node';
import type { ValidationRun } from '../service/languageService';
import { cancelledError, contentChangedError } from './runSafe';

/**
 * Runs validations in slices so the server stays responsive: between slices it yields to the event
 * loop (hover, completion and cancellations are handled) and stops with RequestCancelled or
 * ServerCancelled when the request was cancelled or the document changed. The document's host keeps
 * the last finished run, which the next version's run uses to re-check only the claims an edit touched.
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
  /** The run, started by the document's host. */
  readonly run: ValidationRun;
  readonly token?: CancellationToken;
  /** Whether the document changed since the run started (its offsets would be stale). */
  isStale(): boolean;
}

export class ValidationRunner {
  readonly #now: () => number;
  readonly #yield: () => Promise<void>;

  /**
   * @param now Injectable clock, so tests can force a yield after every step.
   * @param yieldToEventLoop Lets the connection handle the messages that queued up during a slice.
   */
  constructor(now: () => number = () => performance.now(), yieldToEventLoop: () => Promise<void> = yieldWithTimeout) {
    this.#now = now;
    this.#yield = yieldToEventLoop;
  }

  /** Runs a validation to the end in slices and returns its diagnostics. */
  async run(validation: SlicedValidation): Promise<Diagnostic[]> {
    const { run } = validation;
    let sliceStart = this.#now();
    while (!run.step(ENCOUNTERS_PER_STEP)) {
      if (this.#now() - sliceStart < SLICE_MS) continue;
      await this.#yield();
      if (validation.token?.isCancellationRequested === true) throw cancelledError();
      if (validation.isStale()) throw contentChangedError();
      sliceStart = this.#now();
    }
    return run.diagnostics();
  }
}
