import assert from 'node:assert/strict';
import type { DocumentSymbol, Range } from 'vscode-languageserver-types';
import { SymbolKind } from 'vscode-languageserver-types';
import { createLanguageService } from '../../../server/src/service';
import type { LanguageId } from '../../../server/src/service';
import { testCodeSets } from '../../helpers/codeSets';
import { documentOf } from '../../helpers/cursor';
import { x12Envelope } from '../../helpers/fixture';
import { officialTitle } from '../../helpers/officialCodes';
import { snapshotOf } from '../../helpers/snapshot';

function symbolsOf(text: string, languageId: LanguageId): DocumentSymbol[] {
  const service = createLanguageService({ codeSets: testCodeSets() });
  const document = documentOf(text, languageId);
  return service.findDocumentSymbols(snapshotOf(service, document, languageId));
}

/** The claim symbols of an 837 outline, wherever the loops nest them. */
function claimSymbols(symbols: readonly DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => symbol.name.startsWith('Claim ') ? [symbol] : claimSymbols(symbol.children ?? []));
}

function inside(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

describe('document symbols', () => {
  it('lists each claim with its diagnoses (principal marked) and service lines', () => {
    const text = x12Envelope(`
      CLM*ACCT1*1450***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490*ABF:C7801~
      LX*1~
      SV1*HC:71260*900*UN*1***1:2~
      DTP*472*D8*20261115~
      CLM*ACCT2*200***11:B:1*Y*A*Y*Y~
      HI*ABK:Z853~
      LX*1~
      SV1*HC:96413*200*UN*1***1~
      DTP*472*D8*20261116~
    `);
    const symbols = claimSymbols(symbolsOf(text, 'x12-837'));
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Claim ACCT1', 'Claim ACCT2']);
    const [first, second] = symbols as [DocumentSymbol, DocumentSymbol];
    assert.equal(first.kind, SymbolKind.Object);
    assert.ok(first.detail?.includes('2026-11-15'));
    const children = first.children ?? [];
    assert.deepEqual(children.map((child) => child.name), [
      `C34.90 ${officialTitle('C3490')}`,
      `C78.01 ${officialTitle('C7801')}`,
      'SV1 CPT 71260',
    ]);
    assert.ok(children[0]?.detail?.includes('principal'));
    assert.ok(!children[1]?.detail?.includes('principal'));
    assert.ok(children[2]?.detail?.includes('Chest CT'));
    for (const child of children) assert.ok(inside(child.range, first.range) && inside(child.selectionRange, child.range));
    assert.deepEqual((second.children ?? []).map((child) => child.name), [`Z85.3 ${officialTitle('Z853')}`, 'SV1 CPT 96413']);
    assert.ok(!inside(second.range, first.range));
  });

  it('lists at most the first 1000 claims of a large batch and says how many it left out', () => {
    const claims = Array.from({ length: 1003 }, (_, index) => `
      CLM*B${index}*100***11:B:1*Y*A*Y*Y~
      HI*ABK:C3490~`).join('');
    const symbols = symbolsOf(x12Envelope(claims), 'x12-837');
    const listed = claimSymbols(symbols);
    assert.equal(listed.length, 1000);
    assert.equal(listed[999]?.name, 'Claim B999');
    assert.equal(symbols[symbols.length - 1]?.name, '… 3 more claims');
  });

  it('lists note encounters split by dashes, with the first-listed code marked', () => {
    const symbols = symbolsOf('Dx: C78.01, C34.90\nCPT 71260\n---\nDx: Z85.3\n', 'clinical-note');
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Encounter 1', 'Encounter 2']);
    const children = symbols[0]?.children ?? [];
    assert.deepEqual(children.map((child) => child.name), [`C78.01 ${officialTitle('C7801')}`, `C34.90 ${officialTitle('C3490')}`, 'CPT 71260']);
    assert.equal(children[0]?.detail, 'first-listed');
    assert.equal(children[1]?.detail, '');
  });

  it('returns no symbols for an empty note', () => {
    const symbols = symbolsOf('', 'clinical-note');
    assert.ok(symbols.every((symbol) => (symbol.children ?? []).length === 0));
  });
});
