import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import type { LanguageService } from '../../service';
import { checkFile, checkPiece } from '../check';
import type { Carry } from '../check';
import { describeCheckFailure } from '../checkFailure';
import { formatBlock } from '../output';
import type { Finding, OutputFormat } from '../output';
import type { CheckTask, DoneMessage, FileTask, PieceTask, WorkerInit, WorkerMessage } from './messages';
import { createServiceFromSharedIndex } from './sharedIndex';

/**
 * One checking worker of `icd-claim-check --jobs N`: it builds the language service once over the
 * shared code index, then checks the pieces and files the main thread sends and answers with their
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
    observedOut: undefined, failure: undefined, ...extra,
  };
}

/** File URLs are made once per path: a large file has thousands of pieces. */
class UriCache {
  #path = '';
  #uri = '';

  of(path: string): string {
    if (path !== this.#path) {
      this.#path = path;
      this.#uri = pathToFileURL(path).href;
    }
    return this.#uri;
  }
}

function runPiece(service: LanguageService, uris: UriCache, task: PieceTask, format: OutputFormat): DoneMessage {
  const carry: Carry = { interchange: task.piece.interchange, observedComponent: task.observedIn };
  try {
    const findings = checkPiece(service, uris.of(task.path), { path: task.path, languageId: task.languageId }, task.piece, carry);
    return done(task.id, findings, format, { observedOut: carry.observedComponent });
  } catch (error) {
    return done(task.id, [], format, { failure: describeCheckFailure(error) });
  }
}

async function runFile(service: LanguageService, task: FileTask, format: OutputFormat): Promise<DoneMessage> {
  let findings: Finding[] = [];
  let pendingChars = 0;
  try {
    for await (const finding of checkFile(service, { path: task.path, languageId: task.languageId })) {
      findings.push(finding);
      pendingChars += finding.message.length + finding.file.length;
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
  const uris = new UriCache();
  parentPort?.on('message', (task: CheckTask) => {
    if (task.kind === 'piece') post(runPiece(service, uris, task, init.format));
    else void runFile(service, task, init.format).then(post);
  });
}

start(workerData as WorkerInit);
