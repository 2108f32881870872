import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import { describeCheckFailure } from '../checkFailure';
import { isNdjsonFile } from '../fhirLines';
import { collectFiles } from '../files';
import type { FileToCheck, PathProblem } from '../files';
import { createBlockReporter } from '../output';
import type { BlockReporter, OutputFormat, Sink } from '../output';
import { defaultPieceOptions, readX12Pieces } from '../x12Pieces';
import type { PieceOptions } from '../x12Pieces';
import type { CheckTask, DoneMessage } from './messages';
import { PendingTask } from './orderedQueue';
import { readSharedIndex } from './sharedIndex';
import { WorkerPool } from './workerPool';

/**
 * `icd-claim-check --jobs N` with N > 1: the main thread walks the paths and cuts X12 files into
 * pieces of whole claims (the same streaming cutter as the single-threaded path), the workers parse
 * and check the pieces and other files and format their findings, and the main thread writes the
 * blocks in file and piece order. The output, the exit status and the problems on stderr are those
 * of `--jobs 1`; memory stays bounded because only a few pieces per worker are in flight.
 */

export interface ParallelOptions {
  readonly jobs: number;
  readonly format: OutputFormat;
  readonly codeSet: string | undefined;
  readonly sink: Sink;
  /** How X12 files are cut; tests cut far smaller pieces. */
  readonly pieces?: PieceOptions;
  /** The bundled worker script; by default cliWorker.js beside the bundled command line. */
  readonly workerScript?: string;
  /** Each worker's heap limits (see workerPool.ts); tests set tiny ones to see a task outgrow them. */
  readonly heapLimits?: ResourceLimits;
  /** Characters handed out per running worker before another starts (see below); tests start them all at once. */
  readonly charsPerWorker?: number;
}

export interface ParallelOutcome {
  readonly sawError: boolean;
  /** Paths that could not be read or checked, in the order `--jobs 1` reports them. */
  readonly problems: PathProblem[];
  /** Set when the workers could not load the code sets: nothing was checked. */
  readonly startFailure: string | undefined;
}

/** Tasks in flight per worker: enough to keep each busy while the main thread writes, few enough to bound memory. */
const tasksPerWorker = 4;

/**
 * Workers are started as the work grows: one at first, another each time the work known so far
 * reaches this many characters per running worker. Starting a worker costs about as much as checking
 * a few megabytes (it builds its own service and compiles the hot code again), so a folder of small
 * files is checked by one worker while a large claim file starts them all as soon as it is opened (its
 * size counts in full). A file handed out whole counts as this many characters divided by the number
 * of tasks a worker keeps in flight.
 */
const charsPerWorker = 4 * 1024 * 1024;

/** A file's problem, kept in the queue so that stderr lists problems in the single-threaded order. */
interface QueuedProblem {
  readonly problem: PathProblem;
  readonly fileNumber: number;
}

type QueueEntry = PendingTask | QueuedProblem;

/** What the previous piece of the current interchange discovered (see check.ts `Carry`). */
interface Chain {
  fileNumber: number;
  interchange: number;
  observed: string | undefined;
}

class ParallelRun {
  readonly #pool: WorkerPool;
  readonly #reporter: BlockReporter;
  readonly #options: ParallelOptions;
  readonly #queue: QueueEntry[] = [];
  readonly #problems: PathProblem[] = [];
  readonly #failedFiles = new Set<number>();
  #chain: Chain = { fileNumber: -1, interchange: -1, observed: undefined };
  #nextId = 0;
  #sawError = false;
  /** Characters of work known so far (whole claim files once opened), to decide when to start another worker. */
  #knownWork = 0;

  constructor(options: ParallelOptions) {
    this.#options = options;
    const script = options.workerScript ?? path.join(__dirname, 'cliWorker.js');
    this.#pool = new WorkerPool({ index: readSharedIndex(), codeSet: options.codeSet, format: options.format }, script, options.heapLimits);
    this.#reporter = createBlockReporter(options.sink, options.format);
  }

