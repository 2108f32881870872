// Language-server figures over real JSON-RPC: the server (server/out/main.js --stdio) runs in a child
// process and is driven by vscode-jsonrpc exactly as the VS Code client would drive it.
//   startup:  initialize → first non-empty hover on a small 837 (fresh server per run)
//   memory:   RSS with code sets loaded and nothing open, then with the big 837 open
//   latency:  hover and completion p50/p99 with the big 837 open
//   edit:     one-segment edit → updated diagnostics (pull `textDocument/diagnostic`, else the push)
import { spawn } from 'node:child_process';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import rpc from 'vscode-jsonrpc/node.js';
import { percentile, procStatusKb, rootDir, summarize } from './stats.mjs';

// ICD_BENCH_SERVER_MAIN measures another build of the server (an earlier commit's, for before/after figures).
const serverMain = process.env.ICD_BENCH_SERVER_MAIN ?? path.join(rootDir, 'server', 'out', 'main.js');
const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The client capabilities a VS Code 1.95 client announces for what we exercise. */
const clientCapabilities = {
  workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, workspaceFolders: true },
  textDocument: {
    synchronization: { dynamicRegistration: false, didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], resolveSupport: { properties: ['documentation', 'detail'] } } },
    publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
    diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
  window: { workDoneProgress: true },
};

/** Starts the server (with extra node options, e.g. --cpu-prof) and connects to it; answers the requests a client must answer. */
export function startServer(nodeOptions = []) {
  const started = now();
  const child = spawn(process.execPath, [...nodeOptions, serverMain, '--stdio'], { cwd: rootDir, stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr = [];
  child.stderr.on('data', (chunk) => stderr.push(chunk));
  const connection = rpc.createMessageConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));
  const pushed = new Map();
  const waiters = [];
  connection.onRequest('workspace/configuration', (params) => params.items.map((item) => (item.section === 'icdClaimCoder' ? { rules: {}, codeSetPath: '', cptDescriptionsPath: '', maxNumberOfProblems: 1000 } : null)));
  connection.onRequest('client/registerCapability', () => null);
  connection.onRequest('client/unregisterCapability', () => null);
  connection.onRequest('window/workDoneProgress/create', () => null);
  connection.onRequest('workspace/diagnostic/refresh', () => null);
  connection.onNotification('window/logMessage', () => {});
  connection.onNotification('$/progress', () => {});
  connection.onNotification('textDocument/publishDiagnostics', (params) => {
    pushed.set(params.uri, params);
    for (const waiter of [...waiters]) waiter(params);
  });
  connection.listen();
  return {
    child, connection, started, pushed,
    stderr: () => Buffer.concat(stderr).toString('utf8'),
    /** Resolves with the next pushed diagnostics for `uri` at `version` or later. */
    nextPush(uri, version, timeoutMs = 120_000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no diagnostics pushed for ${uri} v${version} in ${timeoutMs} ms`)), timeoutMs);
        const waiter = (params) => {
          if (params.uri !== uri || (params.version !== undefined && params.version < version)) return;
          clearTimeout(timer);
          waiters.splice(waiters.indexOf(waiter), 1);
          resolve(params);
        };
        waiters.push(waiter);
      });
    },
    async initialize() {
      const result = await connection.sendRequest('initialize', {
        processId: process.pid, clientInfo: { name: 'icd-bench' }, rootUri: null, workspaceFolders: null, capabilities: clientCapabilities,
      });
      await connection.sendNotification('initialized', {});
      return result;
    },
    async stop() {
      try {
        await Promise.race([connection.sendRequest('shutdown'), sleep(2000)]);
        await connection.sendNotification('exit');
      } catch {
        // The process is killed below in any case.
      }
      await Promise.race([new Promise((resolve) => child.once('exit', resolve)), sleep(2000)]);
      if (child.exitCode === null) child.kill('SIGKILL');
      connection.dispose();
    },
  };
}

/** Rejects when a request takes longer than `ms`. */
function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}

/** Positions of diagnosis codes (just after `ABK:`/`ABF:`) in an 837, as offsets. */
export function diagnosisOffsets(text, component = ':') {
  const offsets = [];
  for (const qualifier of ['ABK', 'ABF']) {
    const needle = qualifier + component;
    for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) offsets.push(at + needle.length);
  }
  return offsets.sort((a, b) => a - b);
}

/** Converts offsets to LSP positions with a line-start index (the text is ASCII, so UTF-16 = bytes). */
export function positionConverter(text) {
  const lineStarts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) lineStarts.push(at + 1);
  return (offset) => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (lineStarts[middle] <= offset) low = middle; else high = middle - 1;
    }
    return { line: low, character: offset - lineStarts[low] };
  };
}

function hasContent(hover) {
  if (!hover || !hover.contents) return false;
  const contents = hover.contents;
  if (typeof contents === 'string') return contents.length > 0;
  if (Array.isArray(contents)) return contents.length > 0;
  return Boolean(contents.value);
}

/** (d) initialize → first non-empty hover on a small 837, in fresh servers. */
export async function measureStartup(smallText, runs) {
  const toHover = [];
  const spawnToHover = [];
  let hoverText = '';
  for (let run = 0; run < runs + 1; run++) {
    const server = startServer();
    try {
      const uri = `file:///bench/startup-${run}.837`;
      const offset = diagnosisOffsets(smallText)[0];
      const position = positionConverter(smallText)(offset + 1);
      const initStarted = now();
      await withTimeout(server.initialize(), 30_000, 'initialize');
      await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'x12-837', version: 1, text: smallText } });
      let hover = null;
      for (let attempt = 0; attempt < 500 && !hasContent(hover); attempt++) {
        hover = await withTimeout(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), 30_000, 'hover');
        if (!hasContent(hover)) await sleep(2);
      }
      if (!hasContent(hover)) throw new Error('the server never answered a hover with content');
      const done = now();
      hoverText = typeof hover.contents === 'string' ? hover.contents : hover.contents.value ?? JSON.stringify(hover.contents);
      if (run > 0) {
        toHover.push(done - initStarted);
        spawnToHover.push(done - server.started);
      }
    } finally {
      await server.stop();
    }
  }
  return { initializeToHoverMs: summarize(toHover), spawnToHoverMs: summarize(spawnToHover), hoverSample: hoverText.slice(0, 300) };
}

