import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { CodeActionKind, DiagnosticSeverity } from 'vscode-languageserver-types';
import { codeActions } from '../../../server/src/service/features/codeActions';
import { fixesFor } from '../../helpers/checkDiagnostics';
import { sourceOf } from '../../helpers/snapshot';

const document = TextDocument.create('file:///d.note', 'clinical-note', 1, 'Dx: C78.0\nmore text\n');

function diagnosticWith(data: unknown, source = 'icd-claim-coder'): Diagnostic {
  return {
    range: { start: { line: 0, character: 4 }, end: { line: 0, character: 9 } },
    severity: DiagnosticSeverity.Error,
    code: 'code-not-billable',
    source,
    message: 'test',
    data,
  };
}

describe('code actions', () => {
  it('turns each stored fix into a quickfix with a workspace edit on the document', () => {
    const { document: fixture, actions } = fixesFor('Dx: C34.90, C78.0', 'code-not-billable');
    assert.equal(actions.length, 3);
    const [first] = actions;
    assert.equal(first?.kind, CodeActionKind.QuickFix);
    assert.equal(first?.diagnostics?.[0]?.code, 'code-not-billable');
    assert.deepEqual(first?.edit?.changes?.[fixture.uri], [{
      range: { start: { line: 0, character: 12 }, end: { line: 0, character: 17 } },
      newText: 'C78.01',
    }]);
  });

  it('converts offsets on later lines through the document', () => {
    const data = { source: 'icd-claim-coder', fixes: [{ title: 'Edit line 2', edits: [{ offset: 10, length: 4, newText: 'MORE' }] }] };
    const [action] = codeActions(sourceOf(document), [diagnosticWith(data)]);
    assert.deepEqual(action?.edit?.changes?.[document.uri]?.[0]?.range, { start: { line: 1, character: 0 }, end: { line: 1, character: 4 } });
  });

  it('marks a preferred fix', () => {
    const data = { source: 'icd-claim-coder', fixes: [{ title: 'Only fix', isPreferred: true, edits: [{ offset: 4, length: 5, newText: 'C78.01' }] }] };
    assert.equal(codeActions(sourceOf(document), [diagnosticWith(data)])[0]?.isPreferred, true);
  });

  it('ignores diagnostics from other sources and foreign data', () => {
    const good = { source: 'icd-claim-coder', fixes: [{ title: 'x', edits: [{ offset: 4, length: 5, newText: 'C78.01' }] }] };
    assert.deepEqual(codeActions(sourceOf(document), [diagnosticWith(good, 'eslint')]), []);
    assert.deepEqual(codeActions(sourceOf(document), [diagnosticWith({ fixes: good.fixes })]), []);
    assert.deepEqual(codeActions(sourceOf(document), [diagnosticWith(undefined)]), []);
    assert.deepEqual(codeActions(sourceOf(document), [diagnosticWith('fixes')]), []);
    assert.deepEqual(codeActions(sourceOf(document), [diagnosticWith([good])]), []);
  });

  it('skips malformed fixes and keeps the good ones', () => {
    const data = {
      source: 'icd-claim-coder',
      fixes: [
        null,
        { title: 'no edits', edits: [] },
        { title: 7, edits: [{ offset: 4, length: 5, newText: 'A' }] },
        { title: 'negative', edits: [{ offset: -1, length: 5, newText: 'A' }] },
        { title: 'past the end', edits: [{ offset: 18, length: 50, newText: 'A' }] },
        { title: 'fractional', edits: [{ offset: 4.5, length: 1, newText: 'A' }] },
        { title: 'no text', edits: [{ offset: 4, length: 1 }] },
        { title: 'one bad edit of two', edits: [{ offset: 4, length: 1, newText: 'A' }, { offset: 'x', length: 1, newText: 'B' }] },
        { title: 'good', edits: [{ offset: 4, length: 5, newText: 'C78.01' }] },
      ],
    };
    assert.deepEqual(codeActions(sourceOf(document), [diagnosticWith(data)]).map((action) => action.title), ['good']);
  });
});
