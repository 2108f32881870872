import assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf } from '../protocol/lspClient';
import { build837, secondaryOnlyClaim, secondaryOnlyNote } from '../protocol/samples';
import { cpuMsOf } from './processStats';

/**
 * The server survives protocol abuse: requests with missing, wrong-typed and out-of-range params,
 * requests for unknown or closed documents, edits past the end. Every request gets an error response
 * or a neutral result, and the server keeps answering. Also: cancellation of a long validation,
 * opening and closing 200 documents, and a 60 MB document.
 */

const noteUri = 'file:///abuse/followup.note';
const claimUri = 'file:///abuse/batch.837';

type Outcome = { kind: 'result'; value: unknown } | { kind: 'error'; code: number };

/** Sends a raw request and reports whether it got a result or an error response (a timeout fails the test). */
async function outcomeOf(client: LspTestClient, method: string, params: unknown): Promise<Outcome> {
  try {
    return { kind: 'result', value: await client.request(method, params, 10_000) };
  } catch (error) {
    if (error instanceof ResponseError) return { kind: 'error', code: error.code };
    throw error;
  }
}

function isNeutral(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  if (Array.isArray(value)) return value.length === 0;
  const record = value as Record<string, unknown>;
  if (Array.isArray(record.items)) return record.items.length === 0;
  return false;
}

