import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position, TextDocumentContentChangeEvent } from 'vscode-languageserver-textdocument';
import { DocumentText } from '../../../server/src/service/document/documentText';
import { wholeText } from '../../../server/src/service/document/textReader';
import type { TextView } from '../../../server/src/service/document/textView';
import { seededRandom as random } from '../../helpers/random';

/**
 * A host's document text against the reference implementation (vscode-languageserver-textdocument):
 * after each of many random incremental changes (line breaks of every kind, edits that join or split
 * `\r` and `\n`, positions past the end of a line or of the text), both agree on the text, the line
 * count and every position and offset, whether the text is still in pieces or was made flat; and a
 * view taken earlier still reads its own version after later edits.
 */

const pieces = ['HI*ABK:C787~', '\n', '\r\n', '\r', 'x', '', 'CLM*1*10~\n', '\n\n', '\r\r\n'];

function randomText(next: () => number, length: number): string {
  let text = '';
  while (text.length < length) text += pieces[Math.floor(next() * pieces.length)];
  return text;
}

function randomPosition(next: () => number, lineCount: number): Position {
  return { line: Math.floor(next() * (lineCount + 2)) - 1, character: Math.floor(next() * 16) - 1 };
}

function assertSame(text: DocumentText | TextView, reference: TextDocument, next: () => number, label: string): void {
  const ours = text instanceof DocumentText ? text.view() : text;
  assert.equal(wholeText(ours), reference.getText(), `${label}: text`);
  assert.equal(ours.lineCount, reference.lineCount, `${label}: line count`);
  for (let i = 0; i < 20; i++) {
    const offset = Math.floor(next() * (reference.getText().length + 4)) - 2;
    assert.deepEqual(ours.positionAt(offset), reference.positionAt(offset), `${label}: positionAt(${offset})`);
    const position = randomPosition(next, reference.lineCount);
    assert.equal(ours.offsetAt(position), reference.offsetAt(position), `${label}: offsetAt(${JSON.stringify(position)})`);
  }
  const start = randomPosition(next, reference.lineCount);
  const end = randomPosition(next, reference.lineCount);
  const [from, to] = [ours.offsetAt(start), ours.offsetAt(end)].sort((a, b) => a - b);
  assert.equal(ours.slice(from ?? 0, to ?? 0), reference.getText({ start, end }), `${label}: slice of a range`);
}

