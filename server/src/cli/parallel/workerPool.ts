import { Worker } from 'node:worker_threads';
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

interface PoolWorker {
  readonly worker: Worker;
  readonly outstanding: Map<number, TaskListener>;
  alive: boolean;
}

/** What a task of a worker that stopped reports: the file is named on stderr, never its content. */
const workerLost = 'could not be checked (internal worker error)';

export class WorkerPool {
  readonly #workers: PoolWorker[] = [];
  /** Why the workers could not start (the code sets could not be loaded), once one said so. */
  #startFailure: string | undefined;

  constructor(size: number, init: WorkerInit, script: string) {
    for (let i = 0; i < size; i++) this.#workers.push(this.#spawn(init, script));
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
    if (chosen === undefined) {
      listener.done(lostTask(task.id));
      return;
    }
    chosen.outstanding.set(task.id, listener);
    chosen.worker.postMessage(task);
  }

  /** Stops every worker; outstanding tasks are failed. */
  async close(): Promise<void> {
    await Promise.all(this.#workers.map(async (entry) => {
      entry.alive = false;
      await entry.worker.terminate();
    }));
  }

  #spawn(init: WorkerInit, script: string): PoolWorker {
    const worker = new Worker(script, { workerData: init });
    const entry: PoolWorker = { worker, outstanding: new Map(), alive: true };
    worker.on('message', (message: WorkerMessage) => this.#receive(entry, message));
    const lose = (): void => {
      entry.alive = false;
      const listeners = [...entry.outstanding];
      entry.outstanding.clear();
      for (const [id, listener] of listeners) listener.done(lostTask(id));
    };
    worker.on('error', lose);
    worker.on('exit', lose);
    return entry;
  }

  #receive(entry: PoolWorker, message: WorkerMessage): void {
    if (message.kind === 'start-failed') {
      this.#startFailure ??= message.message;
      entry.alive = false;
      void entry.worker.terminate();
      return;
    }
    const listener = entry.outstanding.get(message.id);
    if (listener === undefined) return;
    if (message.kind === 'block') {
      listener.block(message);
      return;
    }
    entry.outstanding.delete(message.id);
    listener.done(message);
  }
}

function lostTask(id: number): DoneMessage {
  return { kind: 'done', id, block: '', count: 0, sawError: false, observedOut: undefined, failure: workerLost };
}
