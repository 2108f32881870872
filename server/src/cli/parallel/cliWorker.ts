import { parentPort, workerData } from 'node:worker_threads';
import type { LanguageService } from '../../service';
import { checkFileInBatches, defaultCheckOptions } from '../check';
import type { CheckOptions } from '../check';
import { describeCheckFailure } from '../checkFailure';
import { formatBlock } from '../output';
import type { Finding, OutputFormat } from '../output';
import type { CheckTask, DoneMessage, WorkerInit, WorkerMessage } from './messages';
import { createServiceFromSharedIndex } from './sharedIndex';

/**
 * One checking worker of `icd-claim-check --jobs N`: it builds the language service once over the
 * shared code index, then checks the files the main thread sends and answers with their
 * output already formatted. Bundled by esbuild as server/out/cliWorker.js next to cli.js.
 */

/** A file's output is sent in blocks of about this many characters, so no worker holds a large file's output. */
const blockChars = 256 * 1024;

function post(message: WorkerMessage): void {
  parentPort?.postMessage(message);
}

function hasError(findings: readonly Finding[]): boolean {
  return findings.some((finding) => finding.severity === 'error');
}

function done(id: number, findings: readonly Finding[], format: OutputFormat, extra: Partial<DoneMessage> = {}): DoneMessage {
  return {
    kind: 'done', id, block: formatBlock(findings, format), count: findings.length, sawError: hasError(findings),
    failure: undefined, ...extra,
  };
}

async function runFile(service: LanguageService, task: CheckTask, format: OutputFormat, options: CheckOptions): Promise<DoneMessage> {
  let findings: Finding[] = [];
  let pendingChars = 0;
  try {
    for await (const batch of checkFileInBatches(service, { path: task.path, languageId: task.languageId }, options, task.range)) {
      for (const finding of batch) {
        findings.push(finding);
        pendingChars += finding.message.length + finding.file.length;
      }
      if (pendingChars < blockChars) continue;
      post({ kind: 'block', id: task.id, block: formatBlock(findings, format), count: findings.length, sawError: hasError(findings) });
      findings = [];
      pendingChars = 0;
    }
    return done(task.id, findings, format);
  } catch (error) {
    return done(task.id, findings, format, { failure: describeCheckFailure(error) });
  }
}

function start(init: WorkerInit): void {
  let service: LanguageService;
  try {
    service = createServiceFromSharedIndex(init.index, init.codeSet);
  } catch (error) {
    post({ kind: 'start-failed', message: error instanceof Error ? error.message : String(error) });
    return;
  }
  const options: CheckOptions = init.pieces === undefined ? defaultCheckOptions : { ...defaultCheckOptions, pieces: init.pieces };
  parentPort?.on('message', (task: CheckTask) => {
    void runFile(service, task, init.format, options).then(post);
  });
}

start(workerData as WorkerInit);
