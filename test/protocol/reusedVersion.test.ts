import assert from 'node:assert/strict';
import type { Diagnostic, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient } from './lspClient';

/**
 * A client may send two changes with the same version number (a buggy client, or one that resets its
 * counter). The server must answer for the text it actually holds: its parse and validation caches key
 * on the content applied, not on the version number alone.
 */

const uri = 'file:///synthetic/reused-version.note';

function rulesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

function hoverText(hover: Hover | null): string {
  return hover === null ? '' : (hover.contents as MarkupContent).value;
}

describe('language server: a reused version number', function () {
  let client: LspTestClient;

  before(async function () {
    client = LspTestClient.start();
    await client.initialize();
  });

  after(function () {
    client.kill();
  });

  /** Replaces the whole line 0 with `text`, claiming `version`. */
  async function replaceLine(version: number, length: number, text: string): Promise<void> {
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: length } }, text }],
    });
  }

  it('validates the text of the second change, not the diagnostics cached for the first', async function () {
    const first = 'Assessment: colon cancer C18.7 with liver metastasis C78.7';
    await client.open(uri, 'clinical-note', first);
    assert.deepEqual(rulesOf(await client.diagnostics(uri)), []);

    const second = 'Assessment: liver metastasis C78.7';
    await replaceLine(2, first.length, second);
    assert.deepEqual(rulesOf(await client.diagnostics(uri)), ['secondary-without-primary']);

    // The same version number again, with different text: the primary comes back.
    const third = 'Assessment: rectal cancer C20 with liver metastasis C78.7';
    await replaceLine(2, second.length, third);
    const hover = await client.hover(uri, { line: 0, character: third.indexOf('C20') + 1 });
    assert.match(hoverText(hover), /C20/, 'hover reads the new text');
    assert.deepEqual(rulesOf(await client.diagnostics(uri)), [], 'diagnostics are those of the new text');
  });
});
