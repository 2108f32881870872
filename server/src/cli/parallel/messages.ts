import type { LanguageId } from '../../service/languageService';
import type { OutputFormat } from '../output';
import type { X12Piece } from '../x12Pieces';

/**
 * The messages between the command line's main thread and its checking workers. Everything here is
 * plain data that structured clone copies (the code index travels once, as a SharedArrayBuffer).
 */

/** What each worker is started with. */
export interface WorkerInit {
  /** The bundled code index file, read once by the main thread and shared by every worker. */
  readonly index: SharedArrayBuffer;
  /** `--code-set DIR`, imported over the bundled index by each worker as by the main thread. */
  readonly codeSet: string | undefined;
  readonly format: OutputFormat;
}

/** Check one piece of an X12 file that the main thread cut (see check.ts `checkPiece`). */
export interface PieceTask {
  readonly kind: 'piece';
  readonly id: number;
  readonly path: string;
  readonly languageId: LanguageId;
  readonly piece: X12Piece;
  /** The component separator earlier pieces of the interchange discovered, as the main thread expects it. */
  readonly observedIn: string | undefined;
}

/** Check a whole file that is not cut by the main thread (notes, FHIR JSON, NDJSON exports). */
export interface FileTask {
  readonly kind: 'file';
  readonly id: number;
  readonly path: string;
  readonly languageId: LanguageId;
}

export type CheckTask = PieceTask | FileTask;

/** Part of a task's output, sent before its end when a file's output grows large. */
export interface BlockMessage {
  readonly kind: 'block';
  readonly id: number;
  readonly block: string;
  readonly count: number;
  readonly sawError: boolean;
}

/** The end of a task: its last block and, for a piece, what the next piece of the interchange needs. */
export interface DoneMessage {
  readonly kind: 'done';
  readonly id: number;
  readonly block: string;
  readonly count: number;
  readonly sawError: boolean;
  readonly observedOut: string | undefined;
  /** Why the file could not be checked (as `describeCheckFailure` says it); its later output is dropped. */
  readonly failure: string | undefined;
}

/** A worker that could not load the code sets says so once and checks nothing. */
export interface StartFailedMessage {
  readonly kind: 'start-failed';
  readonly message: string;
}

export type WorkerMessage = BlockMessage | DoneMessage | StartFailedMessage;