describe('safety: the server survives protocol abuse', function () {
  this.timeout(60_000);
  let client: LspTestClient;

  before(async function () {
    client = LspTestClient.start();
    await client.initialize();
    await client.open(noteUri, 'clinical-note', secondaryOnlyNote);
    await client.open(claimUri, 'x12-837', secondaryOnlyClaim);
  });

  after(function () {
    client.kill();
  });

  async function assertStillServing(): Promise<void> {
    assert.equal(client.child.exitCode, null, `the server exited: ${client.stderr()}`);
    const diagnostics = await client.diagnostics(noteUri);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'secondary-without-primary'), 'the server stopped checking documents');
    assert.ok(await client.hover(noteUri, positionOf(secondaryOnlyNote, 'C78.01', 2)), 'the server stopped answering hovers');
  }

  const position = { line: 0, character: 0 };
  const malformed: ReadonlyArray<[string, string, unknown]> = [
    ['hover without params', 'textDocument/hover', null],
    ['hover with empty params', 'textDocument/hover', {}],
    ['hover with a numeric document', 'textDocument/hover', { textDocument: 5, position }],
    ['hover with a string position', 'textDocument/hover', { textDocument: { uri: noteUri }, position: 'top' }],
    ['hover with negative and fractional positions', 'textDocument/hover', { textDocument: { uri: noteUri }, position: { line: -1, character: 0.5 } }],
    ['hover far past the end', 'textDocument/hover', { textDocument: { uri: noteUri }, position: { line: 1e9, character: 1e9 } }],
    ['hover past the end of an 837', 'textDocument/hover', { textDocument: { uri: claimUri }, position: { line: 2 ** 31, character: 2 ** 31 } }],
    ['hover on an unknown document', 'textDocument/hover', { textDocument: { uri: 'file:///abuse/never-opened.837' }, position }],
    ['hover on a non-file URI', 'textDocument/hover', { textDocument: { uri: 'not a uri at all' }, position }],
    ['completion without params', 'textDocument/completion', null],
    ['completion with a null position', 'textDocument/completion', { textDocument: { uri: claimUri }, position: null }],
    ['completion far past the end', 'textDocument/completion', { textDocument: { uri: claimUri }, position: { line: 99999, character: 99999 } }],
    ['completion with a string line', 'textDocument/completion', { textDocument: { uri: noteUri }, position: { line: '0', character: '3' } }],
    ['resolve without params', 'completionItem/resolve', null],
    ['resolve an empty item', 'completionItem/resolve', {}],
    ['resolve an item with a numeric label and foreign data', 'completionItem/resolve', { label: 5, data: { code: ['C78.01'], year: 'x' } }],
    ['resolve an item with data for an unknown code', 'completionItem/resolve', { label: 'ZZZ.99', data: { code: 'ZZZ99', kind: 'icd10cm' } }],
    ['diagnostics without params', 'textDocument/diagnostic', null],
    ['diagnostics for an unknown document', 'textDocument/diagnostic', { textDocument: { uri: 'file:///abuse/unknown.note' } }],
    ['diagnostics with a numeric URI', 'textDocument/diagnostic', { textDocument: { uri: 42 } }],
    ['code actions without context', 'textDocument/codeAction', { textDocument: { uri: noteUri }, range: { start: position, end: position } }],
    ['code actions with diagnostics that are not an array', 'textDocument/codeAction', { textDocument: { uri: noteUri }, range: { start: position, end: position }, context: { diagnostics: 'all' } }],
    ['code actions with a reversed, out-of-range range', 'textDocument/codeAction', { textDocument: { uri: claimUri }, range: { start: { line: 1e6, character: 0 }, end: position }, context: { diagnostics: [] } }],
    ['code actions for forged fix data pointing outside the document', 'textDocument/codeAction', {
      textDocument: { uri: noteUri }, range: { start: position, end: position },
      context: { diagnostics: [{ range: { start: position, end: position }, message: 'x', source: 'icd-claim-coder', code: 'code-not-billable', data: { source: 'icd-claim-coder', fixes: [{ title: 'forged', edits: [{ offset: -50, length: 1e12, newText: 7 }] }, { title: 'junk', edits: 'none' }] } }] },
    }],
    ['code actions for a diagnostic without range', 'textDocument/codeAction', { textDocument: { uri: noteUri }, range: { start: position, end: position }, context: { diagnostics: [{ message: 'no range', source: 'icd-claim-coder', data: { source: 'icd-claim-coder', fixes: null } }] } }],
    ['symbols without params', 'textDocument/documentSymbol', null],
    ['symbols for an unknown document', 'textDocument/documentSymbol', { textDocument: { uri: 'file:///abuse/unknown.837' } }],
    ['code-set info with odd params', 'icdClaimCoder/codeSetInfo', [1, 2, 3]],
  ];

  for (const [title, method, params] of malformed) {
    it(`answers ${title} with an error or a neutral result`, async function () {
      const outcome = await outcomeOf(client, method, params);
      if (outcome.kind === 'error') assert.ok(outcome.code < 0, `error code ${outcome.code}`);
      else if (method !== 'completionItem/resolve' && method !== 'icdClaimCoder/codeSetInfo' && method !== 'textDocument/codeAction') {
        // Neutral: nothing to show (a hover past the end of a line may still show the last segment's hover).
        assert.ok(isNeutral(outcome.value) || method === 'textDocument/hover', `${title}: ${JSON.stringify(outcome.value).slice(0, 200)}`);
      }
    });
  }

  it('answers an unknown method with MethodNotFound', async function () {
    assert.deepEqual(await outcomeOf(client, 'icdClaimCoder/noSuchRequest', {}), { kind: 'error', code: -32601 });
  });

  it('never applies a forged quick fix outside the document', async function () {
    const outcome = await outcomeOf(client, 'textDocument/codeAction', malformed.find(([title]) => title.startsWith('code actions for forged'))?.[2]);
    if (outcome.kind === 'result' && Array.isArray(outcome.value)) {
      const lines = secondaryOnlyNote.split('\n');
      for (const action of outcome.value as Array<{ edit?: { changes?: Record<string, Array<{ range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: unknown }>> } }>) {
        for (const edit of Object.values(action.edit?.changes ?? {}).flat()) {
          assert.ok(edit.range.start.line >= 0 && edit.range.end.line < lines.length, `a forged fix edits ${JSON.stringify(edit.range)}`);
          assert.equal(typeof edit.newText, 'string');
        }
      }
    }
  });

  it('survives malformed notifications: edits past the end, unknown documents, versions going backwards, double opens', async function () {
    const uri = 'file:///abuse/edited.note';
    await client.open(uri, 'clinical-note', 'Dx: C78.01\n');
    const send = (method: string, params: unknown): Promise<void> => client.connection.sendNotification(method, params);
    await send('textDocument/didChange', { textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: { line: 50, character: 0 }, end: { line: 90, character: 4 } }, text: ', C34.91' }] });
    await send('textDocument/didChange', { textDocument: { uri, version: 3 }, contentChanges: [{ range: { start: { line: 0, character: 500 }, end: { line: 0, character: 2 } }, text: 'X' }] });
    await send('textDocument/didChange', { textDocument: { uri, version: 1 }, contentChanges: [{ text: 'Dx: C50.91\n' }] });
    await send('textDocument/didChange', { textDocument: { uri: 'file:///abuse/never-opened.note', version: 2 }, contentChanges: [{ text: 'x' }] });
    await send('textDocument/didChange', { textDocument: { uri }, contentChanges: 'not an array' });
    await send('textDocument/didChange', null);
    await send('textDocument/didOpen', { textDocument: { uri, languageId: 'clinical-note', version: 9, text: 'Dx: C78.01\n' } });
    await send('textDocument/didOpen', { textDocument: { uri: 'file:///abuse/no-text.note', languageId: 'clinical-note', version: 1 } });
    await send('textDocument/didOpen', { textDocument: { uri: 'file:///abuse/numeric-text.note', languageId: 'clinical-note', version: 1, text: 12345 } });
    await send('textDocument/didClose', { textDocument: { uri: 'file:///abuse/never-opened.837' } });
    await send('textDocument/didClose', {});
    await send('workspace/didChangeConfiguration', 'garbage');
    await send('$/unknownNotification', { anything: true });
    for (const target of [uri, 'file:///abuse/no-text.note', 'file:///abuse/numeric-text.note']) {
      const outcome = await outcomeOf(client, 'textDocument/diagnostic', { textDocument: { uri: target } });
      assert.ok(outcome.kind === 'error' || Array.isArray((outcome.value as DocumentDiagnosticReport & { items: Diagnostic[] }).items), `${target}: ${JSON.stringify(outcome)}`);
    }
    await assertStillServing();
  });

  it('answers requests for a closed document neutrally', async function () {
    const uri = 'file:///abuse/closed.837';
    await client.open(uri, 'x12-837', secondaryOnlyClaim);
    assert.ok((await client.diagnostics(uri)).length > 0);
    await client.close(uri);
    assert.deepEqual(await client.diagnostics(uri), []);
    assert.equal(await client.hover(uri, positionOf(secondaryOnlyClaim, 'C7801', 1)), null);
    assert.deepEqual(await client.completion(uri, position), []);
    assert.deepEqual(await client.documentSymbols(uri), []);
  });

  it('keeps answering after all of the above, and logs failures without document text', async function () {
    await assertStillServing();
    const logged = client.events.filter((event) => event.method === 'window/logMessage').map((event) => (event.params as { message: string }).message);
    for (const line of [...logged, client.stderr()]) {
      assert.ok(!/C78\.?01|C34\.?91|C50\.?91|metastatic|DOE|JANE|XYZ000000001/.test(line), `a log line quotes a document: ${line}`);
    }
  });
});

