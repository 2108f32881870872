import type { HostServices } from './host';
import type { Logger } from './log';
import { runSafe } from './runSafe';
import type { RequestLabel } from './runSafe';

/**
 * Work the server does only while the client is quiet: first-use work of a new service, the hovers of
 * open documents, giving memory back after large texts; done in short bounded steps with a pause
 * between them, and only once no document was changed or asked about for a moment and no validation
 * is running, so that typing never queues behind it. Each task says after each step whether it is
 * done; tasks run in the order they were added.
 */

export interface IdleWorkOptions {
  /** How long the client must have been quiet before a step runs. */
  readonly quietMs: number;
  /** The pause between two steps while the client stays quiet. */
  readonly pauseMs: number;
}

interface IdleTask {
  readonly key: string;
  readonly label: RequestLabel;
  /** What one step may do, in the task's own unit (title chunks, codes described), sized to a millisecond or two. */
  readonly budget: number;
  readonly step: (budget: number) => boolean;
}

export class IdleWork {
  readonly #host: HostServices;
  readonly #logger: Logger;
  readonly #options: IdleWorkOptions;
  readonly #now: () => number;
  #tasks: IdleTask[] = [];
  #lastActivity = Number.NEGATIVE_INFINITY;
  #cancelTimer: (() => void) | undefined;
  #stepping = false;
  /** Long requests in progress (validations): no step runs until they are over. */
  #busy = 0;

  constructor(host: HostServices, logger: Logger, options: IdleWorkOptions, now: () => number = Date.now) {
    this.#host = host;
    this.#logger = logger;
    this.#options = options;
    this.#now = now;
  }

  /** A document was changed or asked about: steps wait until the client has been quiet again. */
  noteActivity(): void {
    this.#lastActivity = this.#now();
  }

  /** Runs long work (a validation run in slices): steps wait until it is over and the client is quiet again. */
  async during<T>(work: () => Promise<T>): Promise<T> {
    this.#busy++;
    this.noteActivity();
    try {
      return await work();
    } finally {
      this.#busy--;
      this.noteActivity();
    }
  }

  /**
   * Adds a task under `key`, replacing one already there. A task added `first` runs before the others:
   * work that makes the next requests cheaper (settling an edited text) should not wait behind first-use
   * work that may take many steps.
   */
  add(key: string, label: RequestLabel, budget: number, step: (budget: number) => boolean, placement: 'first' | 'last' = 'last'): void {
    const task: IdleTask = { key, label, budget, step };
    const others = this.#tasks.filter((each) => each.key !== key);
    this.#tasks = placement === 'first' ? [task, ...others] : [...others, task];
    this.#schedule(this.#options.pauseMs);
  }

  has(key: string): boolean {
    return this.#tasks.some((task) => task.key === key);
  }

  /** Drops the task under `key` (its document closed). */
  remove(key: string): void {
    this.#tasks = this.#tasks.filter((task) => task.key !== key);
  }

  /** Drops every task (the service they belong to was replaced, or the connection ends). */
  clear(): void {
    this.#tasks = [];
    this.#cancelTimer?.();
    this.#cancelTimer = undefined;
  }

  #schedule(ms: number): void {
    if (this.#cancelTimer !== undefined || this.#stepping || this.#tasks.length === 0) return;
    this.#cancelTimer = this.#host.setBackgroundTimer(() => {
      this.#cancelTimer = undefined;
      void this.#run();
    }, ms);
  }

  async #run(): Promise<void> {
    const task = this.#tasks[0];
    if (task === undefined) return;
    const quietFor = this.#now() - this.#lastActivity;
    if (this.#busy > 0 || quietFor < this.#options.quietMs) {
      this.#schedule(Math.max(this.#options.pauseMs, this.#options.quietMs - quietFor));
      return;
    }
    this.#stepping = true;
    // A step that fails is logged (file name only) and counts as done, so it is never retried forever.
    const done = await runSafe(this.#logger, task.label, undefined, true, () => task.step(task.budget));
    this.#stepping = false;
    if (done) this.#tasks = this.#tasks.filter((each) => each !== task);
    this.#schedule(this.#options.pauseMs);
  }
}
