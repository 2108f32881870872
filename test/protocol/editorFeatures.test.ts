import assert from 'node:assert/strict';
import type { CodeLens, FoldingRange, InlayHint, Location, SemanticTokens, TextEdit } from 'vscode-languageserver-protocol';
import type { ClaimViewModel } from '../../server/src/protocol';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { pointerClaim } from '../helpers/pointerClaim';
import { LspTestClient, positionOf } from './lspClient';

/**
 * The editor comforts over real JSON-RPC: folding, definition and references between SV107 pointers
 * and HI codes, and inlay hints with their setting. The logic is tested in the service; this checks
 * that each request reaches it and that the setting turns the hints off.
 */

const uri = 'file:///synthetic/pointers.837';
const claim = pointerClaim('2');

describe('editor features over stdio', function () {
  let client: LspTestClient;

  before(async function () {
    client = LspTestClient.start();
    const result = await client.initialize();
    assert.equal(result.capabilities.foldingRangeProvider, true);
    assert.equal(result.capabilities.definitionProvider, true);
    assert.equal(result.capabilities.referencesProvider, true);
    assert.equal(result.capabilities.inlayHintProvider, true);
    assert.equal(result.capabilities.documentFormattingProvider, true);
    assert.deepEqual(result.capabilities.codeLensProvider, { resolveProvider: false });
    assert.equal(result.capabilities.semanticTokensProvider?.range, true);
    await client.open(uri, 'x12-837', claim);
  });

  after(function () {
    client.kill();
  });

  it('folds the claim and its service lines', async function () {
    const ranges = await client.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } });
    assert.ok(ranges.some((range) => range.startLine === 10 && range.endLine === 15), JSON.stringify(ranges));
  });

  it('goes from a pointer to its HI code and back', async function () {
    const pointer = positionOf(claim, '1:2~', 2);
    const definition = await client.request<Location[]>('textDocument/definition', { textDocument: { uri }, position: pointer });
    assert.deepEqual(definition.map((location) => location.range.start), [positionOf(claim, 'C7801')]);
    const references = await client.request<Location[]>('textDocument/references', { textDocument: { uri }, position: positionOf(claim, 'C7801'), context: { includeDeclaration: false } });
    assert.equal(references.length, 2);
  });

  it('minifies with the layout request and formats back one segment per line', async function () {
    const minify = await client.request<TextEdit[]>('icdClaimCoder/layout', { textDocument: { uri }, layout: 'single' });
    const single = TextDocument.applyEdits(TextDocument.create(uri, 'x12-837', 1, claim), minify);
    assert.equal(single, claim.replace(/~\n/g, '~'));
    const formatted = await client.request<TextEdit[]>('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } });
    // The file lacks only the line break after IEA, its last segment.
    assert.deepEqual(formatted, [{ range: { start: { line: 18, character: 16 }, end: { line: 18, character: 16 } }, newText: '\n' }]);
  });

  it('puts a lens on the claim and answers the claim view, masked unless asked', async function () {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((lens) => [lens.command?.command, lens.command?.arguments]), [['icdClaimCoder.showClaim', [uri, 0]]]);
    const masked = await client.request<ClaimViewModel>('icdClaimCoder/claimView', { textDocument: { uri }, claimIndex: 0 });
    const shown = await client.request<ClaimViewModel>('icdClaimCoder/claimView', { textDocument: { uri }, position: positionOf(claim, 'C7801'), masked: false });
    assert.equal(shown.patient.name, 'TEST, PATIENT');
    assert.notEqual(masked.patient.name, shown.patient.name);
    assert.deepEqual(shown.diagnoses.map((diagnosis) => diagnosis.code), ['C34.90', 'C78.01']);
  });

  it('types the codes with semantic tokens for a range', async function () {
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/range', { textDocument: { uri }, range: { start: { line: 11, character: 0 }, end: { line: 12, character: 0 } } });
    assert.equal(tokens.data.length, 10);
  });

  it('shows inlay hints, and none once icdClaimCoder.inlayHints is false', async function () {
    const range = { start: { line: 0, character: 0 }, end: { line: 20, character: 0 } };
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range });
    assert.ok(hints.some((hint) => hint.label === '› C78.01'), JSON.stringify(hints.map((hint) => hint.label)));
    // The notification drops the cached settings before the next request is read, which pulls them again.
    await client.changeSettings({ inlayHints: false });
    assert.deepEqual(await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range }), []);
  });
});
