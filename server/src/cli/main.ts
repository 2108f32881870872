import { availableParallelism } from 'node:os';
import { statSync } from 'node:fs';
import { describeLoadedYears } from '../lsp/codeSetState';
import { createDefaultLoaders } from '../node/loaders';
import type { CodeSetInfo } from '../protocol';
import type { CodeSets } from '../service/codes/codeSet';
import { parseArgs, usage, UsageError } from './args';
import type { CliOptions } from './args';
import { checkFileInBatches } from './check';
import { maskFile } from './mask';
import { collectFiles } from './files';
import { describeCheckFailure } from './checkFailure';
import { checkInParallel, splitFileBytes } from './parallel/parallelCheck';
import { defaultGiveUpBytes, hasInterchangeCut } from './parallel/interchangeCutter';
import type { PathProblem } from './files';
import { createJsonReporter, createLineReporter } from './output';
import { createBlockReporter } from './findingBytes';
import { extractFile, formatExtracted } from './extract';
import type { ExtractedRecord } from './extract';
import type { LanguageService } from '../service';

/**
 * `icd-claim-check`: checks claim files and notes from the command line with the editor's language
 * service. Exit status 1 when any finding is an error, 0 otherwise, 2 on a usage or I/O error.
 */

const exitClean = 0;
const exitFindings = 1;
const exitTrouble = 2;

function fail(message: string): number {
  process.stderr.write(`icd-claim-check: ${message}\n`);
  return exitTrouble;
}

/** Loads the bundled code sets and, with --code-set, a release folder over them. Problems go to stderr. */
function loadCodeSets(options: CliOptions, loaders: ReturnType<typeof createDefaultLoaders>): { codeSets: CodeSets; bundled: CodeSets; ok: boolean } {
  const bundled = loaders.loadBundled();
  if (options.codeSet === undefined) return { codeSets: bundled, bundled, ok: true };
  const { codeSets, problems } = loaders.importFolder(options.codeSet, bundled);
  for (const problem of problems) {
    const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
    process.stderr.write(`icd-claim-check: ${where}: ${problem.message}\n`);
  }
  // A folder that yields nothing usable is an I/O error: the user asked for data we cannot give.
  return { codeSets, bundled, ok: codeSets !== bundled };
}

function printInfo(info: CodeSetInfo, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(info, null, 2)}\n`);
    return;
  }
  for (const year of info.years) {
    process.stdout.write(`${year.label}: ${year.billableCount} billable codes, ${year.headerCount} header codes (${year.source})\n`);
  }
}

/** `--extract`: the documented mentions of every note found, then any path problems; status 0 or 2. */
async function extract(service: LanguageService, options: CliOptions): Promise<number> {
  const reporter = options.json ? createJsonReporter<ExtractedRecord>(process.stdout) : createLineReporter(process.stdout, formatExtracted);
  const problems: PathProblem[] = [];
  for await (const file of collectFiles(options.paths, problems, { extracting: true })) {
    try {
      for (const record of await extractFile(service, file)) await reporter.report(record);
    } catch (error) {
      problems.push({ path: file.path, message: describeCheckFailure(error) });
    }
  }
  await reporter.finish();
  for (const problem of problems) process.stderr.write(`icd-claim-check: ${problem.path} ${problem.message}\n`);
  return problems.length > 0 ? exitTrouble : exitClean;
}

/** Runs the command line and resolves with the exit status. */
export async function run(argv: readonly string[]): Promise<number> {
  let options: CliOptions;
  try {
    options = parseArgs(argv);
  } catch (error) {
    if (error instanceof UsageError) return fail(`${error.message}\n\n${usage}`);
    throw error;
  }
  if (options.help) {
    process.stdout.write(usage);
    return exitClean;
  }
  const jobs = options.jobs ?? defaultJobs(options.paths);
  const checking = !options.info && !options.extract && !options.mask;
  // The workers load the shared index themselves; this thread needs it only to vet a --code-set folder.
  if (checking && jobs > 1 && options.codeSet === undefined) return checkWithWorkers(options, jobs);
  const loaders = createDefaultLoaders();
  let codeSets: CodeSets;
  let bundled: CodeSets;
  try {
    const loaded = loadCodeSets(options, loaders);
    if (!loaded.ok) return fail(`the code-set folder ${options.codeSet ?? ''} could not be used.`);
    ({ codeSets, bundled } = loaded);
  } catch (error) {
    return fail(`the code sets could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (options.info) {
    printInfo(describeLoadedYears(codeSets, bundled, options.codeSet ?? ''), options.json);
    return exitClean;
  }
  if (checking && jobs > 1) return checkWithWorkers(options, jobs);
  const service = loaders.createService({ codeSets });
  if (options.extract) return extract(service, options);
  if (options.mask) {
    const [path = ''] = options.paths;
    try {
      await maskFile(service, path, (bytes) => process.stdout.write(bytes));
      return exitClean;
    } catch (error) {
      return fail(`${path} ${describeCheckFailure(error)}`);
    }
  }
  return checkOnMainThread(service, options);
}

