import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { officialTitle } from '../helpers/officialCodes';
import { LspTestClient, positionOf, repoRoot } from './lspClient';
import { headerCodeNote, secondaryOnlyNote } from './samples';

/**
 * The server as editors other than VS Code use it, over real JSON-RPC: started by the
 * `icd-claim-coder-server` command with no arguments, diagnostics pushed to a client that never
 * pulls, completion titles in `detail`, settings in `initializationOptions` and in both shapes of
 * `didChangeConfiguration`, and the file-path settings read only in a workspace the client trusts.
 */

const serverBin = path.join(repoRoot, 'bin', 'icd-claim-coder-server.js');

/** What Neovim 0.7 and eglot 1.9 announce, in substance: no pull diagnostics, no configuration pull. */
const pushOnlyCapabilities: ClientCapabilities = {
  textDocument: {
    synchronization: { didSave: true },
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { snippetSupport: false } },
    publishDiagnostics: { relatedInformation: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
  },
};

/** Waits for the diagnostics pushed for `uri` after event index `since` that satisfy `matches`. */
async function pushed(client: LspTestClient, uri: string, since: number, matches: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
  const event = await client.waitForEvent('textDocument/publishDiagnostics', (params) => {
    const published = params as PublishDiagnosticsParams;
    return published.uri === uri && matches(published);
  }, since);
  return event.params as PublishDiagnosticsParams;
}

const rulesOf = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map((diagnostic) => String(diagnostic.code));

