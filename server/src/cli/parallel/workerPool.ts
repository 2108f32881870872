import { Worker } from 'node:worker_threads';
import type { ResourceLimits } from 'node:worker_threads';
import type { BlockMessage, CheckTask, DoneMessage, WorkerInit, WorkerMessage } from './messages';

/**
 * The checking workers of `icd-claim-check --jobs N`. Tasks go to the worker with the fewest tasks
 * outstanding; each task's messages reach the listener given with it. A worker that dies fails its
 * outstanding tasks (the files are reported as not checked) and gets no more work.
 */

/** Receives what one task produces, in order: blocks, then exactly one `done`. */
export interface TaskListener {
  block(message: BlockMessage): void;
  done(message: DoneMessage): void;
}

interface Outstanding {
  readonly task: CheckTask;
  readonly listener: TaskListener;
  /** Whether part of the task's output has been passed on (then it cannot be run again). */
  sentBlocks: boolean;
}

interface PoolWorker {
  readonly worker: Worker;
  readonly outstanding: Map<number, Outstanding>;
  /** A worker without the heap limit, started in place of one whose task outgrew the limit. */
  readonly roomy: boolean;
  alive: boolean;
}

/**
 * The heap of a worker. A worker's live heap (its service and the pieces of the file it streams) stays at a few tens of
 * megabytes; without limits V8 lets each worker's heap grow far beyond that before collecting, which
 * is what would break the memory bound on a gigabyte batch. A smaller young generation saves more
 * memory but makes the workers spend several times longer collecting (bench/README.md). A task that
 * does outgrow the limits (a huge note, a claim file without boundaries) is run again on a worker
 * without them.
 */
export const defaultHeapLimits: ResourceLimits = { maxYoungGenerationSizeMb: 12, maxOldGenerationSizeMb: 64 };

/** What a task of a worker that stopped reports: the file is named on stderr, never its content. */
const workerLost = 'could not be checked (internal worker error)';

export class WorkerPool {
  readonly #workers: PoolWorker[] = [];
  readonly #init: WorkerInit;
  readonly #script: string;
  readonly #heapLimits: ResourceLimits;
  /** Why the workers could not start (the code sets could not be loaded), once one said so. */
  #startFailure: string | undefined;

  /** Starts `size` workers; more can be added with {@link grow}. */
  constructor(init: WorkerInit, script: string, heapLimits: ResourceLimits = defaultHeapLimits, size = 1) {
    this.#init = init;
    this.#heapLimits = heapLimits;
    this.#script = script;
    for (let i = 0; i < size; i++) this.grow();
  }

  /** How many workers were started (including any that stopped since). */
  get size(): number {
    return this.#workers.length;
  }

  /** Starts one more worker. */
  grow(): void {
    this.#workers.push(this.#spawn(false));
  }

  /** The message of a worker that could not load the code sets, if any did. */
  get startFailure(): string | undefined {
    return this.#startFailure;
  }

  submit(task: CheckTask, listener: TaskListener): void {
    let chosen: PoolWorker | undefined;
    for (const candidate of this.#workers) {
      if (candidate.alive && (chosen === undefined || candidate.outstanding.size < chosen.outstanding.size)) chosen = candidate;
    }
    this.#send(chosen, task, listener);
  }

  #send(worker: PoolWorker | undefined, task: CheckTask, listener: TaskListener): void {
    if (worker === undefined) {
      listener.done(lostTask(task.id));
      return;
    }
    worker.outstanding.set(task.id, { task, listener, sentBlocks: false });
    worker.worker.postMessage(task);
  }

  /** Stops every worker; outstanding tasks are failed. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(async (entry) => {
      entry.alive = false;
      await entry.worker.terminate();
    }));
  }

  #spawn(roomy: boolean): PoolWorker {
    const worker = new Worker(this.#script, { workerData: this.#init, ...(roomy ? {} : { resourceLimits: this.#heapLimits }) });
    const entry: PoolWorker = { worker, outstanding: new Map(), roomy, alive: true };
    worker.on('message', (message: WorkerMessage) => this.#receive(entry, message));
    worker.on('error', (error: NodeJS.ErrnoException) => this.#lose(entry, error.code === 'ERR_WORKER_OUT_OF_MEMORY'));
    worker.on('exit', () => this.#lose(entry, false));
    return entry;
  }

  /**
   * A worker stopped: its tasks fail, or, when it ran out of its heap limit, a worker without the
   * limit takes its place and its tasks (those that have not yet passed on part of their output).
   */
  #lose(entry: PoolWorker, outOfMemory: boolean): void {
    if (!entry.alive && entry.outstanding.size === 0) return;
    entry.alive = false;
    const outstanding = [...entry.outstanding.values()];
    entry.outstanding.clear();
    const replacement = outOfMemory && !entry.roomy ? this.#spawn(true) : undefined;
    if (replacement !== undefined) this.#workers.push(replacement);
    for (const { task, listener, sentBlocks } of outstanding) {
      if (replacement === undefined || sentBlocks) listener.done(lostTask(task.id));
      else this.#send(replacement, task, listener);
    }
  }

  #receive(entry: PoolWorker, message: WorkerMessage): void {
    if (message.kind === 'start-failed') {
      this.#startFailure ??= message.message;
      entry.alive = false;
      void entry.worker.terminate();
      return;
    }
    const outstanding = entry.outstanding.get(message.id);
    if (outstanding === undefined) return;
    if (message.kind === 'block') {
      outstanding.sentBlocks = true;
      outstanding.listener.block(message);
      return;
    }
    entry.outstanding.delete(message.id);
    outstanding.listener.done(message);
  }
}

function lostTask(id: number): DoneMessage {
  return { kind: 'done', id, block: new Uint8Array(0), count: 0, sawError: false, failure: workerLost };
}