/** Waits for up-to-date diagnostics of `uri` at `version`: pull when the server offers it, else the push. */
async function diagnosticsFor(server, pull, uri, version) {
  if (pull) {
    // A server may answer ServerCancelled (-32802) with `retriggerRequest`, as VS Code then asks again.
    for (let attempt = 0; ; attempt++) {
      try {
        const report = await withTimeout(server.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), 300_000, 'textDocument/diagnostic');
        return report.items?.length ?? 0;
      } catch (error) {
        if (error?.code !== -32802 || attempt >= 20) throw error;
      }
    }
  }
  const params = await server.nextPush(uri, version, 300_000);
  return params.diagnostics.length;
}

/**
 * (e), (f), (g): one server, RSS before anything is open, the big document opened, hover and
 * completion latency, one-segment edits, RSS with the document open.
 */
export async function measureBigDocument(bigText, { latencySamples = 300, edits = 10, nodeOptions = [] } = {}) {
  const server = startServer(nodeOptions);
  try {
    const init = await withTimeout(server.initialize(), 30_000, 'initialize');
    const capabilities = init.capabilities ?? {};
    const pull = Boolean(capabilities.diagnosticProvider);
    const sync = capabilities.textDocumentSync;
    const changeKind = typeof sync === 'number' ? sync : sync?.change ?? 1;
    // The code sets must be loaded before the "nothing open" figure: ask for their info.
    const info = await withTimeout(server.connection.sendRequest('icdClaimCoder/codeSetInfo').catch(() => null), 30_000, 'codeSetInfo');
    await sleep(500);
    const idleRssMb = procStatusKb(server.child.pid, 'VmRSS') / 1024;

    const uri = pathToFileURL('/bench/batch-20mb.837').href;
    const toPosition = positionConverter(bigText);
    const openStarted = now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'x12-837', version: 1, text: bigText } });
    const diagnosticCount = await diagnosticsFor(server, pull, uri, 1);
    const openToDiagnosticsMs = now() - openStarted;
    await sleep(1000);
    const openRssMb = procStatusKb(server.child.pid, 'VmRSS') / 1024;

    // Hover and completion on codes spread evenly through the document.
    const offsets = diagnosisOffsets(bigText);
    const step = Math.max(1, Math.floor(offsets.length / (latencySamples + 20)));
    const targets = offsets.filter((_, i) => i % step === 0).slice(0, latencySamples + 20);
    const hoverMs = [];
    const completionMs = [];
    const floorMs = [];
    const inlayMs = [];
    let inlayHints = 0;
    let emptyHovers = 0;
    let completionItems = 0;
    for (const [i, offset] of targets.entries()) {
      let started = now();
      const hover = await withTimeout(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: toPosition(offset + 1) }), 30_000, 'hover');
      if (i >= 20) hoverMs.push(now() - started);
      if (!hasContent(hover)) emptyHovers++;
      // Completion with the cursor after the first two characters of the code (`ABF:C7|87`).
      started = now();
      const completion = await withTimeout(server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: toPosition(offset + 2), context: { triggerKind: 1 } }), 30_000, 'completion');
      if (i >= 20) completionMs.push(now() - started);
      completionItems = Math.max(completionItems, Array.isArray(completion) ? completion.length : completion?.items?.length ?? 0);
      // Inlay hints for a screenful around the code (60 lines), as an editor asks when it scrolls there.
      const line = toPosition(offset).line;
      const range = { start: { line: Math.max(0, line - 30), character: 0 }, end: { line: line + 30, character: 0 } };
      started = now();
      const hints = await withTimeout(server.connection.sendRequest('textDocument/inlayHint', { textDocument: { uri }, range }), 30_000, 'inlayHint');
      if (i >= 20) inlayMs.push(now() - started);
      inlayHints = Math.max(inlayHints, Array.isArray(hints) ? hints.length : 0);
      // The floor: a request that does next to no work (the loaded years' counts), sent the same way,
      // shows what the two processes and the pipe between them cost on this machine.
      started = now();
      await withTimeout(server.connection.sendRequest('icdClaimCoder/codeSetInfo'), 30_000, 'codeSetInfo');
      if (i >= 20) floorMs.push(now() - started);
    }

    // One-segment edits: replace one diagnosis code in an HI segment, then wait for diagnostics.
    // Edits go from the end of the document backwards, so earlier offsets and positions stay valid.
    const editMs = [];
    let version = 1;
    const replacements = ['C787', 'C7951', 'Z853', 'C7809'];
    for (let edit = 0; edit < edits + 1; edit++) {
      const offset = offsets[Math.floor((1 - (edit + 0.5) / (edits + 1)) * offsets.length)];
      let length = 0;
      while (/[A-Z0-9]/.test(bigText[offset + length])) length++;
      const replacement = replacements[edit % replacements.length];
      version++;
      const started = now();
      const change = changeKind === 2
        ? { range: { start: toPosition(offset), end: toPosition(offset + length) }, text: replacement }
        : { text: (bigText = bigText.slice(0, offset) + replacement + bigText.slice(offset + length)) };
      await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
      await diagnosticsFor(server, pull, uri, version);
      if (edit > 0) editMs.push(now() - started);
    }
    return {
      diagnosticsMode: pull ? 'pull (textDocument/diagnostic)' : 'push (publishDiagnostics)',
      syncKind: changeKind === 2 ? 'incremental' : 'full',
      codeSetInfo: info,
      idleRssMb,
      openRssMb,
      documentMb: Buffer.byteLength(bigText) / 1e6,
      addedRssPerDocumentSize: (openRssMb - idleRssMb) / (Buffer.byteLength(bigText) / 2 ** 20),
      openToDiagnosticsMs,
      diagnosticCount,
      hover: { p50: percentile(hoverMs, 0.5), p99: percentile(hoverMs, 0.99), max: Math.max(...hoverMs), samples: hoverMs.length, empty: emptyHovers },
      roundTripFloor: { p50: percentile(floorMs, 0.5), p99: percentile(floorMs, 0.99), max: Math.max(...floorMs), samples: floorMs.length },
      completion: { p50: percentile(completionMs, 0.5), p99: percentile(completionMs, 0.99), max: Math.max(...completionMs), samples: completionMs.length, maxItems: completionItems },
      inlayHints: { p50: percentile(inlayMs, 0.5), p99: percentile(inlayMs, 0.99), max: Math.max(...inlayMs), samples: inlayMs.length, maxHints: inlayHints },
      editToDiagnosticsMs: summarize(editMs),
    };
  } finally {
    await server.stop();
  }
}
