import assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createLanguageService } from '../../../server/src/service';
import { formattedText } from '../../../server/src/service/features/formatting';
import type { X12Layout } from '../../../server/src/service/features/formatting';
import { parseDocument } from '../../../server/src/service/parse';
import type { X12Document } from '../../../server/src/service/x12/x12Model';
import { testCodeSets } from '../../helpers/codeSets';
import { realX12Files, realX12Text } from '../../helpers/realX12';
import { snapshotOf } from '../../helpers/snapshot';

/**
 * Layout commands on the real fixtures, byte for byte. The expected texts come from an oracle that
 * knows nothing of the parser: each file's segment terminator is the character after ISA16 (the
 * 106th character of a padded ISA, found here by counting sixteen element separators), and only
 * whitespace right after a terminator may change.
 */

const service = createLanguageService({ codeSets: testCodeSets() });

function layout(text: string, how: X12Layout): string {
  return formattedText(text, parseDocument(text, 'x12-837') as X12Document, how);
}

/** The terminator of the file's first ISA: the character after the sixteenth element separator's component separator. */
function terminatorOf(text: string): string {
  const isa = text.indexOf('ISA');
  const separator = text.charAt(isa + 3);
  let position = isa;
  for (let count = 0; count < 16; count++) position = text.indexOf(separator, position + 1);
  return text.charAt(position + 2);
}

function escapeRegExp(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Oracle: every run of whitespace after a terminator removed (minify) or made one line break (lines). */
function expected(text: string, how: X12Layout): string {
  const terminator = terminatorOf(text);
  const lineBreak = /\r\n/.test(text.slice(0, text.indexOf('\n') + 1)) ? '\r\n' : '\n';
  const breaks = terminator === '\n' || terminator === '\r';
  return text.replace(new RegExp(`${escapeRegExp(terminator)}[ \\t\\r\\n]*`, 'g'), (match) => {
    if (breaks) return match.charAt(0);
    return terminator + (how === 'single' ? '' : lineBreak);
  });
}

/** The segments' characters with every whitespace run after a terminator removed: what no layout may change. */
function content(text: string): string {
  return expected(text, 'single');
}

describe('formatting an 837', () => {
  for (const file of realX12Files()) {
    it(`${file}: one segment per line and one line, byte for byte`, () => {
      const text = realX12Text(file);
      const lines = layout(text, 'lines');
      const single = layout(text, 'single');
      assert.equal(lines, expected(text, 'lines'));
      assert.equal(single, expected(text, 'single'));
      // Composition: minify after formatting is minify; formatting after minify is formatting; both are idempotent.
      assert.equal(layout(lines, 'single'), single);
      // A minified file has no line break left to copy, so formatting it again writes LF.
      if (!lines.includes('\r\n')) assert.equal(layout(single, 'lines'), lines);
      assert.equal(layout(lines, 'lines'), lines);
      assert.equal(layout(single, 'single'), single);
      assert.equal(content(lines), content(text));
    });
  }

  it('leaves a file that already has the layout alone, and answers nothing for a note', () => {
    const text = realX12Text('UHIN_x12-parser-library__837.edi');
    const single = layout(text, 'single');
    const document = TextDocument.create('file:///single.837', 'x12-837', 1, single);
    assert.deepEqual(service.formatDocument(snapshotOf(service, document, 'x12-837'), 'single'), []);
    const note = TextDocument.create('file:///a.note', 'clinical-note', 1, 'Dx: C78.01\n\n\n');
    assert.deepEqual(service.formatDocument(snapshotOf(service, note, 'clinical-note'), 'lines'), []);
  });

  it('returns one edit per changed gap, which rebuilds the formatted text', () => {
    const text = realX12Text('LinuxForHealth_x12__demo.example7.837');
    const document = TextDocument.create('file:///example7.837', 'x12-837', 1, text);
    const edits = service.formatDocument(snapshotOf(service, document, 'x12-837'), 'single');
    assert.ok(edits.length > 1);
    assert.equal(TextDocument.applyEdits(document, edits), layout(text, 'single'));
  });

  it('keeps whitespace that is not between segments and text outside the interchange', () => {
    const text = 'junk before\n' + layout(realX12Text('UHIN_x12-parser-library__837.edi'), 'lines');
    assert.ok(layout(text, 'single').startsWith('junk before\n'));
  });
});
