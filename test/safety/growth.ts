import { appendFileSync } from 'node:fs';

/**
 * How fast the cost of some work grows with its size, measured on the host that runs the test rather
 * than against a fixed time limit: the CPU time at a size `n` divided by the CPU time at `n / 4`. Work
 * that is linear in its size takes about four times as long at four times the size, quadratic work
 * sixteen times, on a fast host and a slow one alike.
 */

/**
 * The most {@link Growth.ratio} that passes for linear work. Linear work takes about 4 times as long at
 * 4 times the size (a little more for n log n sorting), quadratic work 16 times; 8 sits halfway
 * between on a logarithmic scale, twice the linear ratio, which leaves room for a garbage collection
 * that falls on a full-size run only and for a noisy host. A quadratic part of the work exceeds it
 * once it costs more than twice the linear part at the full size (16(1 + q) / (4 + q) > 8 for q > 2).
 * The scaling shapes' former quadratic code took more than ten times as long as the linear code at
 * their regression sizes (bench/README.md): a ratio of 15 or more.
 */
export const MAX_LINEAR_RATIO = 8;

/**
 * The most {@link Growth.ratio} that passes for work that must not grow with its size at all, such as
 * a request about one position of a document: 2 sits halfway between constant work (a ratio of 1) and
 * linear work (4) on a logarithmic scale, as {@link MAX_LINEAR_RATIO} sits between linear and quadratic.
 */
export const MAX_CONSTANT_RATIO = 2;

/** The CPU time (user and system, in milliseconds) that `work` takes, so other processes on a shared host do not count. */
export function cpuMs(work: () => void): number {
  const started = process.cpuUsage();
  work();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** What {@link quarterGrowth} measured. */
export interface Growth {
  /** Least CPU time at the quarter size. */
  readonly quarterMs: number;
  /** Least CPU time at the full size. */
  readonly fullMs: number;
  /** `fullMs / quarterMs`: about 4 for linear work, 16 for quadratic work. */
  readonly ratio: number;
}

/** How many times {@link quarterGrowth} runs the work at each size. */
export interface GrowthRuns {
  readonly quarter: number;
  readonly full: number;
}

/**
 * The least CPU time one measured sample should take: a sample of a few milliseconds is at the mercy of one scavenge or one
 * timer tick of a loaded host (a CI run once failed an 837 of interchange headers whose quarter-size sample took a few
 * milliseconds, and the same test passed with a ratio under 4 on the next run), so work that short is repeated within each
 * sample and the sample's time divided by the repeats.
 */
const MIN_SAMPLE_MS = 25;
/** At most this many repeats of the work in one sample. */
const MAX_REPEATS = 20;

/** At most this many rounds beyond the planned ones when the planned rounds exceed the caller's limit (see {@link quarterGrowth}). */
export const MAX_EXTRA_ROUNDS = 3;

/**
 * The growth of `work` from `n / 4` (rounded down) to `n`. `work(size, run)` does the work at `size`;
 * `run` numbers its calls, so work that opens a document can give each call a document of its own.
 * One unmeasured run at the quarter size comes first, so that compiling the code and filling lazily
 * built tables is not counted against the smaller size; its time also sets how many times each sample
 * repeats the work (the same count at both sizes, see {@link MIN_SAMPLE_MS}). Then quarter and full
 * samples alternate, so that a burst of load from other processes falls on both sizes alike. Each size
 * keeps its least time: noise and garbage collection only ever add time, so the least sample is the
 * closest to the work itself. When `limit` is given and the ratio of the planned rounds exceeds it,
 * up to {@link MAX_EXTRA_ROUNDS} more rounds follow: a burst of load on a shared host that fell on
 * every full-size sample of the planned rounds (a CI run once measured a linear shape at 8.1, which
 * measures about 4 on a quiet host) seldom falls on the later ones too, while work that really grows
 * faster than the limit exceeds it in every round and still fails.
 */
export function quarterGrowth(work: (size: number, run: number) => void, n: number, runs: GrowthRuns, limit?: number): Growth {
  const quarter = Math.floor(n / 4);
  let run = 0;
  const warmUpMs = cpuMs(() => work(quarter, run++));
  const repeats = Math.min(MAX_REPEATS, Math.max(1, Math.ceil(MIN_SAMPLE_MS / Math.max(warmUpMs, 0.5))));
  const sample = (size: number): number => cpuMs(() => {
    for (let repeat = 0; repeat < repeats; repeat++) work(size, run++);
  }) / repeats;
  let quarterMs = Number.POSITIVE_INFINITY;
  let fullMs = Number.POSITIVE_INFINITY;
  for (let round = 0; round < Math.max(runs.quarter, runs.full); round++) {
    if (round < runs.quarter) quarterMs = Math.min(quarterMs, sample(quarter));
    if (round < runs.full) fullMs = Math.min(fullMs, sample(n));
  }
  for (let extra = 0; limit !== undefined && extra < MAX_EXTRA_ROUNDS && ratioOf(fullMs, quarterMs) > limit; extra++) {
    quarterMs = Math.min(quarterMs, sample(quarter));
    fullMs = Math.min(fullMs, sample(n));
  }
  return { quarterMs, fullMs, ratio: ratioOf(fullMs, quarterMs) };
}

/** A quarter run too short for the clock to see stands for the clock's resolution, not for zero. */
function ratioOf(fullMs: number, quarterMs: number): number {
  return fullMs / Math.max(quarterMs, 0.001);
}

/**
 * Appends one line with `title` and what {@link quarterGrowth} measured to the file named by the
 * environment variable `GROWTH_LOG`, when it is set: how the ratios of every growth test on a given
 * host can be collected over several runs (a passing test shows no figures).
 */
export function logGrowth(title: string, growth: Growth): void {
  const file = process.env['GROWTH_LOG'];
  if (file === undefined || file === '') return;
  appendFileSync(file, `${JSON.stringify({ title, ratio: round(growth.ratio), fullMs: round(growth.fullMs), quarterMs: round(growth.quarterMs) })}\n`);
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