  async run(paths: readonly string[]): Promise<ParallelOutcome> {
    const walkProblems: PathProblem[] = [];
    let fileNumber = 0;
    try {
      for await (const file of collectFiles(paths, walkProblems)) {
        this.#enqueueProblems(walkProblems, -1);
        await this.#enqueueFile(file, fileNumber++);
      }
      this.#enqueueProblems(walkProblems, -1);
      while (this.#queue.length > 0) await this.#drainOne();
      await this.#reporter.finish();
    } finally {
      await this.#pool.close();
    }
    return { sawError: this.#sawError, problems: this.#problems, startFailure: this.#pool.startFailure };
  }

  async #enqueueFile(file: FileToCheck, fileNumber: number): Promise<void> {
    try {
      for await (const task of this.#tasksOf(file, fileNumber)) {
        const pending = new PendingTask(task, fileNumber);
        this.#queue.push(pending);
        this.#pool.submit(task, pending);
        while (this.#queue.length >= this.#pool.size * tasksPerWorker) await this.#drainOne();
      }
    } catch (error) {
      this.#queue.push({ problem: { path: file.path, message: describeCheckFailure(error) }, fileNumber });
    }
  }

  /** A file's tasks: its pieces for an X12 file, else the whole file. */
  async *#tasksOf(file: FileToCheck, fileNumber: number): AsyncGenerator<CheckTask> {
    if (file.languageId !== 'x12-837' || isNdjsonFile(file)) {
      this.#addWork((this.#options.charsPerWorker ?? charsPerWorker) / tasksPerWorker);
      yield { kind: 'file', id: this.#nextId++, path: file.path, languageId: file.languageId };
      return;
    }
    this.#addWork((await stat(file.path)).size);
    const stream = createReadStream(file.path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    for await (const piece of readX12Pieces(stream as AsyncIterable<string>, this.#options.pieces ?? defaultPieceOptions)) {
      yield { kind: 'piece', id: this.#nextId++, path: file.path, languageId: file.languageId, piece, observedIn: this.#expectedCarry(fileNumber, piece.interchange) };
    }
  }

  /** Counts work and starts workers while the work known so far justifies them. */
  #addWork(chars: number): void {
    const perWorker = this.#options.charsPerWorker ?? charsPerWorker;
    this.#knownWork += chars;
    while (this.#pool.size < this.#options.jobs && this.#knownWork >= this.#pool.size * perWorker) this.#pool.grow();
  }

  #enqueueProblems(problems: PathProblem[], fileNumber: number): void {
    for (const problem of problems.splice(0)) this.#queue.push({ problem, fileNumber });
  }

  /** The component separator the previous piece of this interchange left, as far as the written output knows. */
  #expectedCarry(fileNumber: number, interchange: number): string | undefined {
    const chain = this.#chain;
    return chain.fileNumber === fileNumber && chain.interchange === interchange ? chain.observed : undefined;
  }

  /** Writes the head of the queue, waiting for its worker as needed. */
  async #drainOne(): Promise<void> {
    const entry = this.#queue.shift();
    if (entry === undefined) return;
    if (!(entry instanceof PendingTask)) {
      this.#failedFiles.add(entry.fileNumber);
      this.#problems.push(entry.problem);
      return;
    }
    if (this.#failedFiles.has(entry.fileNumber)) return;
    const end = await this.#write(await this.#settled(entry));
    if (end.failure !== undefined) {
      this.#failedFiles.add(entry.fileNumber);
      this.#problems.push({ path: entry.task.path, message: end.failure });
    }
  }

  /**
   * The task itself, or, for a piece checked with a carry that the pieces before it did not leave
   * (a component separator discovered late), the piece checked again with the right one.
   */
  async #settled(entry: PendingTask): Promise<PendingTask> {
    const task = entry.task;
    if (task.kind !== 'piece') return entry;
    const expected = this.#expectedCarry(entry.fileNumber, task.piece.interchange);
    if (task.observedIn === expected) return entry;
    const again = new PendingTask({ ...task, id: this.#nextId++, observedIn: expected }, entry.fileNumber);
    this.#pool.submit(again.task, again);
    return again;
  }

  async #write(entry: PendingTask): Promise<DoneMessage> {
    const blocks = entry.blocks();
    for (;;) {
      const next = await blocks.next();
      if (next.value.sawError) this.#sawError = true;
      await this.#reporter.reportBlock(next.value.block, next.value.count);
      if (next.done !== true) continue;
      if (entry.task.kind === 'piece') {
        this.#chain = { fileNumber: entry.fileNumber, interchange: entry.task.piece.interchange, observed: next.value.observedOut };
      }
      return next.value;
    }
  }
}

/** Checks the paths with `options.jobs` workers; see above. */
export function checkInParallel(paths: readonly string[], options: ParallelOptions): Promise<ParallelOutcome> {
  return new ParallelRun(options).run(paths);
}
