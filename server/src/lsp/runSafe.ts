import { LSPErrorCodes, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken } from 'vscode-languageserver/node';
import type { LanguageId } from '../service/languageService';
import type { ParsedDocument } from '../service/model';
import type { TextSource } from '../service/spans';
import { revisionOf } from './lineIndexedDocument';
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

/** A document ready for a feature: its text, resolved language and the parse of this version. */
export interface DocumentWork<D> {
  readonly document: D;
  readonly languageId: LanguageId;
  readonly parsed: ParsedDocument;
}

/** What {@link createDocumentRunner} needs to find a document and its parse. */
export interface DocumentRunnerDeps<D extends TextSource & { readonly languageId: string }> {
  readonly logger: Logger;
  getDocument(uri: string): D | undefined;
  languageOf(document: D): LanguageId | undefined;
  parse(document: D, languageId: LanguageId): ParsedDocument;
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
 * document, resolves its language, takes the cached parse and runs `work` under {@link runSafe}.
 * Unknown documents and languages get the neutral answer.
 */
export function createDocumentRunner<D extends TextSource & { readonly languageId: string }>(deps: DocumentRunnerDeps<D>) {
  return function withDocument<T>(
    label: RequestLabel & { readonly uri: string },
    token: CancellationToken | undefined,
    neutral: T,
    work: (context: DocumentWork<D>) => T | Promise<T>,
    options: DocumentRunOptions = {},
  ): Promise<T> {
    return runSafe(deps.logger, label, token, neutral, async () => {
      const document = deps.getDocument(label.uri);
      if (document === undefined) return neutral;
      const languageId = deps.languageOf(document);
      if (languageId === undefined) return neutral;
      const revision = revisionOf(document);
      const parsed = deps.parse(document, languageId);
      if (options.yieldAfterParse === true) {
        await deps.yieldToEventLoop();
        if (token?.isCancellationRequested) throw cancelledError();
        // Open documents are updated in place, so the parse no longer matches the text.
        if (revisionOf(document) !== revision) throw contentChangedError();
      }
      if (token?.isCancellationRequested) throw cancelledError();
      return work({ document, languageId, parsed });
    });
  };
}
