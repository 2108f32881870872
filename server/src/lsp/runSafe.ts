import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken } from 'vscode-languageserver/node';
import type { DocumentHost, DocumentSnapshot } from '../service/document/documentHost';
import { describeFailure, fileNameOf } from './log';
import type { Logger } from './log';

/**
 * The one place that decides what a request handler does on cancellation and on failure, so the
 * handlers in server.ts stay one line each and one bad document cannot take the server down.
 */

/** What a failed or cancelled request is about, for the log line (file name and position only). */
export interface RequestLabel {
  readonly method: string;
  readonly uri?: string;
  readonly position?: { readonly line: number; readonly character: number };
}

/** The error a cancelled request is answered with, as LSP requires. */
export function cancelledError(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled.');
}

function describeLabel(label: RequestLabel): string {
  const file = label.uri === undefined ? '' : ` ${fileNameOf(label.uri)}`;
  const where = label.position === undefined ? '' : `:${label.position.line + 1}:${label.position.character + 1}`;
  return `${label.method}${file}${where}`;
}

/**
 * Runs `work` for a request. The token is checked before and after the work: a cancelled request
 * is answered with RequestCancelled (the client discards it anyway). A failure is logged once,
 * without the error message, and the request is answered with `neutral` so the editor simply shows
 * nothing for that request.
 */
export async function runSafe<T>(
  logger: Logger,
  label: RequestLabel,
  token: CancellationToken | undefined,
  neutral: T,
  work: () => T | Promise<T>,
): Promise<T> {
  if (token?.isCancellationRequested) throw cancelledError();
  let result: T;
  try {
    result = await work();
  } catch (error) {
    if (error instanceof ResponseError) throw error;
    logger.error(`${describeLabel(label)} failed: ${describeFailure(error)}`);
    return neutral;
  }
  if (token?.isCancellationRequested) throw cancelledError();
  return result;
}

/** A document ready for a feature: the snapshot of its current version and the host it came from. */
export interface DocumentWork {
  readonly snapshot: DocumentSnapshot;
  readonly host: DocumentHost;
}

/** What {@link createDocumentRunner} needs to find a document's host. */
export interface DocumentRunnerDeps {
  readonly logger: Logger;
  /** The host of an open document that is served (undefined for unknown, too large or closed documents). */
  hostOf(uri: string): DocumentHost | undefined;
  /** Lets the connection handle the messages that queued up while this request held the thread. */
  yieldToEventLoop(): Promise<void>;
}

/**
 * The answer to a diagnostics pull whose document changed while it was being checked: the client
 * drops it and pulls again (`retriggerRequest`), instead of showing ranges of an older version.
 */
export function contentChangedError(): ResponseError<{ retriggerRequest: boolean }> {
  return new ResponseError(LSPErrorCodes.ServerCancelled, 'The document changed while it was being checked.', { retriggerRequest: true });
}

/** How a document request is run. */
export interface DocumentRunOptions {
  /**
   * Give queued messages a turn between parsing and the work. Used for validation, the longest
   * work: a cancellation or an edit that arrived during the parse is seen before validating.
   */
  readonly yieldAfterParse?: boolean;
}

/**
 * Builds `withDocument`: the handler body shared by every document request. It finds the open
 * document's host, takes its snapshot (parsed now if needed) and runs `work` under {@link runSafe}.
 * Unknown documents and languages get the neutral answer.
 */
export function createDocumentRunner(deps: DocumentRunnerDeps) {
  return function withDocument<T>(
    label: RequestLabel & { readonly uri: string },
    token: CancellationToken | undefined,
    neutral: T,
    work: (context: DocumentWork) => T | Promise<T>,
    options: DocumentRunOptions = {},
  ): Promise<T> {
    return runSafe(deps.logger, label, token, neutral, async () => {
      const host = deps.hostOf(label.uri);
      if (host === undefined) return neutral;
      const snapshot = host.snapshot();
      if (options.yieldAfterParse === true) {
        await deps.yieldToEventLoop();
        if (token?.isCancellationRequested) throw cancelledError();
        // The snapshot stays valid, but diagnostics of an older version would be shown on the new text.
        if (deps.hostOf(label.uri) !== host || host.revision !== snapshot.revision) throw contentChangedError();
      }
      if (token?.isCancellationRequested) throw cancelledError();
      return work({ snapshot, host });
    });
  };
}
