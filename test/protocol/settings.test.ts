import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CancellationTokenSource, ResponseError } from 'vscode-jsonrpc/node';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf } from './lspClient';
import { secondaryOnlyNote } from './samples';

/**
 * The binding's policies over real JSON-RPC: user files named in settings, cancellation, and the
 * pull-only diagnostics contract. A fresh server, so settings from other suites cannot leak in.
 */

const cptNote = 'Procedures (synthetic)\nCPT 99214 office visit\n';
const cptUri = 'file:///synthetic/procedures.note';

function hoverValue(hover: Hover | null): string {
  return hover === null ? '' : (hover.contents as MarkupContent).value ?? String(hover.contents);
}

describe('language server settings and policies', function () {
  let client: LspTestClient;
  let dir: string;

  before(async function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-protocol-'));
    client = LspTestClient.start();
    await client.initialize();
  });

  after(async function () {
    client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads a CPT descriptions CSV, naming each bad row by file and line', async function () {
    const csv = path.join(dir, 'cpt.csv');
    writeFileSync(csv, 'code,description\n99214,Office visit for an established patient (test CSV)\nBAD,not a code\n');
    await client.open(cptUri, 'clinical-note', cptNote);
    const since = client.events.length;
    await client.changeSettings({ cptDescriptionsPath: csv });
    const shown = await client.waitForEvent('window/showMessageRequest', (params) =>
      (params as { message: string }).message.includes(`${csv}:3`), since);
    assert.equal((shown.params as { type: number }).type, 1);
    assert.match(hoverValue(await client.hover(cptUri, positionOf(cptNote, '99214', 2))), /established patient \(test CSV\)/);
  });

  it('keeps running when the CPT file cannot be read', async function () {
    const missing = path.join(dir, 'missing.csv');
    const since = client.events.length;
    await client.changeSettings({ cptDescriptionsPath: missing });
    await client.waitForEvent('window/showMessageRequest', (params) => (params as { message: string }).message.includes(missing), since);
    await client.open('file:///synthetic/after-cpt.note', 'clinical-note', secondaryOnlyNote);
    const rules = (await client.diagnostics('file:///synthetic/after-cpt.note')).map((diagnostic) => diagnostic.code);
    assert.ok(rules.includes('secondary-without-primary'));
  });

  it('loads a release folder named in codeSetPath, and drops it again when the setting is cleared', async function () {
    // A tiny synthetic FY2028 release with one code no real year has.
    const release = path.join(dir, 'icd10cm-2028');
    mkdirSync(release);
    writeFileSync(path.join(release, 'icd10cm-codes-2028.txt'), [
      'C3491   Malignant neoplasm of unspecified part of right bronchus or lung',
      'C7803   Secondary malignant neoplasm of a synthetic test site',
      '',
    ].join('\n'));
    const uri = 'file:///synthetic/new-year.note';
    await client.open(uri, 'clinical-note', 'Dx: C34.91, C78.03\n');
    const rules = async (): Promise<string[]> => (await client.diagnostics(uri)).map((diagnostic) => String(diagnostic.code));
    assert.ok((await rules()).includes('unknown-code'), 'C78.03 is unknown to the bundled years');

    let since = client.events.length;
    await client.changeSettings({ codeSetPath: release });
    await client.waitForEvent('workspace/diagnostic/refresh', () => true, since);
    assert.ok(!(await rules()).includes('unknown-code'), 'the FY2028 folder defines C78.03');
    const info = await client.request<{ years: Array<{ label: string; source: string }> }>('icdClaimCoder/codeSetInfo', {});
    assert.equal(info.years[0]?.label, 'ICD-10-CM FY2028');
    assert.equal(info.years[0]?.source, release);
    assert.equal(info.years[1]?.source, 'bundled');

    since = client.events.length;
    await client.changeSettings({});
    await client.waitForEvent('workspace/diagnostic/refresh', () => true, since);
    assert.ok((await rules()).includes('unknown-code'), 'back on the bundled years');
  });

  it('answers a request cancelled while it waits with RequestCancelled', async function () {
    // A document the server has not read settings for yet: the handler must ask the client first,
    // and the cancellation arrives while it waits.
    const uri = 'file:///synthetic/cancelled.note';
    await client.open(uri, 'clinical-note', secondaryOnlyNote);
    const source = new CancellationTokenSource();
    const pending = client.request('textDocument/diagnostic', { textDocument: { uri } }, undefined, source.token);
    source.cancel();
    await assert.rejects(pending, (error: unknown) => error instanceof ResponseError && error.code === -32800);
    // The server is still fine afterwards.
    assert.ok((await client.diagnostics(uri)).length > 0);
  });

  it('treats a plaintext document that starts with ISA as an 837, and ignores other plaintext', async function () {
    const claimText = 'ISA*00*          *00*          *ZZ*A              *ZZ*B              *261015*1200*^*00501*000000001*0*T*:~\nGS*HC~\n';
    await client.open('untitled:Untitled-1', 'plaintext', claimText);
    const claimDiagnostics = await client.diagnostics('untitled:Untitled-1');
    assert.ok(claimDiagnostics.length > 0, 'a damaged 837 gets structural diagnostics');
    await client.open('untitled:Untitled-2', 'plaintext', 'C78.09 in a shopping list\n');
    assert.deepEqual(await client.diagnostics('untitled:Untitled-2'), []);
  });

  it('never pushes diagnostics', function () {
    assert.equal(client.events.filter((event) => event.method === 'textDocument/publishDiagnostics').length, 0);
  });
});