/**
 * One thread per core when several files are checked, or, on a machine of at least
 * {@link MIN_CORES_TO_SPLIT_ONE_FILE} cores, one large claim file that can be split among the workers
 * at interchange boundaries (see parallel/interchangeCutter.ts). One thread for a single smaller file,
 * one whose first interchanges show no place to cut, or any single file on fewer cores: the pieces of
 * one interchange are parsed in a chain (each seeded by the one before), a single worker would only add
 * its start-up and the copying of its output to the same work, and split between two workers a file
 * costs about 1.75 times the CPU (each worker warms up and collects its own garbage, and the main
 * thread cuts), which two cores do not win back.
 */
/** Fewer cores than this check a single claim file on the main thread unless `--jobs` says otherwise. */
const MIN_CORES_TO_SPLIT_ONE_FILE = 4;

function defaultJobs(paths: readonly string[]): number {
  const [only] = paths;
  if (paths.length !== 1 || only === undefined) return availableParallelism();
  const size = plainFileSize(only);
  if (size === undefined) return availableParallelism();
  if (size < splitFileBytes || availableParallelism() < MIN_CORES_TO_SPLIT_ONE_FILE) return 1;
  try {
    return hasInterchangeCut(only, defaultGiveUpBytes) ? availableParallelism() : 1;
  } catch {
    // An unreadable file is reported by the check itself.
    return 1;
  }
}

/** The size of a plain file, or undefined for a folder or a missing path. */
function plainFileSize(candidate: string): number | undefined {
  try {
    const info = statSync(candidate);
    return info.isFile() ? info.size : undefined;
  } catch {
    // A missing path is reported by the check itself, on whichever thread runs it.
    return undefined;
  }
}

/** The exit status of a check, after the path problems are written to stderr. */
function finishCheck(problems: readonly PathProblem[], sawError: boolean): number {
  for (const problem of problems) process.stderr.write(`icd-claim-check: ${problem.path} ${problem.message}\n`);
  if (problems.length > 0) return exitTrouble;
  return sawError ? exitFindings : exitClean;
}

/** `--jobs 1`: every file checked in turn on this thread, a piece's findings written as one block. */
async function checkOnMainThread(service: LanguageService, options: CliOptions): Promise<number> {
  const format = options.json ? 'json' : 'text';
  const reporter = createBlockReporter(process.stdout, format);
  const problems: PathProblem[] = [];
  let sawError = false;
  for await (const file of collectFiles(options.paths, problems)) {
    try {
      for await (const diagnostics of checkFileInBatches(service, file)) {
        if (await reporter.reportFindings(file.path, diagnostics)) sawError = true;
      }
    } catch (error) {
      problems.push({ path: file.path, message: describeCheckFailure(error) });
    }
  }
  await reporter.finish();
  return finishCheck(problems, sawError);
}

/** `--jobs N`, N > 1: the same output from N worker threads (see parallel/parallelCheck.ts). */
async function checkWithWorkers(options: CliOptions, jobs: number): Promise<number> {
  let outcome;
  try {
    outcome = await checkInParallel(options.paths, { jobs, format: options.json ? 'json' : 'text', codeSet: options.codeSet, sink: process.stdout });
  } catch (error) {
    return fail(`the code sets could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (outcome.startFailure !== undefined) return fail(`the code sets could not be loaded: ${outcome.startFailure}`);
  return finishCheck(outcome.problems, outcome.sawError);
}

// A reader that stops early (`icd-claim-check big.837 | head`) closes the pipe: that is an output
// error, reported in one line rather than as a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  process.exitCode = fail(error.code === 'EPIPE' ? 'the output was closed before all findings were written.' : `cannot write the output (${error.code ?? error.name}).`);
  process.exit();
});

run(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.exitCode = fail(`internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  },
);
