import type { LanguageId } from '../../service/languageService';
import type { OutputFormat } from '../output';
import type { PieceOptions } from '../x12Pieces';
import type { FileRange } from './interchangeCutter';

/**
 * The messages between the command line's main thread and its checking workers. Everything here is
 * plain data that structured clone copies (the code index travels once, as a SharedArrayBuffer; a
 * block of output is transferred).
 */

/** What each worker is started with. */
export interface WorkerInit {
  /** The bundled code index file, read once by the main thread and shared by every worker. */
  readonly index: SharedArrayBuffer;
  /** `--code-set DIR`, imported over the bundled index by each worker as by the main thread. */
  readonly codeSet: string | undefined;
  readonly format: OutputFormat;
  /** How X12 files are cut into pieces; the default cut unless a test asks for smaller pieces. */
  readonly pieces: PieceOptions | undefined;
}

/** Check a whole file: a claim file as the streaming pieces of `--jobs 1`, a note, FHIR JSON or an NDJSON export. */
export interface CheckTask {
  readonly id: number;
  readonly path: string;
  readonly languageId: LanguageId;
  /** Whole interchanges of a large claim file, when the file is split among the workers. */
  readonly range?: FileRange;
}

/** Part of a task's output, sent before its end when a file's output grows large. */
export interface BlockMessage {
  readonly kind: 'block';
  readonly id: number;
  /** The findings as UTF-8 bytes, written by a `FindingBlock`. */
  readonly block: Uint8Array;
  readonly count: number;
  readonly sawError: boolean;
}

/** The end of a task: its last block, and why the file could not be checked if it could not. */
export interface DoneMessage {
  readonly kind: 'done';
  readonly id: number;
  readonly block: Uint8Array;
  readonly count: number;
  readonly sawError: boolean;
  /** Why the file could not be checked (as `describeCheckFailure` says it); its later output is dropped. */
  readonly failure: string | undefined;
}

/** A worker that could not load the code sets says so once and checks nothing. */
export interface StartFailedMessage {
  readonly kind: 'start-failed';
  readonly message: string;
}

export type WorkerMessage = BlockMessage | DoneMessage | StartFailedMessage;
