import { CancellationTokenSource, ResponseError } from 'vscode-languageserver/node';
import type { CancellationToken, Diagnostic } from 'vscode-languageserver/node';
import type { HostServices } from './host';
import type { Logger } from './log';
import { fileNameOf } from './log';

/**
 * Diagnostics for clients that never pull them (Neovim before 0.10, eglot up to Emacs 30.1, Helix,
 * Sublime LSP and many others): each open or edited document is validated after a short pause and
 * the result is sent with `textDocument/publishDiagnostics`. The validation is the one that answers
 * pulls; a newer edit cancels the run in progress, and a result for an older version is dropped.
 */

/** What the pusher needs from the server. */
export interface DiagnosticPushDeps {
  readonly host: HostServices;
  readonly logger: Logger;
  /** The open document's version, or undefined when it is not open. */
  versionOf(uri: string): number | undefined;
  /** The diagnostics of the document's current version; rejects when cancelled or outdated. */
  validate(uri: string, token: CancellationToken): Promise<Diagnostic[]>;
  send(uri: string, version: number | undefined, diagnostics: Diagnostic[]): void;
}

/** How long edits must pause before a document is validated, so typing does not queue a run per key. */
export const pushDelayMs = 150;

interface PendingPush {
  readonly cancelTimer: () => void;
  readonly source: CancellationTokenSource;
}

export class DiagnosticPusher {
  readonly #deps: DiagnosticPushDeps;
  readonly #pending = new Map<string, PendingPush>();

  constructor(deps: DiagnosticPushDeps) {
    this.#deps = deps;
  }

  /** Validates the document after the pause, replacing any run scheduled or running for it. */
  schedule(uri: string): void {
    this.#cancel(uri);
    const source = new CancellationTokenSource();
    const cancelTimer = this.#deps.host.setBackgroundTimer(() => void this.#push(uri, source), pushDelayMs);
    this.#pending.set(uri, { cancelTimer, source });
  }

  /** Stops the document's run and clears what was published for it (the client keeps pushed diagnostics otherwise). */
  forget(uri: string): void {
    this.#cancel(uri);
    this.#deps.send(uri, undefined, []);
  }

  #cancel(uri: string): void {
    const pending = this.#pending.get(uri);
    if (pending === undefined) return;
    pending.cancelTimer();
    pending.source.cancel();
    pending.source.dispose();
    this.#pending.delete(uri);
  }

  async #push(uri: string, source: CancellationTokenSource): Promise<void> {
    const version = this.#deps.versionOf(uri);
    if (version === undefined) return;
    try {
      const diagnostics = await this.#deps.validate(uri, source.token);
      if (source.token.isCancellationRequested || this.#deps.versionOf(uri) !== version) return;
      this.#deps.send(uri, version, diagnostics);
    } catch (error) {
      // A cancelled or outdated run is followed by the run of the newer version; anything else is logged.
      if (!(error instanceof ResponseError)) this.#deps.logger.error(`publishDiagnostics ${fileNameOf(uri)} failed.`);
    } finally {
      if (this.#pending.get(uri)?.source === source) {
        this.#pending.delete(uri);
        source.dispose();
      }
    }
  }
}
