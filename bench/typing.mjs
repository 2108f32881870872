// The typing scenario, measured as a user feels it, over real JSON-RPC against the built server: a
// rule-dense 837 is opened, then a coder retypes diagnosis codes in HI segments one keystroke every
// 80 ms, each keystroke a `didChange` followed by a `completion` request as VS Code sends them; once a
// code is typed the diagnostics are pulled, and codes spread through the file are hovered.
//   completion: p50/p99 of the completion answered right after each keystroke
//   diagnostics: p50 of the pull after each code was typed
//   hover: p99 of hovers sent while the document is being edited
//   roundTripFloor: p99 of a request the server answers at once (MethodNotFound), sent before each hover
//   memory: server RSS added by the open document ÷ its size (1 s after the open's diagnostics), and
//           the RSS 1 s after the document is closed at the end
//
// Standalone: node bench/typing.mjs [--claims 55000] [--violation-share 0.45] [--codes 12] [--json] [--cpu-prof-dir DIR]
import { fileURLToPath, pathToFileURL } from 'node:url';
import { generate837 } from './generate837.mjs';
import { diagnosisOffsets, positionConverter, startServer } from './server.mjs';
import { percentile, procStatusKb } from './stats.mjs';

const now = () => Number(process.hrtime.bigint()) / 1e6;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** VS Code sends a keystroke's change and its completion request together; a fast typist types every 80 ms. */
const KEYSTROKE_MS = 80;
/** The codes typed, in turn: each replaces the code of an `ABF:` composite character by character. */
const TYPED_CODES = ['C7951', 'C787', 'Z853', 'C7800', 'C50911', 'D0510'];
/** A request no server implements: its answer (MethodNotFound) measures the JSON-RPC round trip alone. */
const ROUND_TRIP_PROBE = 'icdBench/roundTripProbe';

function withTimeout(promise, ms, what) {
  let timer;
  return Promise.race([promise, new Promise((_, reject) => { timer = setTimeout(() => reject(new Error(`${what} timed out after ${ms} ms`)), ms); })])
    .finally(() => clearTimeout(timer));
}

/** Pulls diagnostics, asking again when the server answers ServerCancelled with `retriggerRequest` (as VS Code does). */
async function pullDiagnostics(connection, uri) {
  for (let attempt = 0; ; attempt++) {
    try {
      const report = await withTimeout(connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } }), 300_000, 'textDocument/diagnostic');
      return report.items?.length ?? 0;
    } catch (error) {
      if (error?.code !== -32802 || attempt >= 20) throw error;
    }
  }
}

/** Generates the rule-dense batch the scenario types into (one segment per line, as editors show it). */
export function typingDocument(claims, violationShare) {
  return [...generate837({ claims, kind: 'mixed', layout: 'lines', seed: 4242, violationShare })].join('');
}

/**
 * Runs the scenario on `text`: `codes` codes typed keystroke by keystroke at `ABF:` composites spread
 * through the document, from its end backwards (so earlier offsets stay valid), with `hoversPerCode`
 * hovers after each code.
 */
