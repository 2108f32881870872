import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { checkFile } from '../../server/src/cli/check';
import type { CheckOptions } from '../../server/src/cli/check';
import { describeCheckFailure } from '../../server/src/cli/checkFailure';
import { collectFiles } from '../../server/src/cli/files';
import type { PathProblem } from '../../server/src/cli/files';
import { createJsonReporter, createTextReporter } from '../../server/src/cli/output';
import type { OutputFormat, Sink } from '../../server/src/cli/output';
import { loadBundledCodeSets } from '../../server/src/node/codeSetLoader';
import { createDefaultLoaders } from '../../server/src/node/loaders';

/** What the parallel-checker tests share: running the command line, capturing output, comparing runs. */

export const repoRoot = path.resolve(__dirname, '..', '..');
const bin = process.env.ICD_CHECK_BIN ?? path.join(repoRoot, 'bin', 'icd-claim-check.js');
export const workerScript = path.join(repoRoot, 'server', 'out', 'cliWorker.js');
export const examplesDir = path.join(repoRoot, 'examples');

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function check(...args: string[]): Run {
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', timeout: 120_000, maxBuffer: 1 << 28 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function stringSink(): { sink: Sink; text: () => string } {
  const chunks: Uint8Array[] = [];
  return { sink: { write: (chunk: Uint8Array) => (chunks.push(chunk), true), once: () => undefined }, text: () => Buffer.concat(chunks).toString('utf8') };
}

export function asRun(problems: readonly PathProblem[], sawError: boolean, stdout: string): Run {
  const stderr = problems.map((problem) => `icd-claim-check: ${problem.path} ${problem.message}\n`).join('');
  return { status: problems.length > 0 ? 2 : sawError ? 1 : 0, stdout, stderr };
}

/** Compares two runs; a long output is compared line by line so that a failure shows the first line that differs. */
export function sameRun(actual: Run, expected: Run): void {
  assert.equal(actual.status, expected.status, 'exit status');
  assert.equal(actual.stderr, expected.stderr, 'stderr');
  const actualLines = actual.stdout.split('\n');
  const expectedLines = expected.stdout.split('\n');
  const first = expectedLines.findIndex((line, index) => line !== actualLines[index]);
  assert.equal(first, -1, `line ${first + 1} differs:\n  ${actualLines[first]}\n  ${expectedLines[first]}`);
  assert.equal(actualLines.length, expectedLines.length, 'the number of lines');
}

/** A batch written by the bench's generator (a script of its own: it cannot be imported into a test). */
export function writeBatch(file: string, ...options: string[]): void {
  const result = spawnSync(process.execPath, [path.join(repoRoot, 'bench', 'generate837.mjs'), '--out', file, ...options], { encoding: 'utf8' });
  assert.equal(result.status, 0, result.stderr);
}

/** The single-threaded checker in this process (the loop of cli/main.ts), with the given cut. */
export async function checkOnThisThread(paths: readonly string[], format: OutputFormat, options: CheckOptions): Promise<Run> {
  const service = createDefaultLoaders().createService({ codeSets: loadBundledCodeSets() });
  const { sink, text } = stringSink();
  const reporter = format === 'json' ? createJsonReporter(sink) : createTextReporter(sink);
  const problems: PathProblem[] = [];
  let sawError = false;
  for await (const file of collectFiles(paths, problems)) {
    try {
      for await (const finding of checkFile(service, file, options)) {
        sawError ||= finding.severity === 'error';
        await reporter.report(finding);
      }
    } catch (error) {
      problems.push({ path: file.path, message: describeCheckFailure(error) });
    }
  }
  await reporter.finish();
  return asRun(problems, sawError, text());
}
