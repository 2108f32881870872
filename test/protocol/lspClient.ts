import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import path from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { CancellationToken, MessageConnection } from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities, CodeAction, CompletionItem, CompletionList, ConfigurationParams, Diagnostic,
  DocumentDiagnosticReport, DocumentSymbol, Hover, InitializeResult, Position, Range, RegistrationParams,
} from 'vscode-languageserver-protocol';

/**
 * A small language client for tests: it starts the BUILT server (`server/out/main.js --stdio`) as
 * a child process and speaks real JSON-RPC to it over stdio, the way VS Code does over IPC. Every
 * wait is bounded, and waits are for events, never for time to pass.
 */

export const repoRoot = path.resolve(__dirname, '..', '..');
/** The built server; ICD_SERVER_MAIN points the tests at another build (e.g. a production bundle). */
export const serverMain = process.env.ICD_SERVER_MAIN ?? path.join(repoRoot, 'server', 'out', 'main.js');

/** How long any single request or wait may take before the test fails with a clear message. */
const defaultTimeoutMs = 15_000;

/** The capabilities a VS Code 1.95 client announces for the features under test. */
export const vscodeLikeCapabilities: ClientCapabilities = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
    workspaceFolders: true,
  },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], resolveSupport: { properties: ['documentation', 'detail'] } } },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
  },
};

/** A server-to-client message the test may wait for. */
export interface ServerEvent {
  readonly method: string;
  readonly params: unknown;
}

export interface StartOptions {
  /** Extra `node` options, e.g. `--require` of a network trap. */
  readonly execArgv?: readonly string[];
  readonly env?: NodeJS.ProcessEnv;
  /** The script and its arguments instead of `server/out/main.js --stdio` (e.g. the bin with no arguments). */
  readonly command?: readonly string[];
}

