import type { BlockMessage, CheckTask, DoneMessage } from './messages';
import type { TaskListener } from './workerPool';

/**
 * One task in the ordered output queue of the parallel checker: it gathers the blocks a worker sends
 * until the main thread reaches it, then hands them over in order. Only the task at the head of the
 * queue is written, so the output is the single-threaded output, byte for byte.
 */
export class PendingTask implements TaskListener {
  readonly #blocks: BlockMessage[] = [];
  #done: DoneMessage | undefined;
  #wake: (() => void) | undefined;

  /** @param fileNumber Which file of the run the task belongs to (a path may be named twice). */
  constructor(readonly task: CheckTask, readonly fileNumber: number) {}

  block(message: BlockMessage): void {
    this.#blocks.push(message);
    this.#signal();
  }

  done(message: DoneMessage): void {
    this.#done = message;
    this.#signal();
  }

  /** Yields the blocks sent before the end as they arrive; resolves with the end. */
  async *blocks(): AsyncGenerator<BlockMessage, DoneMessage> {
    for (;;) {
      const next = this.#blocks.shift();
      if (next !== undefined) {
        yield next;
        continue;
      }
      if (this.#done !== undefined) return this.#done;
      await new Promise<void>((resolve) => {
        this.#wake = resolve;
      });
    }
  }

  #signal(): void {
    const wake = this.#wake;
    this.#wake = undefined;
    wake?.();
  }
}