describe('document text: pieces and line starts', () => {
  it('agree with the reference implementation after many random incremental changes', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const next = random(seed);
      const text = randomText(next, 20 + Math.floor(next() * 200));
      const ours = new DocumentText(text);
      const reference = TextDocument.create('file:///a.837', 'x12-837', 1, text);
      // Some documents are first asked for positions only after a few changes (the index is built lazily).
      if (seed % 2 === 0) assertSame(ours, reference, next, `seed ${seed} opened`);
      for (let step = 0; step < 150; step++) {
        const range = { start: randomPosition(next, reference.lineCount), end: randomPosition(next, reference.lineCount) };
        const changes: TextDocumentContentChangeEvent[] = next() < 0.03
          ? [{ text: randomText(next, 30) }]
          : [{ range, text: next() < 0.3 ? '' : randomText(next, Math.floor(next() * 12)) }];
        ours.apply(changes);
        TextDocument.update(reference, changes, step + 2);
        // Sometimes the editing pauses and the pieces are joined; otherwise they pile up past their limit.
        if (seed % 4 === 1 && next() < 0.1) assert.equal(ours.flatten(), reference.getText(), `seed ${seed} step ${step}: flattened`);
        // The reference implementation splits and joins `\r\n` pairs in its line starts without noticing;
        // compare only where its own full recount agrees with it.
        const recounted = TextDocument.create('file:///b.837', 'x12-837', step + 2, reference.getText());
        if (recounted.lineCount !== reference.lineCount) {
          assertSame(ours, recounted, next, `seed ${seed} step ${step} (recounted)`);
          TextDocument.update(reference, [{ text: reference.getText() }], step + 2);
          continue;
        }
        if (step % 3 === 0 || seed % 3 === 0) assertSame(ours, reference, next, `seed ${seed} step ${step}`);
      }
      assertSame(ours, reference, next, `seed ${seed} at the end`);
    }
  });

  it('keeps the line starts of a long document of one segment per line through edits that add and remove lines', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => `HI*ABK:C${String(i).padStart(4, '0')}~`);
    const ours = new DocumentText(`${lines.join('\n')}\n`);
    const reference = TextDocument.create('file:///big.837', 'x12-837', 1, wholeText(ours.view()));
    const next = random(99);
    assertSame(ours, reference, next, 'opened');
    for (let step = 0; step < 200; step++) {
      const line = Math.floor(next() * reference.lineCount);
      const change = { range: { start: { line, character: 7 }, end: { line: line + Math.floor(next() * 3), character: 8 } }, text: ['C509', 'Z853\nHI*ABF:C787~\n', '', '\n\n\n\n\n'][step % 4] as string };
      ours.apply([change]);
      TextDocument.update(reference, [change], step + 2);
      assertSame(ours, reference, next, `step ${step}`);
    }
  });

  it('keeps the line starts of lines long enough that 64 of them span more than 65,535 characters, through edits', () => {
    // Short lines first, so the table is packed until the long lines make it switch to 32-bit starts.
    const long = 'NTE*ADD*'.padEnd(3000, 'X');
    const lines = Array.from({ length: 300 }, (_, i) => (i < 100 || i % 7 === 0 ? `HI*ABK:C${String(i).padStart(4, '0')}~` : long));
    const ours = new DocumentText(lines.join('\r\n'));
    const reference = TextDocument.create('file:///long.837', 'x12-837', 1, wholeText(ours.view()));
    const next = random(7);
    assertSame(ours, reference, next, 'opened');
    for (let step = 0; step < 120; step++) {
      const line = Math.floor(next() * reference.lineCount);
      const change = { range: { start: { line, character: 5 }, end: { line: line + Math.floor(next() * 3), character: 9 } }, text: ['C509', `Z853\r\n${long}\r\n`, '', '\n\n'][step % 4] as string };
      ours.apply([change]);
      TextDocument.update(reference, [change], step + 2);
      assertSame(ours, reference, next, `step ${step}`);
    }
  });

  it('leaves every view as it was made while later edits change the text and its line starts', () => {
    const next = random(7);
    const ours = new DocumentText(randomText(next, 300));
    const views: Array<{ view: TextView; reference: TextDocument }> = [];
    let reference = TextDocument.create('file:///c.837', 'x12-837', 1, wholeText(ours.view()));
    for (let step = 0; step < 120; step++) {
      if (step % 5 === 0) views.push({ view: ours.view(), reference: TextDocument.create('file:///c.837', 'x12-837', 1, reference.getText()) });
      const range = { start: randomPosition(next, reference.lineCount), end: randomPosition(next, reference.lineCount) };
      const changes: TextDocumentContentChangeEvent[] = [{ range, text: next() < 0.3 ? '' : randomText(next, Math.floor(next() * 12)) }];
      ours.apply(changes);
      // Recounted each time: the reference splits and joins `\r\n` pairs in its line starts without noticing.
      reference = TextDocument.create('file:///c.837', 'x12-837', 1, TextDocument.update(reference, changes, step + 2).getText());
      if (step % 17 === 0) ours.flatten();
    }
    for (const [index, { view, reference: then }] of views.entries()) {
      const recounted = TextDocument.create('file:///d.837', 'x12-837', 1, then.getText());
      assertSame(view, recounted, next, `view ${index}`);
    }
  });

  it('makes a text cut down to one piece of a longer string flat to its own content', () => {
    const ours = new DocumentText('ISA*00*          *00*rest');
    ours.apply([{ range: { start: { line: 0, character: 8 }, end: { line: 0, character: 0 } }, text: '' }]);
    assert.equal(ours.isFlat, false);
    assert.equal(ours.flatten(), '         *00*rest');
    assert.equal(ours.isFlat, true);
  });

  it('keeps a code typed keystroke by keystroke in one growing piece, so a long typing session never copies the whole text', () => {
    const line = 'HI*ABK:C787*ABF:Z853~\n';
    const original = line.repeat(50);
    const ours = new DocumentText(original);
    let reference = original;
    // Four codes, each retyped 40 times at its own line: far more keystrokes than the piece limit.
    for (let round = 0; round < 40; round++) {
      for (const lineNumber of [3, 17, 30, 44]) {
        const at = reference.split('\n').slice(0, lineNumber).join('\n').length + 1 + 7 + round;
        ours.apply([{ range: { start: { line: lineNumber, character: 7 + round }, end: { line: lineNumber, character: 7 + round } }, text: 'X' }]);
        reference = reference.slice(0, at) + 'X' + reference.slice(at);
      }
    }
    // Each place typed at cuts the original once: the pieces around four places, however many keystrokes.
    assert.ok(ours.pieceCount <= 9, `${ours.pieceCount} pieces`);
    assert.equal(ours.view().slice(0, ours.length), reference);
  });
});