/** Rejects after `ms` with a message naming what was awaited. */
export function withTimeout<T>(promise: Promise<T>, what: string, ms = defaultTimeoutMs): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms waiting for ${what}`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export class LspTestClient {
  readonly child: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  /** Everything the server sent that the client does not answer with data: logs, messages, refreshes. */
  readonly events: ServerEvent[] = [];
  /** The `icdClaimCoder` section this client answers `workspace/configuration` with. */
  settings: Record<string, unknown> = {};
  /** Answer `workspace/configuration` with null, as Neovim and eglot do for a section nobody configured. */
  answerNull = false;
  /** How many `workspace/configuration` requests the server made. */
  configurationRequests = 0;
  readonly #versions = new Map<string, number>();
  readonly #listeners = new Set<(event: ServerEvent) => void>();
  readonly #stderr: Buffer[] = [];
  readonly #exited: Promise<number | null>;

  private constructor(options: StartOptions) {
    this.child = spawn(process.execPath, [...(options.execArgv ?? []), ...(options.command ?? [serverMain, '--stdio'])], {
      cwd: repoRoot, stdio: ['pipe', 'pipe', 'pipe'], env: options.env ?? process.env,
    });
    this.child.stderr.on('data', (chunk: Buffer) => this.#stderr.push(chunk));
    this.#exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
      this.configurationRequests++;
      return params.items.map((item) => (item.section === 'icdClaimCoder' && !this.answerNull ? this.settings : null));
    });
    this.connection.onRequest('client/registerCapability', (params: RegistrationParams) => {
      this.#record('client/registerCapability', params);
      return null;
    });
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.#record('workspace/diagnostic/refresh', null);
      return null;
    });
    this.connection.onRequest('window/showMessageRequest', (params: unknown) => {
      this.#record('window/showMessageRequest', params);
      return null;
    });
    this.connection.onNotification('window/logMessage', (params: unknown) => this.#record('window/logMessage', params));
    this.connection.onNotification('window/showMessage', (params: unknown) => this.#record('window/showMessage', params));
    // Recorded so tests see what a push-only client gets, and that a pulling client gets nothing pushed.
    this.connection.onNotification('textDocument/publishDiagnostics', (params: unknown) => this.#record('textDocument/publishDiagnostics', params));
    this.connection.listen();
  }

  /** Starts a server process and connects to it (not yet initialized). */
  static start(options: StartOptions = {}): LspTestClient {
    return new LspTestClient(options);
  }

  #record(method: string, params: unknown): void {
    const event = { method, params };
    this.events.push(event);
    for (const listener of [...this.#listeners]) listener(event);
  }

  /** The server's stderr so far, for failure messages. */
  stderr(): string {
    return Buffer.concat(this.#stderr).toString('utf8');
  }

  /** Resolves with the first event (already received after `since`, or arriving later) that matches. */
  waitForEvent(method: string, matches: (params: unknown) => boolean = () => true, since = 0, ms = defaultTimeoutMs): Promise<ServerEvent> {
    const earlier = this.events.slice(since).find((event) => event.method === method && matches(event.params));
    if (earlier !== undefined) return Promise.resolve(earlier);
    let listener: ((event: ServerEvent) => void) | undefined;
    const arrival = new Promise<ServerEvent>((resolve) => {
      listener = (event) => {
        if (event.method === method && matches(event.params)) resolve(event);
      };
      this.#listeners.add(listener);
    });
    return withTimeout(arrival, method, ms).finally(() => {
      if (listener !== undefined) this.#listeners.delete(listener);
    });
  }

  request<R>(method: string, params: unknown, ms = defaultTimeoutMs, token?: CancellationToken): Promise<R> {
    const sent = token === undefined ? this.connection.sendRequest<R>(method, params) : this.connection.sendRequest<R>(method, params, token);
    return withTimeout(sent, method, ms);
  }

  /**
   * Initializes like VS Code in a trusted workspace (the extension sends `workspaceTrusted` in the
   * initializationOptions); tests of other clients pass their own capabilities and options.
   */
  async initialize(capabilities: ClientCapabilities = vscodeLikeCapabilities, initializationOptions: unknown = { workspaceTrusted: true }): Promise<InitializeResult> {
    const result = await this.request<InitializeResult>('initialize', {
      processId: process.pid, clientInfo: { name: 'icd-protocol-test' }, rootUri: null, workspaceFolders: null, capabilities, initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  async open(uri: string, languageId: string, text: string): Promise<void> {
    this.#versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
  }

  /** Sends one incremental edit: `text` replaces `range`. */
  async edit(uri: string, range: Range, text: string): Promise<void> {
    const version = (this.#versions.get(uri) ?? 0) + 1;
    this.#versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text }] });
  }

  async close(uri: string): Promise<void> {
    this.#versions.delete(uri);
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Pulls diagnostics (`textDocument/diagnostic`) and returns the full report's items. */
  async diagnostics(uri: string): Promise<Diagnostic[]> {
    const report = await this.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report, got ${report.kind}`);
    return report.items;
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await this.request<CompletionList | CompletionItem[] | null>('textDocument/completion', { textDocument: { uri }, position });
    if (result === null) return [];
    return Array.isArray(result) ? result : result.items;
  }

  resolveCompletion(item: CompletionItem): Promise<CompletionItem> {
    return this.request<CompletionItem>('completionItem/resolve', item);
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[]): Promise<CodeAction[] | null> {
    return this.request<CodeAction[] | null>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics, only: ['quickfix'] } });
  }

  documentSymbols(uri: string): Promise<DocumentSymbol[] | null> {
    return this.request<DocumentSymbol[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
  }

  /** Tells the server the settings changed (VS Code sends `settings: null` to pulling servers). */
  async changeSettings(settings: Record<string, unknown>): Promise<void> {
    this.settings = settings;
    await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
  }

  /** Shuts down cleanly (shutdown, exit) and resolves with the exit code; kills the process if it hangs. */
  async stop(): Promise<number | null> {
    if (this.child.exitCode !== null) return this.child.exitCode;
    try {
      await this.request('shutdown', null, 5_000);
      await this.connection.sendNotification('exit');
      return await withTimeout(this.#exited, 'the server process to exit', 5_000);
    } catch (error) {
      this.child.kill();
      throw error;
    } finally {
      this.connection.dispose();
    }
  }

  /** Ends the process without the shutdown handshake (for cleanup after a failed test). */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** The offset of the first `needle` in `text` turned into a position (the text must contain it). */
export function positionOf(text: string, needle: string, delta = 0): Position {
  const offset = text.indexOf(needle);
  if (offset === -1) throw new Error(`fixture does not contain ${needle}`);
  const before = text.slice(0, offset + delta);
  const lines = before.split('\n');
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}
