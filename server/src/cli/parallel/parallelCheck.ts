import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { ResourceLimits } from 'node:worker_threads';
import { describeCheckFailure } from '../checkFailure';
import { isNdjsonFile } from '../fhirLines';
import { collectFiles } from '../files';
import type { FileToCheck, PathProblem } from '../files';
import { createBlockReporter } from '../findingBytes';
import type { BlockReporter } from '../findingBytes';
import type { OutputFormat, Sink } from '../output';
import type { PieceOptions } from '../x12Pieces';
import type { CheckTask, DoneMessage } from './messages';
import { interchangeRanges } from './interchangeCutter';
import { PendingTask } from './orderedQueue';
import { readSharedIndex } from './sharedIndex';
import { WorkerPool } from './workerPool';

/**
 * `icd-claim-check --jobs N` with N > 1: the main thread walks the paths and hands each file to a
 * worker, the workers check their files (an X12 file through the same streaming, piece-by-piece
 * parse as `--jobs 1`) and send the formatted findings back in blocks, and the main thread writes
 * the blocks in file order. The output, the exit status and the problems on stderr are those of
 * `--jobs 1`; memory stays bounded because each worker streams its file and sends bounded blocks.
 *
 * A small file is checked by one worker: each piece's parse is seeded by the parse of the piece
 * before it (delimiters, open envelopes, counts), so the pieces of one interchange form a chain. A
 * large claim file is split at interchange boundaries, where that chain starts afresh (see
 * interchangeCutter.ts), and its ranges are checked by several workers and written in file order.
 */

export interface ParallelOptions {
  readonly jobs: number;
  readonly format: OutputFormat;
  readonly codeSet: string | undefined;
  readonly sink: Sink;
  /** How the workers cut X12 files; tests cut far smaller pieces. */
  readonly pieces?: PieceOptions;
  /** The bundled worker script; by default cliWorker.js beside the bundled command line. */
  readonly workerScript?: string;
  /** Each worker's heap limits (see workerPool.ts); tests set tiny ones to see a task outgrow them. */
  readonly heapLimits?: ResourceLimits;
  /** Characters handed out per running worker before another starts (see below); tests start them all at once. */
  readonly charsPerWorker?: number;
  /** A claim file is split into ranges of whole interchanges of at least this many bytes; tests split at every boundary. */
  readonly rangeBytes?: number;
  /** How much of a file the main thread reads at once while splitting it; tests read in small steps. */
  readonly splitReadBytes?: number;
}

export interface ParallelOutcome {
  readonly sawError: boolean;
  /** Paths that could not be read or checked, in the order `--jobs 1` reports them. */
  readonly problems: PathProblem[];
  /** Set when the workers could not load the code sets: nothing was checked. */
  readonly startFailure: string | undefined;
}

/** Files in flight per worker: enough to keep each busy while the main thread writes, few enough to bound memory. */
const tasksPerWorker = 4;

/**
 * Ranges of a split file in flight beyond one per worker. A range's output is held until the ranges
 * before it are written, and a rule-dense range's output is as large as the range, so only one spare
 * keeps each worker busy without holding several ranges' output.
 */
const spareRanges = 1;

/**
 * Workers are started as the work grows: one at first, another each time the work known so far
 * reaches this many characters per running worker. Starting a worker costs about as much as checking
 * a few megabytes (it builds its own service and compiles the hot code again), so a folder of small
 * files is checked by one worker while large claim files start another as soon as they are opened
 * (a claim file's size counts in full). Any other file counts as this many characters divided by the
 * number of files a worker keeps in flight.
 */
const charsPerWorker = 4 * 1024 * 1024;

/**
 * The least size of a range of a split claim file: large enough that a worker's start and the
 * ordered hand-over cost little against the checking, small enough that a batch of a few hundred
 * megabytes gives every worker several ranges. A file smaller than two ranges is not split.
 */
const rangeBytes = 8 * 1024 * 1024;

/** The least size of a claim file split among the workers by default. */
export const splitFileBytes = 2 * rangeBytes;

/** A file's problem, kept in the queue so that stderr lists problems in the single-threaded order. */
interface QueuedProblem {
  readonly problem: PathProblem;
  readonly fileNumber: number;
}

type QueueEntry = PendingTask | QueuedProblem;

class ParallelRun {
  readonly #pool: WorkerPool;
  readonly #reporter: BlockReporter;
  readonly #options: ParallelOptions;
  readonly #queue: QueueEntry[] = [];
  readonly #problems: PathProblem[] = [];
  readonly #failedFiles = new Set<number>();
  #nextId = 0;
  #sawError = false;
  /** Characters of work known so far (whole claim files once opened), to decide when to start another worker. */
  #knownWork = 0;

  constructor(options: ParallelOptions) {
    this.#options = options;
    const script = options.workerScript ?? path.join(__dirname, 'cliWorker.js');
    const init = { index: readSharedIndex(), codeSet: options.codeSet, format: options.format, pieces: options.pieces };
    this.#pool = new WorkerPool(init, script, options.heapLimits);
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
      const { task, size } = await this.#taskOf(file);
      const splitBytes = this.#options.rangeBytes ?? rangeBytes;
      if (size >= 2 * splitBytes && this.#options.jobs > 1) {
        const inFlight = (): number => this.#pool.size + spareRanges;
        for await (const range of interchangeRanges(file.path, splitBytes, this.#options.splitReadBytes, undefined, this.#options.pieces?.cutSpacing)) await this.#enqueueTask({ ...task, id: this.#nextId++, range }, fileNumber, inFlight);
      } else {
        await this.#enqueueTask(task, fileNumber, () => this.#pool.size * tasksPerWorker);
      }
    } catch (error) {
      this.#queue.push({ problem: { path: file.path, message: describeCheckFailure(error) }, fileNumber });
    }
  }

  /** Queues a task for its output and hands it to a worker, waiting while `limit()` or more are in flight. */
  async #enqueueTask(task: CheckTask, fileNumber: number, limit: () => number): Promise<void> {
    const pending = new PendingTask(task, fileNumber);
    this.#queue.push(pending);
    this.#pool.submit(task, pending);
    while (this.#queue.length >= limit()) await this.#drainOne();
  }

  /**
   * A file's task: the whole file, whose size counts as known work when it is a claim file; `size`
   * is that size (0 for any other file, which is never split).
   */
  async #taskOf(file: FileToCheck): Promise<{ task: CheckTask; size: number }> {
    const claimFile = file.languageId === 'x12-837' && !isNdjsonFile(file);
    const size = claimFile ? (await stat(file.path)).size : 0;
    this.#addWork(claimFile ? size : (this.#options.charsPerWorker ?? charsPerWorker) / tasksPerWorker);
    return { task: { id: this.#nextId++, path: file.path, languageId: file.languageId }, size };
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
    const end = await this.#write(entry);
    if (end.failure !== undefined) {
      this.#failedFiles.add(entry.fileNumber);
      this.#problems.push({ path: entry.task.path, message: end.failure });
    }
  }

  async #write(entry: PendingTask): Promise<DoneMessage> {
    const blocks = entry.blocks();
    for (;;) {
      const next = await blocks.next();
      if (next.value.sawError) this.#sawError = true;
      await this.#reporter.reportBlock(next.value.block, next.value.count);
      if (next.done === true) return next.value;
    }
  }
}

/** Checks the paths with `options.jobs` workers; see above. */
export function checkInParallel(paths: readonly string[], options: ParallelOptions): Promise<ParallelOutcome> {
  return new ParallelRun(options).run(paths);
}
