import assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic, Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { LspTestClient } from '../protocol/lspClient';
import { build837 } from '../protocol/samples';
import { budget, countCase } from './fuzzSupport';

/**
 * Edits, however odd (ranges past the end or reversed, several changes in one notification, text that
 * breaks segments or adds them), leave the server with the same diagnostics as opening the edited
 * text afresh. The server re-parses and re-validates incrementally; this checks it against itself
 * from scratch, over JSON-RPC. The expected text is computed with the same text-document library.
 */

const inserts = ['', 'C7801', 'C50911', '*', ':', '~', '\n', '~\nHI*ABF:C801~\n', 'CLM*X*1~', 'HI*ABK:Z853*ABF:C7801~\n', '99', '.', 'ABF', '\u0001'];

interface EditSpec {
  readonly at: number;
  readonly length: number;
  readonly text: string;
  readonly odd: 'none' | 'past-end' | 'reversed' | 'whole';
}

const editArbitrary: fc.Arbitrary<EditSpec> = fc.record({
  at: fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
  length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 12 })),
  text: fc.constantFrom(...inserts),
  odd: fc.constantFrom('none', 'none', 'none', 'none', 'past-end', 'reversed', 'whole'),
});

function changeOf(document: TextDocument, spec: EditSpec): TextDocumentContentChangeEvent {
  const length = document.getText().length;
  const start = Math.floor(spec.at * (length + 1));
  const startPosition = document.positionAt(start);
  const endPosition = document.positionAt(Math.min(length, start + spec.length));
  switch (spec.odd) {
    case 'past-end': return { range: { start: startPosition, end: { line: document.lineCount + 50, character: 9999 } }, text: spec.text };
    case 'reversed': return { range: { start: endPosition, end: startPosition }, text: spec.text };
    case 'whole': return { text: document.getText().slice(0, start) + spec.text };
    default: return { range: { start: startPosition, end: endPosition }, text: spec.text };
  }
}

function comparable(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => JSON.stringify([diagnostic.range, diagnostic.severity, diagnostic.code, diagnostic.message, diagnostic.data ?? null]));
}

describe('safety: odd edits give the same diagnostics as a fresh open (fast-check over JSON-RPC)', function () {
  this.timeout(180_000);
  let client: LspTestClient;
  const base = build837(Array.from({ length: 40 }, (_, index) => ({ account: `E${index}`, codes: index % 4 === 0 ? ['C7801'] : ['C3491', 'C7801', 'Z853'] })));

  before(async function () {
    client = LspTestClient.start();
    await client.initialize();
  });

  after(function () {
    client.kill();
  });

  it('after random sequences of edits, pulled between edits', async function () {
    let run = 0;
    let withFindings = 0;
    await fc.assert(fc.asyncProperty(fc.array(fc.array(editArbitrary, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.boolean(), async (batches, pullBetween) => {
      run++;
      const uri = `file:///edits/run${run}.837`;
      let local = TextDocument.create(uri, 'x12-837', 1, base);
      await client.open(uri, 'x12-837', base);
      await client.diagnostics(uri);
      let version = 1;
      for (const batch of batches) {
        const changes: TextDocumentContentChangeEvent[] = [];
        for (const spec of batch) {
          const change = changeOf(local, spec);
          changes.push(change);
          local = TextDocument.update(local, [change], local.version);
        }
        version++;
        local = TextDocument.create(uri, 'x12-837', version, local.getText());
        await client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: changes });
        if (pullBetween) await client.diagnostics(uri);
      }
      const incremental = await client.diagnostics(uri);
      const freshUri = `file:///edits/run${run}-fresh.837`;
      await client.open(freshUri, 'x12-837', local.getText());
      const fresh = await client.diagnostics(freshUri);
      await client.close(uri);
      await client.close(freshUri);
      countCase('edit-sequences');
      if (fresh.length > 0) withFindings++;
      assert.deepEqual(comparable(incremental), comparable(fresh));
    }), budget(150));
    assert.ok(withFindings > run / 2, `only ${withFindings} of ${run} edited batches had findings to compare`);
    assert.equal(client.child.exitCode, null);
  });

  it('a hover after the edits describes the edited text, not the old one', async function () {
    const uri = 'file:///edits/hover.837';
    await client.open(uri, 'x12-837', base);
    await client.diagnostics(uri);
    const offset = base.indexOf('C3491');
    const document = TextDocument.create(uri, 'x12-837', 1, base);
    const at: Position = document.positionAt(offset);
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 }, contentChanges: [{ range: { start: at, end: document.positionAt(offset + 5) }, text: 'C50911' }],
    });
    const hover = await client.hover(uri, { line: at.line, character: at.character + 2 });
    const value = hover === null ? '' : JSON.stringify(hover.contents);
    assert.match(value, /C50\.911/);
    assert.doesNotMatch(value, /C34\.91/);
  });
});
