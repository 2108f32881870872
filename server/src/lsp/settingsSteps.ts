import type { Logger } from './log';

/**
 * The settings steps of the server (loading the code tables at start, applying a configuration
 * change), run one after another so that a later change never races an earlier one. Each step gets at
 * most `timeoutMs`: a step that has not finished by then (a file on a hung mount, a client that never
 * answers) is left to finish in the background, logged once, and the next step and every request that
 * waits for the settings go on with what is loaded. The steps themselves make sure that a late finish
 * does not overwrite newer settings (see `CodeSetState`).
 */

/** How long one settings step may hold up the ones after it and the requests waiting for it. */
export const SETTINGS_STEP_TIMEOUT_MS = 15_000;

export class SettingsSteps {
  readonly #logger: Logger;
  readonly #timeoutMs: number;
  #tail: Promise<void> = Promise.resolve();

  constructor(logger: Logger, timeoutMs = SETTINGS_STEP_TIMEOUT_MS) {
    this.#logger = logger;
    this.#timeoutMs = timeoutMs;
  }

  /** Queues `step` after the steps already queued; resolves when it finished, failed or ran out of time. */
  enqueue(name: string, step: () => Promise<void>): Promise<void> {
    const previous = this.#tail;
    const run = previous.then(() => this.#bounded(name, step));
    this.#tail = run;
    return run;
  }

  /** Resolves once every step queued so far has finished or ran out of time. */
  settled(): Promise<void> {
    return this.#tail;
  }

  async #bounded(name: string, step: () => Promise<void>): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => {
      timer = setTimeout(() => resolve('late'), this.#timeoutMs);
    });
    try {
      const outcome = await Promise.race([step().then(() => 'done' as const, () => 'done' as const), late]);
      if (outcome === 'late') {
        this.#logger.warn(`The settings step ${name} did not finish within ${this.#timeoutMs} ms; requests go on with the settings loaded so far.`);
      }
    } finally {
      clearTimeout(timer);
    }
  }
}
