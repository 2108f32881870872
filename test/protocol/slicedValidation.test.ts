import * as assert from 'node:assert/strict';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { Diagnostic, DocumentDiagnosticReport } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf } from './lspClient';
import { build837 } from './samples';

/**
 * Sliced validation over JSON-RPC: while the server validates a 50,000-claim document it answers
 * hovers, a cancelled pull ends with RequestCancelled, and after a one-code edit the next pull reuses
 * the untouched claims and equals what a fresh server reports for the edited text. Nothing here
 * asserts a duration; cancel latency is printed for the record (speed belongs to `npm run bench`).
 */

const requestCancelled = -32800;
const uri = 'file:///sliced/50000-claims.837';

describe('protocol: validation in slices', function () {
  this.timeout(120_000);
  let client: LspTestClient;
  let text: string;
  let controlNumber = 1;

  /** A server started afresh on the current text must report exactly the incrementally kept diagnostics. */
  const assertSameAsFreshServer = async (incremental: Diagnostic[]): Promise<void> => {
    const fresh = LspTestClient.start();
    try {
      await fresh.initialize();
      await fresh.open(uri, 'x12-837', text);
      assert.deepEqual(incremental, await fresh.diagnostics(uri));
    } finally {
      fresh.kill();
    }
  };

  before(async function () {
    text = build837(Array.from({ length: 50_000 }, (_, index) => ({ account: `ACCT${index}`, codes: index % 3 === 0 ? ['C7801'] : ['C3491', 'C7801', 'Z853'] })));
    client = LspTestClient.start();
    await client.initialize();
    await client.open(uri, 'x12-837', text);
  });

  after(function () {
    client.kill();
  });

  /**
   * Rewrites ST02, an envelope element: such an edit is never taken incrementally, so the next pull
   * parses and validates the whole document afresh.
   */
  async function forceFreshValidation(): Promise<void> {
    const st = positionOf(text, 'ST*837*', 7);
    controlNumber++;
    const next = String(controlNumber % 10);
    await client.edit(uri, { start: { line: st.line, character: st.character + 3 }, end: { line: st.line, character: st.character + 4 } }, next);
    const offset = text.indexOf('ST*837*') + 10;
    text = `${text.slice(0, offset)}${next}${text.slice(offset + 1)}`;
  }

  it('answers hovers while a pull validates, and a cancelled pull ends with RequestCancelled', async function () {
    await forceFreshValidation();
    const source = new CancellationTokenSource();
    let pullEnded = false;
    const cancelledAt: number[] = [];
    const pull = client.request<DocumentDiagnosticReport>('textDocument/diagnostic', { textDocument: { uri } }, 60_000, source.token)
      .then(
        () => ({ code: 0, at: performance.now() }),
        (error: unknown) => ({ code: error instanceof ResponseError ? error.code : -1, at: performance.now() }),
      )
      .finally(() => {
        pullEnded = true;
      });
    const position = positionOf(text, 'C7801', 1);
    for (let hovers = 0; hovers < 3; hovers++) {
      const hover = await client.hover(uri, position);
      assert.ok(hover !== null, 'the hover has content');
    }
    assert.equal(pullEnded, false, 'three hovers were answered before the validation of 50,000 claims ended');
    cancelledAt.push(performance.now());
    source.cancel();
    const outcome = await pull;
    assert.equal(outcome.code, requestCancelled);
    console.log(`      cancelled pull answered ${(outcome.at - (cancelledAt[0] ?? 0)).toFixed(1)} ms after the cancel`);
    // The server keeps serving: a new pull of the same version completes.
    const items = await client.diagnostics(uri);
    assert.ok(items.length > 1000);
  });

  it('after a one-code edit reports what a fresh server reports for the edited text', async function () {
    await client.diagnostics(uri);
    const at = text.indexOf('C3491');
    const position = positionOf(text, 'C3491');
    await client.edit(uri, { start: position, end: { line: position.line, character: position.character + 5 } }, 'C7800');
    text = `${text.slice(0, at)}C7800${text.slice(at + 5)}`;
    const incremental: Diagnostic[] = await client.diagnostics(uri);
    await assertSameAsFreshServer(incremental);
  });

  it('after edits that change lengths, a hover, a pause that settles the text and more edits, reports what a fresh server reports', async function () {
    const replace = async (occurrence: number, code: string): Promise<void> => {
      let at = -1;
      for (let i = 0; i <= occurrence; i++) at = text.indexOf('C3491', at + 1);
      const line = text.slice(0, at).split('\n').length - 1;
      const position = { line, character: at - (text.lastIndexOf('\n', at - 1) + 1) };
      await client.edit(uri, { start: position, end: { line: position.line, character: position.character + 5 } }, code);
      text = `${text.slice(0, at)}${code}${text.slice(at + 5)}`;
      await client.diagnostics(uri);
    };
    await replace(40_000, 'C50911');
    await replace(100, 'C78');
    const hovered = positionOf(text, 'C50911');
    assert.ok(await client.request('textDocument/hover', { textDocument: { uri }, position: { line: hovered.line, character: hovered.character + 1 } }));
    await replace(20_000, 'Z853');
    // Enough places edited that the text is in more pieces than a pause leaves it in.
    for (const occurrence of [5_000, 12_000, 18_000, 25_000, 28_000, 32_000]) await replace(occurrence, 'C787');
    // Longer than the server's pause before it makes the edited text flat again.
    await new Promise((resolve) => setTimeout(resolve, 800));
    await replace(10, 'C7951');
    await replace(30_000, 'C801');
    const incremental: Diagnostic[] = await client.diagnostics(uri);
    await assertSameAsFreshServer(incremental);
  });
});
