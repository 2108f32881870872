import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { CompletionItem, Diagnostic, DocumentSymbol, Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { LspTestClient, positionOf } from './lspClient';
import { headerCodeNote, secondaryOnlyClaim, secondaryOnlyNote } from './samples';

/**
 * The built server over real JSON-RPC on stdio: one server for the whole suite, documents opened
 * per test. Each test fails on its own if the feature it names does not reach the client.
 */

const noteUri = 'file:///synthetic/followup.note';
const claimUri = 'file:///synthetic/batch.837';
const headerUri = 'file:///synthetic/header.note';

function hoverText(hover: Hover | null): string {
  assert.ok(hover, 'expected a hover');
  const contents = hover.contents;
  if (typeof contents === 'string') return contents;
  if (Array.isArray(contents)) return contents.map((part) => (typeof part === 'string' ? part : part.value)).join('\n');
  return (contents as MarkupContent).value;
}

function rulesOf(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((diagnostic) => String(diagnostic.code));
}

function flattenSymbols(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flattenSymbols(symbol.children ?? [])]);
}

describe('language server over stdio', function () {
  let client: LspTestClient;

  before(async function () {
    client = LspTestClient.start();
  });

  after(async function () {
    client.kill();
  });

  it('answers initialize with the negotiated capabilities', async function () {
    const result = await client.initialize();
    const capabilities = result.capabilities;
    assert.deepEqual(capabilities.textDocumentSync, { openClose: true, change: 2 });
    assert.equal(capabilities.hoverProvider, true);
    assert.equal(capabilities.completionProvider?.resolveProvider, true);
    assert.deepEqual(capabilities.codeActionProvider, { codeActionKinds: ['quickfix'] });
    assert.equal(capabilities.documentSymbolProvider, true);
    assert.deepEqual(capabilities.diagnosticProvider, { identifier: 'icd-claim-coder', interFileDependencies: false, workspaceDiagnostics: false });
    // Pull only: the server registers for configuration changes and never pushes diagnostics.
    await client.waitForEvent('client/registerCapability', (params) =>
      JSON.stringify(params).includes('workspace/didChangeConfiguration'));
  });

  it('pulls diagnostics for a note and shows secondary-without-primary firing', async function () {
    await client.open(noteUri, 'clinical-note', secondaryOnlyNote);
    const diagnostics = await client.diagnostics(noteUri);
    const finding = diagnostics.find((diagnostic) => diagnostic.code === 'secondary-without-primary');
    assert.ok(finding, `expected secondary-without-primary among ${rulesOf(diagnostics).join(', ')}`);
    assert.equal(finding.severity, 2);
    assert.equal(finding.range.start.line, positionOf(secondaryOnlyNote, 'C78.01').line);
    // The rule link opens the page shipped with the extension, never a web address.
    const href = finding.codeDescription?.href ?? '';
    assert.match(href, /^file:\/\/.*\/docs\/rules\/secondary-without-primary\.md$/);
    assert.ok(existsSync(fileURLToPath(href)), `the linked rule page ${href} should exist`);
    assert.ok(client.configurationRequests > 0, 'the server should read the settings with workspace/configuration');
  });

  it('hovers a code with its official title and the code-set release', async function () {
    const text = hoverText(await client.hover(noteUri, positionOf(secondaryOnlyNote, 'C78.01', 2)));
    assert.match(text, /C78\.01/);
    assert.match(text, /Secondary malignant neoplasm of right lung/i);
    assert.match(text, /ICD-10-CM FY20\d\d/);
  });

  it('completes codes and resolves the chosen item', async function () {
    const uri = 'file:///synthetic/typing.note';
    const text = 'Dx: C78.0';
    await client.open(uri, 'clinical-note', text);
    const items = await client.completion(uri, { line: 0, character: text.length });
    const item = items.find((candidate: CompletionItem) => candidate.label.startsWith('C78.01'));
    assert.ok(item, `expected C78.01 among ${items.slice(0, 10).map((candidate) => candidate.label).join(', ')}`);
    const resolved = await client.resolveCompletion(item);
    const documentation = typeof resolved.documentation === 'string' ? resolved.documentation : resolved.documentation?.value ?? '';
    assert.match(`${resolved.detail ?? ''} ${documentation}`, /right lung/i);
    await client.close(uri);
  });

  it('offers quick fixes for a diagnostic', async function () {
    await client.open(headerUri, 'clinical-note', headerCodeNote);
    const diagnostics = await client.diagnostics(headerUri);
    const notBillable = diagnostics.find((diagnostic) => diagnostic.code === 'code-not-billable');
    assert.ok(notBillable, `expected code-not-billable among ${rulesOf(diagnostics).join(', ')}`);
    const actions = (await client.codeActions(headerUri, notBillable.range, [notBillable])) ?? [];
    assert.ok(actions.length > 0, 'expected at least one quick fix');
    const edits = actions[0]?.edit?.changes?.[headerUri] ?? [];
    assert.equal(actions[0]?.kind, 'quickfix');
    assert.ok(edits.length > 0, 'the quick fix should edit the document');
    assert.match(edits[0]?.newText ?? '', /^C50\.91\d$/);
  });

  it('checks an 837 claim and outlines its claims', async function () {
    await client.open(claimUri, 'x12-837', secondaryOnlyClaim);
    const diagnostics = await client.diagnostics(claimUri);
    assert.ok(rulesOf(diagnostics).includes('secondary-without-primary'), `got ${rulesOf(diagnostics).join(', ')}`);
    const symbols = flattenSymbols((await client.documentSymbols(claimUri)) ?? []);
    assert.ok(symbols.some((symbol) => symbol.name.includes('ACCT1001')), `symbols: ${symbols.map((symbol) => symbol.name).join(', ')}`);
    const hover = hoverText(await client.hover(claimUri, positionOf(secondaryOnlyClaim, 'C7801', 1)));
    assert.match(hover, /Secondary malignant neoplasm of right lung/i);
  });

  it('applies incremental edits before answering', async function () {
    const uri = 'file:///synthetic/edited.note';
    await client.open(uri, 'clinical-note', secondaryOnlyNote);
    assert.ok(rulesOf(await client.diagnostics(uri)).includes('secondary-without-primary'));
    // Add the primary site right after the secondary code: the rule must stop firing.
    const end = positionOf(secondaryOnlyNote, 'C78.01', 'C78.01'.length);
    await client.edit(uri, { start: end, end }, ', C34.91');
    const after = rulesOf(await client.diagnostics(uri));
    assert.ok(!after.includes('secondary-without-primary'), `still firing after the edit: ${after.join(', ')}`);
    await client.close(uri);
  });

  it('turns a rule off when the settings change, after asking the client to refresh', async function () {
    const since = client.events.length;
    await client.changeSettings({ rules: { 'secondary-without-primary': 'off' } });
    await client.waitForEvent('workspace/diagnostic/refresh', () => true, since);
    assert.ok(!rulesOf(await client.diagnostics(noteUri)).includes('secondary-without-primary'));
    await client.changeSettings({ rules: { 'secondary-without-primary': 'error' } });
    const raised = (await client.diagnostics(noteUri)).find((diagnostic) => diagnostic.code === 'secondary-without-primary');
    assert.equal(raised?.severity, 1);
  });

  it('survives malformed settings, logging each once without document text', async function () {
    const since = client.events.length;
    await client.changeSettings({ rules: { 'secondary-without-primary': 42 }, maxNumberOfProblems: 'many', codeSetPath: 7 });
    await client.waitForEvent('workspace/diagnostic/refresh', () => true, since);
    const diagnostics = await client.diagnostics(noteUri);
    assert.ok(rulesOf(diagnostics).includes('secondary-without-primary'), 'the rule falls back to its default level');
    const logged = client.events.slice(since).filter((event) => event.method === 'window/logMessage')
      .map((event) => (event.params as { message: string }).message);
    assert.ok(logged.some((line) => line.includes('icdClaimCoder.rules.secondary-without-primary')), logged.join('\n'));
    assert.ok(logged.some((line) => line.includes('maxNumberOfProblems')), logged.join('\n'));
    assert.ok(logged.every((line) => !line.includes('metastatic disease')), 'log lines must not quote documents');
  });

  it('reports an unusable codeSetPath and keeps serving the bundled code sets', async function () {
    const since = client.events.length;
    await client.changeSettings({ codeSetPath: '/nonexistent/icd10cm-2099' });
    // window.showErrorMessage arrives as window/showMessageRequest (it may carry actions).
    const shown = await client.waitForEvent('window/showMessageRequest', (params) =>
      (params as { message: string }).message.includes('/nonexistent/icd10cm-2099'), since);
    assert.equal((shown.params as { type: number }).type, 1);
    const info = await client.request<{ years: Array<{ label: string; source: string }> }>('icdClaimCoder/codeSetInfo', {});
    assert.ok(info.years.length > 0 && info.years.every((year) => year.source === 'bundled'), JSON.stringify(info));
    assert.match(hoverText(await client.hover(noteUri, positionOf(secondaryOnlyNote, 'C78.01', 2))), /right lung/i);
    await client.changeSettings({});
  });

  it('answers the codeSetInfo request with the loaded years', async function () {
    const info = await client.request<{ years: Array<{ year: number; label: string; billableCount: number; headerCount: number }> }>('icdClaimCoder/codeSetInfo', {});
    const newest = info.years[0];
    assert.ok(newest, 'at least one year is loaded');
    assert.equal(newest.label, `ICD-10-CM FY${newest.year}`);
    assert.ok(newest.billableCount > 70_000, `billable count ${newest.billableCount}`);
    assert.ok(newest.headerCount > 0);
  });

  it('forgets closed documents and shuts down cleanly', async function () {
    await client.close(noteUri);
    await client.close(claimUri);
    await client.close(headerUri);
    // A request for a closed document gets the neutral answer, not an error.
    assert.deepEqual(await client.diagnostics(noteUri), []);
    assert.equal(await client.stop(), 0);
  });
});