export async function measureTyping(text, { codes = 12, hoversPerCode = 25, nodeOptions = [] } = {}) {
  const server = startServer(nodeOptions);
  try {
    await withTimeout(server.initialize(), 30_000, 'initialize');
    await withTimeout(server.connection.sendRequest('icdClaimCoder/codeSetInfo'), 30_000, 'codeSetInfo');
    await sleep(500);
    const idleRssMb = procStatusKb(server.child.pid, 'VmRSS') / 1024;
    const uri = pathToFileURL('/bench/typing-rule-dense.837').href;
    const openStarted = now();
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'x12-837', version: 1, text } });
    const openDiagnostics = await pullDiagnostics(server.connection, uri);
    const openToDiagnosticsMs = now() - openStarted;
    await sleep(1000);
    const openRssMb = procStatusKb(server.child.pid, 'VmRSS') / 1024;

    // The client keeps the original text and the edits made since, as an editor's text model does, and
    // never rebuilds the 21 MB string: rebuilding it per keystroke made the client itself collect
    // garbage for milliseconds in the middle of the requests it was timing. Codes are typed from the
    // end of the file backwards and no line break is typed, so the text before the next code typed is
    // still the original one, and a position only moves when an edited line lies on it.
    const toOriginalPosition = positionConverter(text);
    /** Per edited line: the characters from which the typed codes moved the rest of the line, and by how much. */
    const lineEdits = new Map();
    const toPosition = (offset) => {
      const position = toOriginalPosition(offset);
      let character = position.character;
      for (const edit of lineEdits.get(position.line) ?? []) if (position.character > edit.from) character += edit.delta;
      return { line: position.line, character };
    };
    const abf = diagnosisOffsets(text).filter((offset) => text.startsWith('ABF:', offset - 4));
    const hoverTargets = diagnosisOffsets(text);
    const completionMs = [];
    /** The completion after the first keystroke of each code (it replaces the old code) and after the others. */
    const firstKeystrokeMs = [];
    const diagnosticsMs = [];
    const hoverMs = [];
    const roundTripMs = [];
    let version = 1;
    let diagnosticCount = openDiagnostics;
    for (let index = 0; index < codes; index++) {
      const offset = abf[Math.floor((1 - (index + 0.5) / codes) * abf.length)];
      let length = 0;
      while (/[A-Z0-9]/.test(text[offset + length])) length++;
      const code = TYPED_CODES[index % TYPED_CODES.length];
      // Positions are worked out before the timed part: the code stays on one line, whose start does
      // not move while it is typed.
      const start = toPosition(offset);
      // The first keystroke replaces the selected code, the next ones append to it.
      for (let typed = 0; typed < code.length; typed++) {
        const keystrokeStarted = now();
        const removed = typed === 0 ? length : 0;
        const from = { line: start.line, character: start.character + typed };
        const change = { range: { start: from, end: { line: from.line, character: from.character + removed } }, text: code[typed] };
        const cursor = { line: from.line, character: from.character + 1 };
        version++;
        await server.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
        const started = now();
        await withTimeout(server.connection.sendRequest('textDocument/completion', {
          textDocument: { uri }, position: cursor, context: { triggerKind: 1 },
        }), 30_000, 'completion');
        completionMs.push(now() - started);
        if (typed === 0) firstKeystrokeMs.push(completionMs[completionMs.length - 1]);
        const left = KEYSTROKE_MS - (now() - keystrokeStarted);
        if (left > 0) await sleep(left);
      }
      const edits = lineEdits.get(start.line) ?? [];
      edits.push({ from: toOriginalPosition(offset).character, delta: code.length - length });
      lineEdits.set(start.line, edits);
      const started = now();
      diagnosticCount = await pullDiagnostics(server.connection, uri);
      diagnosticsMs.push(now() - started);
      // Hovers while the edited text is still fresh (before the server makes it flat after a pause);
      // their positions are worked out first, so that only the requests are timed.
      const positions = [];
      for (let h = 0; h < hoversPerCode; h++) {
        // The hover lands on a code; a code on an edited line moved with the edit.
        positions.push(toPosition(hoverTargets[((h + index * hoversPerCode) * 7919) % hoverTargets.length] + 1));
      }
      for (const position of positions) {
        // The same round trip with no work behind it: a request the server does not know, answered at
        // once with MethodNotFound. Its p99 is the floor any request meets on this machine.
        const roundTripStarted = now();
        await withTimeout(server.connection.sendRequest(ROUND_TRIP_PROBE).catch(() => undefined), 30_000, 'round trip');
        roundTripMs.push(now() - roundTripStarted);
        const hoverStarted = now();
        await withTimeout(server.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position }), 30_000, 'hover');
        hoverMs.push(now() - hoverStarted);
      }
    }
    // Closing the document should give its memory back: the RSS 1 s after the close, against idle.
    await server.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    await sleep(1000);
    const closedRssMb = procStatusKb(server.child.pid, 'VmRSS') / 1024;
    const documentBytes = Buffer.byteLength(text);
    return {
      documentMb: documentBytes / 1e6,
      openToDiagnosticsMs,
      diagnosticCount: { open: openDiagnostics, afterTyping: diagnosticCount },
      codesTyped: codes,
      completion: {
        p50: percentile(completionMs, 0.5), p99: percentile(completionMs, 0.99), max: Math.max(...completionMs), samples: completionMs.length,
        firstKeystroke: { p50: percentile(firstKeystrokeMs, 0.5), max: Math.max(...firstKeystrokeMs) },
      },
      diagnosticsAfterTyping: { p50: percentile(diagnosticsMs, 0.5), max: Math.max(...diagnosticsMs), samples: diagnosticsMs.length },
      hover: { p50: percentile(hoverMs, 0.5), p99: percentile(hoverMs, 0.99), max: Math.max(...hoverMs), samples: hoverMs.length },
      roundTripFloor: { p50: percentile(roundTripMs, 0.5), p99: percentile(roundTripMs, 0.99), max: Math.max(...roundTripMs), samples: roundTripMs.length },
      idleRssMb,
      openRssMb,
      closedRssMb,
      addedRssPerDocumentSize: (openRssMb - idleRssMb) / (documentBytes / 2 ** 20),
    };
  } finally {
    await server.stop();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const argv = process.argv.slice(2);
  const option = (name, fallback) => {
    const at = argv.indexOf(`--${name}`);
    return at === -1 ? fallback : Number(argv[at + 1]);
  };
  const text = typingDocument(option('claims', 55_000), option('violation-share', 0.45));
  const profileAt = argv.indexOf('--cpu-prof-dir');
  const nodeOptions = profileAt === -1 ? [] : ['--cpu-prof', `--cpu-prof-dir=${argv[profileAt + 1]}`];
  const result = await measureTyping(text, { codes: option('codes', 12), nodeOptions });
  process.stdout.write(argv.includes('--json') ? `${JSON.stringify(result)}\n` : `${JSON.stringify(result, null, 2)}\n`);
}
