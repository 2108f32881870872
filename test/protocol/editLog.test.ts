import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ParsedDocumentCache } from '../../server/src/lsp/documentModels';
import { EditLog } from '../../server/src/lsp/editLog';
import type { OffsetEdit } from '../../server/src/service/languageService';
import type { ParsedDocument } from '../../server/src/service/model';

/**
 * The edit log and the parse cache's use of it: ranged changes become offset edits of the text before
 * them, edits chain across versions, anything else (several changes at once, a full replacement, a
 * gap) is unknown, and the cache updates an earlier parse only when the edits since are known.
 */

function update(log: EditLog, document: TextDocument, change: { range?: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string }[]): TextDocument {
  const version = document.version + 1;
  log.record(document, change as Parameters<EditLog['record']>[1], version);
  return TextDocument.update(document, change as Parameters<typeof TextDocument.update>[1], version);
}

describe('binding: edit log and incremental parse cache', () => {
  it('records ranged changes as offset edits and chains them across versions', () => {
    const log = new EditLog();
    let document = TextDocument.create('file:///a.837', 'x12-837', 1, 'HI*ABK:C787~\nHI*ABF:C509~\n');
    document = update(log, document, [{ range: { start: { line: 1, character: 7 }, end: { line: 1, character: 11 } }, text: 'Z853' }]);
    document = update(log, document, [{ range: { start: { line: 0, character: 11 }, end: { line: 0, character: 11 } }, text: '1' }]);
    assert.deepEqual(log.editsBetween('file:///a.837', 1, 3), [{ offset: 20, length: 4, text: 'Z853' }, { offset: 11, length: 0, text: '1' }]);
    assert.deepEqual(log.editsBetween('file:///a.837', 2, 3), [{ offset: 11, length: 0, text: '1' }]);
    assert.equal(log.editsBetween('file:///a.837', 0, 3), undefined, 'a version the log never saw');
    update(log, document, [{ text: 'replaced' }]);
    assert.equal(log.editsBetween('file:///a.837', 1, 4), undefined, 'a full replacement is not an offset edit');
    log.forget('file:///a.837');
    assert.equal(log.editsBetween('file:///a.837', 1, 2), undefined);
  });

  it('updates the cached parse of an earlier version with the edits since, and parses afresh otherwise', () => {
    const log = new EditLog();
    const cache = new ParsedDocumentCache(10, log);
    const calls: string[] = [];
    const parse = (): ParsedDocument => {
      calls.push('parse');
      return { languageId: 'x12-837', encounters: [], problems: [] };
    };
    const reparse = (_document: unknown, _languageId: unknown, _previous: ParsedDocument, edits: readonly OffsetEdit[]): ParsedDocument => {
      calls.push(`reparse ${edits.length}`);
      return { languageId: 'x12-837', encounters: [], problems: [] };
    };
    let document = TextDocument.create('file:///b.837', 'x12-837', 1, 'HI*ABK:C787~');
    cache.get(document, 'x12-837', parse, reparse);
    document = update(log, document, [{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 11 } }, text: 'C509' }]);
    cache.get(document, 'x12-837', parse, reparse);
    cache.get(document, 'x12-837', parse, reparse);
    document = update(log, document, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: 'H' }, { range: { start: { line: 0, character: 1 }, end: { line: 0, character: 2 } }, text: 'I' }]);
    cache.get(document, 'x12-837', parse, reparse);
    assert.deepEqual(calls, ['parse', 'reparse 1', 'parse']);
  });

  it('tells the parse of the cached version, and only that one, that its text settled', () => {
    const cache = new ParsedDocumentCache(10, new EditLog());
    const settled: ParsedDocument = { languageId: 'x12-837', encounters: [], problems: [] };
    const reparses: number[] = [];
    const reparse = (_document: unknown, _languageId: unknown, _previous: ParsedDocument, edits: readonly OffsetEdit[]): ParsedDocument => {
      reparses.push(edits.length);
      return settled;
    };
    const parse = (): ParsedDocument => ({ languageId: 'x12-837', encounters: [], problems: [] });
    const document = TextDocument.create('file:///c.837', 'x12-837', 1, 'HI*ABK:C787~');
    cache.settle(document, 'x12-837', reparse);
    assert.deepEqual(reparses, [], 'nothing cached yet');
    cache.get(document, 'x12-837', parse, reparse);
    cache.settle(TextDocument.create('file:///c.837', 'x12-837', 2, 'HI*ABK:C509~'), 'x12-837', reparse);
    assert.deepEqual(reparses, [], 'another version');
    cache.settle(document, 'x12-837', reparse);
    assert.deepEqual(reparses, [0]);
    assert.equal(cache.get(document, 'x12-837', parse, reparse), settled);
  });
});
