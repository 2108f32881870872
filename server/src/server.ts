import {
  CodeActionKind, DidChangeConfigurationNotification, DocumentDiagnosticReportKind, TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import type {
  CancellationToken, CodeAction, CompletionItem, CompletionList, Connection, DocumentDiagnosticReport, DocumentSymbol, Hover,
  InitializeParams, InitializeResult,
} from 'vscode-languageserver/node';
import { codeSetInfoRequest } from './protocol';
import type { CodeSetInfo } from './protocol';
import { CodeSetState } from './lsp/codeSetState';
import type { CodeSetLoaders } from './lsp/codeSetState';
import { OpenDocuments } from './lsp/openDocuments';
import { isTooLarge, tooLargeReport } from './lsp/documentLimits';
import { createConnectionLogger } from './lsp/log';
import { createDocumentRunner, runSafe } from './lsp/runSafe';
import { SettingsStore } from './lsp/settings';
import { SettingsSteps } from './lsp/settingsSteps';
import { ValidationRunner } from './lsp/validationRunner';
import { DiagnosticPusher } from './lsp/diagnosticPusher';
import type { HostServices } from './lsp/host';
import type { DocumentHost, DocumentSnapshot } from './service/document/documentHost';
import type { LanguageService } from './service/languageService';
import { EditorFeatureBinding } from './lsp/editorFeatures';
import { IdleWork } from './lsp/idleWork';
import type { IdleWorkOptions } from './lsp/idleWork';
import { MemoryReleaser } from './lsp/memoryRelease';

/**
 * The language-server binding: negotiates capabilities, forwards open, change and close to each
 * document's host in the service, fetches settings, schedules, and answers each request from a
 * snapshot of the document. All coding knowledge and all per-document state live in the service.
 */

/**
 * Work done between requests (settling an edited text, a new service's first-use work, the hovers of
 * open documents, giving memory back) runs in steps of about a millisecond, this far apart, and only
 * once the client has been quiet this long: typing must never queue behind it. The budgets are in each task's unit: title chunks, codes described.
 */
const IDLE_WORK: IdleWorkOptions = { quietMs: 300, pauseMs: 10 };
const SERVICE_PREPARE_BUDGET = 2;
const HOVER_PREPARE_BUDGET = 8;

const emptyCompletion: CompletionList = { isIncomplete: false, items: [] };
const emptyReport: DocumentDiagnosticReport = { kind: DocumentDiagnosticReportKind.Full, items: [] };

/** What differs between the Node server and the web-worker server: how code tables load, timers and yielding. */
export interface ServerPlatform {
  readonly loaders: CodeSetLoaders;
  readonly host: HostServices;
  /** Why the file-path settings can never be read here (the web worker has no disk); unset on Node. */
  readonly filePathsUnavailable?: string;
}

/** Starts serving on an already created connection. */
export function startServer(connection: Connection, { loaders, host, filePathsUnavailable }: ServerPlatform): void {
  const logger = createConnectionLogger(connection);
  const documents = new OpenDocuments();
  const settings = new SettingsStore(connection, logger);
  const validations = new ValidationRunner(undefined, host.yieldToEventLoop);
  const codeSets = new CodeSetState(loaders, logger, (message) => {
    void connection.window.showErrorMessage(message);
  });
  /** The code-set settings being applied, one step at a time and each time-bounded; requests that depend on the tables wait for them. */
  const settingsSteps = new SettingsSteps(logger);
  let canRefreshDiagnostics = false;
  let canRegisterConfiguration = false;
  /** Set at initialize for clients that do not pull diagnostics; they get them pushed. */
  let pusher: DiagnosticPusher | undefined;
  /** The service whose first-use work was started (see prepareWhenIdle). */
  let preparedService: LanguageService | undefined;

  /** The host of a served document in the current service; a document over the size limit has none (its requests get the neutral answer). */
  const hostOf = (uri: string): DocumentHost | undefined => {
    const document = documents.get(uri);
    return document === undefined || isTooLarge(document) ? undefined : document.hostIn(codeSets.service);
  };
  const idleWork = new IdleWork(host, logger, IDLE_WORK);
  /** Gives back the garbage a large text leaves behind, as idle work. */
  const memory = new MemoryReleaser(idleWork, host.collectGarbage);
  /** The documents whose hovers were prepared (or are being prepared) in the current service. */
  const hoversPrepared = new Set<string>();
  const runWithDocument = createDocumentRunner({ logger, hostOf, yieldToEventLoop: host.yieldToEventLoop });
  const withDocument: typeof runWithDocument = (label, token, neutral, work, options) => {
    idleWork.noteActivity();
    return runWithDocument(label, token, neutral, work, options);
  };
  const editorFeatures = new EditorFeatureBinding({ connection, withDocument, service: () => codeSets.service, settingsOf: (uri) => settings.get(uri) });

  /**
   * An edited document's text stays a concatenation of pieces, which nothing on the way to its
   * diagnostics reads whole; once the edits pause (idle work: the client quiet, no validation running)
   * its host makes it flat (one copy) if it is in so many pieces that reading it slows down.
   */
  function settleWhenIdle(uri: string): void {
    idleWork.add(`settle ${uri}`, { method: 'settle', uri }, 1, () => {
      const documentHost = documents.get(uri)?.host;
      // Flattening copies the text; the pieces' old sources are garbage then.
      if (documentHost?.settle() === true) memory.owe(documentHost.text.length);
      return true;
    }, 'first');
  }
  /** Starts a newly built service's first-use work between requests; the work of the service it replaced is dropped. */
  function prepareWhenIdle(): void {
    const service = codeSets.service;
    preparedService = service;
    for (const uri of hoversPrepared) idleWork.remove(`hovers ${uri}`);
    hoversPrepared.clear();
    idleWork.add('service', { method: 'prepare' }, SERVICE_PREPARE_BUDGET, (budget) => service.prepare(budget));
  }
  /** Once per open document and service, after its first diagnostics: what hovers say about its codes. */
  function prepareHoversWhenIdle(uri: string, snapshot: DocumentSnapshot): void {
    if (hoversPrepared.has(uri)) return;
    hoversPrepared.add(uri);
    const preparation = codeSets.service.prepareHovers(snapshot);
    idleWork.add(`hovers ${uri}`, { method: 'prepareHovers', uri }, HOVER_PREPARE_BUDGET, (budget) => preparation.step(budget));
  }
  function forget(uri: string, chars: number): void {
    idleWork.remove(`hovers ${uri}`);
    hoversPrepared.delete(uri);
    idleWork.remove(`settle ${uri}`);
    memory.owe(chars);
    pusher?.forget(uri);
    settings.forget(uri);
  }

  /**
   * Re-reads the window-wide code-set settings and makes sure the service is built. Returns whether
   * the tables changed, in which case cached parses are dropped (they may depend on the tables).
   */
  async function applyCodeSetSettings(): Promise<boolean> {
    const global = await settings.get();
    const changed = await codeSets.apply(global.codeSetPath, global.cptDescriptionsPath);
    // A new service opens new hosts on first use (they take over the text); kept findings may be stale.
    if (changed) documents.forgetValidations();
    // Building the service here, not on the first request, keeps the first diagnostics fast.
    if (codeSets.load() !== preparedService) prepareWhenIdle();
    return changed;
  }

  function refreshDiagnostics(): void {
    if (canRefreshDiagnostics) connection.languages.diagnostics.refresh();
    editorFeatures.refresh();
    for (const uri of documents.keys()) pusher?.schedule(uri);
  }

  /** The diagnostics of an open document's current version: the answer to a pull, and what is pushed. */
  async function diagnosticsOf(uri: string, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const opened = documents.get(uri);
    if (opened !== undefined && isTooLarge(opened)) return tooLargeReport(opened);
    await settingsSteps.settled();
    const documentSettings = await settings.get(uri);
    return idleWork.during(() => withDocument({ method: 'textDocument/diagnostic', uri }, token, emptyReport, async ({ snapshot, host: documentHost }) => {
      // Validation runs in slices: hover and completion are answered in between, a cancellation or an
      // edit stops it within one slice, and claims an edit did not touch keep their earlier findings.
      const items = await validations.run({
        run: documentHost.createValidationRun(snapshot, documentSettings),
        token,
        isStale: () => documentHost.revision !== snapshot.revision,
      });
      prepareHoversWhenIdle(uri, snapshot);
      return { kind: DocumentDiagnosticReportKind.Full, items };
    }, { yieldAfterParse: true }));
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const workspace = params.capabilities.workspace;
    settings.canPull = workspace?.configuration === true;
    canRefreshDiagnostics = workspace?.diagnostics?.refreshSupport === true;
    canRegisterConfiguration = workspace?.didChangeConfiguration?.dynamicRegistration === true;
    settings.initialize(params.initializationOptions, filePathsUnavailable);
    // A client that does not announce pull diagnostics would never ask for them: push them instead.
    if (params.capabilities.textDocument?.diagnostic === undefined) {
      pusher = new DiagnosticPusher({
        host,
        logger,
        versionOf: (uri) => documents.get(uri)?.version,
        validate: async (uri, token) => {
          const report = await diagnosticsOf(uri, token);
          return report.kind === DocumentDiagnosticReportKind.Full ? report.items : [];
        },
        send: (uri, version, diagnostics) => void connection.sendDiagnostics({ uri, ...(version === undefined ? {} : { version }), diagnostics }),
      });
    }
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        completionProvider: { resolveProvider: true, triggerCharacters: [':', '.', '*'] },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        documentSymbolProvider: true,
        diagnosticProvider: { identifier: 'icd-claim-coder', interFileDependencies: false, workspaceDiagnostics: false },
        ...editorFeatures.capabilities(params),
      },
      serverInfo: { name: 'icd-claim-coder' },
    };
  });

  connection.onInitialized(() => {
    if (canRegisterConfiguration) {
      void connection.client.register(DidChangeConfigurationNotification.type, { section: 'icdClaimCoder' });
    }
    // Load the code tables right away, after the initialize answer, so the first request finds them ready.
    void settingsSteps.enqueue('initialized', () => host.yieldToEventLoop().then(() =>
      runSafe(logger, { method: 'initialized' }, undefined, undefined, async () => {
        if (await applyCodeSetSettings()) refreshDiagnostics();
      })));
  });

  connection.onDidChangeConfiguration((change) => {
    settings.reset(change.settings);
    void settingsSteps.enqueue('workspace/didChangeConfiguration', () => runSafe(logger, { method: 'workspace/didChangeConfiguration' }, undefined, undefined, async () => {
      await applyCodeSetSettings();
      // Rule levels may have changed even when the code tables did not, so refresh in any case.
      refreshDiagnostics();
    }));
  });

  connection.languages.diagnostics.on((params, token) => diagnosticsOf(params.textDocument.uri, token));

  connection.onHover((params, token) => withDocument<Hover | null>(
    { method: 'textDocument/hover', uri: params.textDocument.uri, position: params.position }, token, null,
    ({ snapshot }) => codeSets.service.doHover(snapshot, params.position),
  ));

  connection.onCompletion((params, token) => withDocument<CompletionList>(
    { method: 'textDocument/completion', uri: params.textDocument.uri, position: params.position }, token, emptyCompletion,
    ({ snapshot }) => codeSets.service.doComplete(snapshot, params.position),
  ));

  connection.onCompletionResolve((item, token) => runSafe<CompletionItem>(
    logger, { method: 'completionItem/resolve' }, token, item, () => codeSets.service.doResolveCompletion(item),
  ));

  connection.onCodeAction((params, token) => withDocument<CodeAction[]>(
    { method: 'textDocument/codeAction', uri: params.textDocument.uri, position: params.range.start }, token, [],
    ({ snapshot }) => codeSets.service.doCodeActions(snapshot, params.range, params.context.diagnostics),
  ));

  connection.onDocumentSymbol((params, token) => withDocument<DocumentSymbol[]>(
    { method: 'textDocument/documentSymbol', uri: params.textDocument.uri }, token, [],
    ({ snapshot }) => codeSets.service.findDocumentSymbols(snapshot),
  ));

  connection.onRequest(codeSetInfoRequest, (_params: unknown, token) => runSafe<CodeSetInfo>(
    logger, { method: codeSetInfoRequest }, token, { years: [] }, async () => {
      await settingsSteps.settled();
      return codeSets.info();
    },
  ));

  editorFeatures.register();
  documents.listen(connection, {
    changed: (uri) => {
      idleWork.noteActivity();
      settleWhenIdle(uri);
      pusher?.schedule(uri);
    },
    closed: forget,
    received: (chars) => memory.owe(chars),
  });
  connection.listen();
}