describe('safety: long validations are cancellable', function () {
  this.timeout(120_000);
  let client: LspTestClient;
  const uri = 'file:///abuse/50000-claims.837';
  let text: string;

  before(async function () {
    text = build837(Array.from({ length: 50_000 }, (_, index) => ({ account: `ACCT${index}`, codes: index % 3 === 0 ? ['C7801'] : ['C3491', 'C7801', 'Z853'] })));
    client = LspTestClient.start();
    await client.initialize();
    await client.open(uri, 'x12-837', text);
    // A hover parses the document once, so the pulls below measure validation.
    await client.hover(uri, positionOf(text, 'C7801', 1));
  });

  after(function () {
    client.kill();
  });

  /** What happened to a pull cancelled during its validation. */
  interface CancelledPull {
    /** `error -32800` (RequestCancelled), `a full report`, or a failure. */
    readonly outcome: string;
    /** Wall time from the cancel to the answer: what a user waits, stretched by every other process on the host. */
    readonly latencyMs: number;
    /** CPU time the server used from the cancel to the answer: the work it did after being told to stop. */
    readonly serverCpuMs: number;
    /** Whether the answer had arrived before the cancel was sent: a validation that ended first had nothing left to stop. */
    readonly answeredBeforeCancel: boolean;
  }

  /**
   * Opens the batch under a fresh URI (so no earlier validation can be reused), parses it with a hover,
   * sends a pull, cancels it after `delayMs`, and measures the answer to it.
   */
  async function cancelAfter(delayMs: number, round: number): Promise<CancelledPull> {
    const fresh = `file:///abuse/50000-claims-${round}.837`;
    await client.open(fresh, 'x12-837', text);
    await client.hover(fresh, positionOf(text, 'C7801', 1));
    const source = new CancellationTokenSource();
    let answered = false;
    const pending = client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri: fresh } }, 60_000, source.token)
      .then(() => 'a full report', (error: unknown) => (error instanceof ResponseError ? `error ${error.code}` : `failure ${String(error)}`))
      .finally(() => { answered = true; });
    await new Promise((resolve) => setTimeout(resolve, delayMs));
    const serverCpuAtCancel = cpuMsOf(serverPid());
    const cancelledAt = performance.now();
    const answeredBeforeCancel = answered;
    source.cancel();
    const outcome = await pending;
    const latencyMs = performance.now() - cancelledAt;
    const serverCpuMs = cpuMsOf(serverPid()) - serverCpuAtCancel;
    await client.close(fresh);
    return { outcome, latencyMs, serverCpuMs, answeredBeforeCancel };
  }

  function serverPid(): number {
    return client.child.pid ?? 0;
  }

  it('answers a pull cancelled before it starts with RequestCancelled, and keeps serving', async function () {
    const { outcome } = await cancelAfter(0, 0);
    assert.ok(outcome === 'error -32800' || outcome === 'a full report', outcome);
    const full = await client.request<DocumentDiagnosticReport & { items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, 60_000);
    assert.ok(full.items.length > 1000, `${full.items.length} diagnostics`);
  });

  /** How long a whole validation of a freshly opened (and parsed) copy takes. */
  async function fullValidationMs(copy: string): Promise<number> {
    const measured = `file:///abuse/50000-claims-measured-${copy}.837`;
    await client.open(measured, 'x12-837', text);
    await client.hover(measured, positionOf(text, 'C7801', 1));
    const started = performance.now();
    await client.request('textDocument/diagnostic', { textDocument: { uri: measured } }, 60_000);
    const fullMs = performance.now() - started;
    await client.close(measured);
    return fullMs;
  }

  /**
   * A cancel stops the validation before a user would notice the wait. The limit is on the CPU time
   * the server spends between the cancel and its answer, not on the wall time: on a shared host the
   * server and this test wait their turn for a processor, which stretched the wall time past 200 ms
   * without the server doing any more work. 100 ms is the delay after which a user no longer feels an
   * answer as immediate; it holds the slice under way (8 ms of work), answering the cancel, the
   * garbage collector's threads, and the ticks (10 ms) in which Linux counts CPU time. A server that
   * ignored the cancel would go on to use most of a whole validation's CPU time, several times that.
   */
  it('stops the validation of 50,000 claims within 100 ms of server CPU time after a cancel', async function () {
    // The cancelled copies are validated by a server that has already validated this batch, so they are
    // compared with warm copies only: the first also pays for compiling the checks and can take twice as
    // long, which made a cancel sent after a warm validation had ended count as missed. The quicker of two
    // warm copies stands for the validation, because a burst of load on a shared host only ever adds wall
    // time: a CI run once measured a warm copy at 321 ms, cancelled another 120 ms in, and received the
    // whole report, the validation having taken well under 240 ms that time.
    await fullValidationMs('first');
    const fullMs = Math.min(await fullValidationMs('second'), await fullValidationMs('third'));
    const serverCpuMs: number[] = [];
    for (const [round, delay] of [20, 60, 120].entries()) {
      const pull = await cancelAfter(delay, round + 1);
      serverCpuMs.push(pull.serverCpuMs);
      console.log(`      cancel ${delay} ms into a ${Math.round(fullMs)} ms validation: ${pull.outcome} ${pull.latencyMs.toFixed(1)} ms after the cancel, ${pull.serverCpuMs} ms of server CPU time`);
      // A report that had already arrived when the cancel went out is no cancel missed: that validation ran quicker than the measured ones.
      if (delay < fullMs / 2 && !pull.answeredBeforeCancel) assert.equal(pull.outcome, 'error -32800', `cancelled ${delay} ms into a ${Math.round(fullMs)} ms validation`);
    }
    assert.ok(Math.max(...serverCpuMs) <= 100, `server CPU time after the cancels: ${serverCpuMs.join(', ')} ms`);
  });
});