describe('language server for other editors (push diagnostics, command, settings, trust)', function () {
  const clients: LspTestClient[] = [];
  let dir: string;

  function start(command?: readonly string[]): LspTestClient {
    const client = LspTestClient.start(command === undefined ? {} : { command });
    clients.push(client);
    return client;
  }

  before(function () {
    dir = mkdtempSync(path.join(tmpdir(), 'icd-other-clients-'));
  });

  after(function () {
    for (const client of clients) client.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the command prints its usage with --help and rejects an unknown flag briefly', function () {
    const help = spawnSync(process.execPath, [serverBin, '--help'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(help.status, 0);
    assert.match(help.stdout, /Usage: icd-claim-coder-server/);
    assert.match(help.stdout, /workspaceTrusted/);
    const wrong = spawnSync(process.execPath, [serverBin, '--bogus'], { encoding: 'utf8', timeout: 10_000 });
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, /unknown argument --bogus/);
    assert.ok(wrong.stderr.length < 2000, `the error is short, not the bundle's source (${wrong.stderr.length} characters)`);
  });

  it('pushes diagnostics to a client that does not pull, after open and after each edit, and clears them on close', async function () {
    const client = start([serverBin]);
    await client.initialize(pushOnlyCapabilities, null);
    const uri = 'file:///synthetic/push.note';
    await client.open(uri, 'clinical-note', secondaryOnlyNote);
    const first = await pushed(client, uri, 0);
    assert.equal(first.version, 1);
    assert.deepEqual(rulesOf(first.diagnostics), ['secondary-without-primary']);
    assert.equal(first.diagnostics[0]?.range.start.line, positionOf(secondaryOnlyNote, 'C78.01').line);

    // Documenting and listing the primary (right lung adenocarcinoma, C34.91) first satisfies the rule, and the
    // narrative rules have nothing to say either: the next push, for version 2, is empty.
    let since = client.events.length;
    const before = positionOf(secondaryOnlyNote, 'C78.01');
    await client.edit(uri, { start: before, end: before }, 'right lung adenocarcinoma C34.91, ');
    const second = await pushed(client, uri, since);
    assert.equal(second.version, 2);
    assert.deepEqual(second.diagnostics, []);

    since = client.events.length;
    await client.close(uri);
    assert.deepEqual((await pushed(client, uri, since)).diagnostics, []);
  });

  it('pushes only the newest version when edits come faster than the pause', async function () {
    const client = start([serverBin]);
    await client.initialize(pushOnlyCapabilities, null);
    const uri = 'file:///synthetic/typing-fast.note';
    await client.open(uri, 'clinical-note', 'Dx: C34.91\n');
    const at = { line: 0, character: 'Dx: C34.91'.length };
    await client.edit(uri, { start: at, end: at }, ', C78.0');
    await client.edit(uri, { start: { line: 0, character: at.character + 7 }, end: { line: 0, character: at.character + 7 } }, '1');
    const published = await pushed(client, uri, 0);
    assert.equal(published.version, 3, 'versions 1 and 2 were superseded before their pause ended');
    assert.deepEqual(rulesOf(published.diagnostics), []);
  });

  it('offers and applies a quick fix for a pushed diagnostic', async function () {
    const client = start([serverBin]);
    await client.initialize(pushOnlyCapabilities, null);
    const uri = 'file:///synthetic/push-fix.note';
    await client.open(uri, 'clinical-note', headerCodeNote);
    const { diagnostics } = await pushed(client, uri, 0);
    const notBillable = diagnostics.find((diagnostic) => diagnostic.code === 'code-not-billable');
    assert.ok(notBillable, `expected code-not-billable among ${rulesOf(diagnostics).join(', ')}`);
    const actions = (await client.codeActions(uri, notBillable.range, [notBillable])) ?? [];
    const edit = actions[0]?.edit?.changes?.[uri]?.[0];
    assert.ok(edit, 'the first quick fix edits the document');
    // C50.91 is a subcategory; C50.911 (right female breast) is one of its billable codes (FY2027 codes file).
    assert.match(edit.newText, /^C50\.91\d$/);
    officialTitle(edit.newText.replace('.', ''));
  });

  it('puts the title of each completed code in detail, for clients that show no labelDetails', async function () {
    const client = start([serverBin]);
    await client.initialize(pushOnlyCapabilities, null);
    const uri = 'file:///synthetic/complete.note';
    const text = 'Dx: C78.0';
    await client.open(uri, 'clinical-note', text);
    const items = await client.completion(uri, { line: 0, character: text.length });
    const item = items.find((candidate) => candidate.label === 'C78.01');
    assert.ok(item, 'C78.01 is offered');
    assert.equal(item.detail, officialTitle('C7801'));
  });

  it('reads settings from initializationOptions, nested or with dotted keys', async function () {
    const nested = start([serverBin]);
    await nested.initialize(pushOnlyCapabilities, { icdClaimCoder: { rules: { 'secondary-without-primary': 'off' } } });
    await nested.open('file:///synthetic/nested.note', 'clinical-note', secondaryOnlyNote);
    assert.deepEqual((await pushed(nested, 'file:///synthetic/nested.note', 0)).diagnostics, []);

    const dotted = start([serverBin]);
    await dotted.initialize(pushOnlyCapabilities, { 'icdClaimCoder.rules.secondary-without-primary': 'error' });
    await dotted.open('file:///synthetic/dotted.note', 'clinical-note', secondaryOnlyNote);
    const { diagnostics } = await pushed(dotted, 'file:///synthetic/dotted.note', 0);
    assert.equal(diagnostics[0]?.severity, 1, 'error');
  });

  it('applies didChangeConfiguration in the dotted shape and pushes the new diagnostics', async function () {
    const client = start([serverBin]);
    await client.initialize(pushOnlyCapabilities, null);
    const uri = 'file:///synthetic/reconfigured.note';
    await client.open(uri, 'clinical-note', secondaryOnlyNote);
    assert.equal((await pushed(client, uri, 0)).diagnostics[0]?.severity, 2, 'warning by default');
    const since = client.events.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { 'icdClaimCoder.rules.secondary-without-primary': 'information' } });
    assert.equal((await pushed(client, uri, since)).diagnostics[0]?.severity, 3, 'information after the change');
  });

  it('falls back to the initializationOptions when the client answers workspace/configuration with null', async function () {
    const client = start();
    client.answerNull = true;
    await client.initialize(undefined, { icdClaimCoder: { rules: { 'secondary-without-primary': 'off' } } });
    await client.open('file:///synthetic/null-answer.note', 'clinical-note', secondaryOnlyNote);
    assert.deepEqual(await client.diagnostics('file:///synthetic/null-answer.note'), []);
    assert.equal(client.events.filter((event) => event.method === 'textDocument/publishDiagnostics').length, 0, 'a pulling client gets nothing pushed');
  });

  it('reads codeSetPath only when the client says the workspace is trusted', async function () {
    // A tiny synthetic FY2028 release with one code no real year has.
    const release = path.join(dir, 'icd10cm-2028');
    mkdirSync(release);
    writeFileSync(path.join(release, 'icd10cm-codes-2028.txt'), 'C7803   Secondary malignant neoplasm of a synthetic test site\n');
    const text = 'Dx: C34.91, C78.03\n';
    const unknownCodesWith = async (initializationOptions: unknown): Promise<string[]> => {
      const client = start([serverBin]);
      await client.initialize(pushOnlyCapabilities, initializationOptions);
      await client.open('file:///synthetic/trust.note', 'clinical-note', text);
      const { diagnostics } = await pushed(client, 'file:///synthetic/trust.note', 0);
      return rulesOf(diagnostics).filter((rule) => rule === 'unknown-code');
    };
    const settings = { icdClaimCoder: { codeSetPath: release } };
    assert.deepEqual(await unknownCodesWith(settings), ['unknown-code'], 'untrusted: the folder is not read, C78.03 stays unknown');
    assert.deepEqual(await unknownCodesWith({ ...settings, workspaceTrusted: true }), [], 'trusted: the FY2028 folder defines C78.03');
    const untrusted = clients[clients.length - 2] as LspTestClient;
    assert.ok(untrusted.events.some((event) => event.method === 'window/logMessage'
      && /codeSetPath is ignored: the client did not say that the workspace is trusted/.test((event.params as { message: string }).message)));
  });
});
