import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { createMessageConnection, PortMessageReader, PortMessageWriter } from 'vscode-jsonrpc/node';
import type { MessageConnection } from 'vscode-jsonrpc/node';
import type { CompletionList, DocumentDiagnosticReport, Hover, InitializeResult, MarkupContent } from 'vscode-languageserver-protocol';
import { officialShortTitle2021, officialTitle } from '../helpers/officialCodes';
import { positionOf, repoRoot, vscodeLikeCapabilities, withTimeout } from './lspClient';
import { secondaryOnlyNote } from './samples';

/**
 * The web-worker server (server/out/browserMain.js, the server of VS Code for the Web) over real
 * JSON-RPC on a worker's message port. The worker runs the browser bundle with Node's globals
 * removed (test/protocol/webWorkerHost.cjs), so a Node-only API in the bundle fails here.
 */

const bundle = path.join(repoRoot, 'server', 'out', 'browserMain.js');
const noteUri = 'file:///synthetic/web.note';

interface WebServer {
  readonly worker: Worker;
  readonly connection: MessageConnection;
  readonly logs: string[];
}

function startWebServer(settings: Record<string, unknown>): WebServer {
  const worker = new Worker(path.join(__dirname, 'webWorkerHost.cjs'), { workerData: { bundle } });
  const connection = createMessageConnection(new PortMessageReader(worker), new PortMessageWriter(worker));
  const logs: string[] = [];
  connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) => params.items.map((item) => (item.section === 'icdClaimCoder' ? settings : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onRequest('window/showMessageRequest', () => null);
  connection.onNotification('window/logMessage', (params: { message: string }) => logs.push(params.message));
  connection.listen();
  return { worker, connection, logs };
}

describe('web-worker server (VS Code for the Web)', function () {
  let server: WebServer;

  before(function () {
    server = startWebServer({ codeSetPath: '/synthetic/icd10cm-2028' });
  });

  after(async function () {
    server.connection.dispose();
    await server.worker.terminate();
  });

  it('starts in a browser-like worker and answers initialize, diagnostics, hover and completion', async function () {
    const { connection } = server;
    const started = performance.now();
    const initialized = await withTimeout(connection.sendRequest<InitializeResult>('initialize', {
      processId: null, rootUri: null, capabilities: vscodeLikeCapabilities, initializationOptions: { workspaceTrusted: true },
    }), 'initialize');
    const initializeMs = performance.now() - started;
    assert.equal(initialized.serverInfo?.name, 'icd-claim-coder');
    await connection.sendNotification('initialized', {});
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: noteUri, languageId: 'clinical-note', version: 1, text: secondaryOnlyNote } });

    const report = await withTimeout(connection.sendRequest<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: noteUri } }), 'diagnostics');
    const firstDiagnosticsMs = performance.now() - started;
    assert.equal(report.kind, 'full');
    assert.deepEqual(report.kind === 'full' ? report.items.map((item) => item.code) : [], ['secondary-without-primary']);

    const hover = await withTimeout(connection.sendRequest<Hover | null>('textDocument/hover', { textDocument: { uri: noteUri }, position: positionOf(secondaryOnlyNote, 'C78.01', 2) }), 'hover');
    assert.ok(((hover?.contents as MarkupContent | undefined)?.value ?? '').startsWith(`**C78.01** · ${officialTitle('C7801')}`));

    const completion = await withTimeout(connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: noteUri }, position: positionOf(secondaryOnlyNote, 'C78.01', 5) }), 'completion');
    const item = completion.items.find((candidate) => candidate.label === 'C78.01');
    assert.equal(item?.detail, officialTitle('C7801'));
    // The short titles come through the worker's index loader too (C34.90: FY2021 order file).
    const lungUri = 'file:///synthetic/web-lung.note';
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri: lungUri, languageId: 'clinical-note', version: 1, text: 'Dx: C34.9' } });
    const lung = await withTimeout(connection.sendRequest<CompletionList>('textDocument/completion', { textDocument: { uri: lungUri }, position: { line: 0, character: 9 } }), 'completion');
    assert.equal(lung.items.find((candidate) => candidate.label === 'C34.90')?.labelDetails?.description, officialShortTitle2021('C3490'));
    // Reported by the test run, so the README's figures can be checked against it.
    console.log(`      web bundle ${(statSync(bundle).size / 1e6).toFixed(2)} MB; initialize ${initializeMs.toFixed(0)} ms, first diagnostics ${firstDiagnosticsMs.toFixed(0)} ms after the worker started`);
  });

  it('refuses the file-path settings with a message saying why, even in a trusted workspace', async function () {
    await withTimeout((async () => {
      while (!server.logs.some((line) => line.includes('codeSetPath is not available in VS Code for the Web'))) await new Promise((resolve) => setTimeout(resolve, 20));
    })(), 'the log line about codeSetPath');
  });
});
