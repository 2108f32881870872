import { parentPort, workerData } from 'node:worker_threads';
import type { LanguageService } from '../../service';
import { checkFileInBatches, defaultCheckOptions } from '../check';
import type { CheckOptions } from '../check';
import { describeCheckFailure } from '../checkFailure';
import { FindingBlock } from '../findingBytes';
import type { OutputFormat } from '../output';
import type { CheckTask, DoneMessage, WorkerInit, WorkerMessage } from './messages';
import { createServiceFromSharedIndex } from './sharedIndex';

/**
 * One checking worker of `icd-claim-check --jobs N`: it builds the language service once over the
 * shared code index, then checks the files the main thread sends and answers with their
 * output already formatted. Bundled by esbuild as server/out/cliWorker.js next to cli.js.
 */

/** A file's output is sent in blocks of about this many bytes, so no worker holds a large file's output. */
const blockBytes = 256 * 1024;

/** Posts a message; a block's bytes are moved to the main thread, not copied. */
function post(message: WorkerMessage): void {
  const transfer = message.kind === 'start-failed' ? [] : [message.block.buffer as ArrayBuffer];
  parentPort?.postMessage(message, transfer);
}

function done(id: number, block: FindingBlock, failure: string | undefined = undefined): DoneMessage {
  const { bytes, count, sawError } = block.take();
  return { kind: 'done', id, block: bytes, count, sawError, failure };
}

async function runFile(service: LanguageService, task: CheckTask, format: OutputFormat, options: CheckOptions): Promise<DoneMessage> {
  const block = new FindingBlock(format);
  try {
    for await (const diagnostics of checkFileInBatches(service, { path: task.path, languageId: task.languageId }, options, task.range)) {
      block.add(task.path, diagnostics);
      if (block.length < blockBytes) continue;
      const { bytes, count, sawError } = block.take();
      post({ kind: 'block', id: task.id, block: bytes, count, sawError });
    }
    return done(task.id, block);
  } catch (error) {
    return done(task.id, block, describeCheckFailure(error));
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
