import * as assert from 'node:assert/strict';
import { opensListItem } from '../../../server/src/service/narrative/listItemLines';
import { startsRowLine } from '../../../server/src/service/narrative/tableRowLines';

/**
 * Speed round 18b replaced a slice and an expression per line (`opensListItem`) and two scans per line break (the pipe row
 * and the aligned row) with character-code readers. These tests hold each reader to the definition it replaced, on lines
 * that sit at every edge of it: the eight-character window of a list mark, a two-digit number, the 40-character reach of a
 * cell separator and the 80-character reach of a column gap.
 */

/** The list-mark test as sections.ts wrote it before: an expression over the line's first eight characters. */
function listItemByExpression(text: string, start: number, end: number): boolean {
  return /^[ \t]*(?:[#*•-]|\d{1,2}[.)])/.test(text.slice(start, Math.min(end, start + 8)));
}

/** The pipe-row scan as tableRowLines.ts wrote it before. */
function pipeRowByScan(text: string, lineStart: number): boolean {
  const end = Math.min(text.length, lineStart + 40);
  const blank = (code: number): boolean => code === 0x20 || code === 0x09;
  for (let at = lineStart; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return false;
    if (code === 0x7c && (at === lineStart || blank(text.charCodeAt(at - 1)) || blank(text.charCodeAt(at + 1)))) return true;
  }
  return false;
}

/** The aligned-row scan as tableRowLines.ts wrote it before: blanks skipped, then text, a gap of four or a tab, and text. */
function alignedRowByScan(text: string, lineStart: number): boolean {
  const end = Math.min(text.length, lineStart + 80);
  let at = lineStart;
  while (at < end && (text.charCodeAt(at) === 0x20 || text.charCodeAt(at) === 0x09)) at++;
  let run = 0;
  for (let textSeen = false; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return false;
    if (code === 0x20 || code === 0x09) {
      run += code === 0x09 ? 4 : 1;
      continue;
    }
    if (textSeen && run >= 4) return true;
    textSeen = true;
    run = 0;
  }
  return false;
}

const LIST_LINES = [
  '- breast cancer', '# CAP, RLL', '* item', '• bullet', '1. Lung cancer', '12) Colon', '123. not an item', '1 . spaced',
  '      1. deep', '       - seven blanks then a dash', '        - eight blanks', '   12.', '      12.', '       9)', 'a. lettered',
  'Plan:', '', '  ', '\t-\ttabbed', '1', '12', '9x', '#', ' •', '->', '=> arrow',
];

const ROW_LINES = [
  'SDX7 | Z85.46 | exempt | Personal history', '| Breast ca | 2015 | Resolved |', 'a|b no blanks', 'x'.repeat(38) + ' |',
  'x'.repeat(39) + ' |', 'x'.repeat(40) + ' | late', 'Lipoma L shoulder          Resolved    2018', 'HFpEF\tActive', '    indented text only',
  '     wrapped cell continues here', 'two  spaces  only', 'x'.repeat(75) + '    y', 'x'.repeat(76) + '    y', 'x'.repeat(77) + '    y',
  'short\nnext line    far', 'pipe after break\n| x', 'ends with gap    ', '\t\tlead tabs then text', 'text\tthen tab', '|', '', 'a ||b',
];

describe('line scans of speed round 18b', () => {
  it('reads a list mark as the expression over the first eight characters did', () => {
    for (const line of LIST_LINES) {
      const text = `Intro line\n${line}\nafter`;
      const start = 'Intro line\n'.length;
      const end = start + line.length;
      assert.equal(opensListItem(text, start, end), listItemByExpression(text, start, end), JSON.stringify(line));
    }
  });

  it('marks the list lines it should and no others', () => {
    assert.deepEqual(['- a', '12) b', '      1. c', '        - d', '123. e', 'a. f'].map((line) => opensListItem(line, 0, line.length)),
      [true, true, true, false, false, false]);
  });

  it('reads a table row as the pipe-row scan or the aligned-row scan did', () => {
    for (const line of ROW_LINES) {
      const text = `Intro line\n${line}\nafter    gap`;
      const start = 'Intro line\n'.length;
      assert.equal(startsRowLine(text, start), pipeRowByScan(text, start) || alignedRowByScan(text, start), JSON.stringify(line));
    }
  });

  it('finds a separator only within the first cells and a gap only within its reach', () => {
    const row = (line: string): boolean => startsRowLine(line, 0);
    assert.deepEqual([row('x'.repeat(38) + ' |'), row('x'.repeat(39) + ' |'), row('x'.repeat(75) + '    y'), row('x'.repeat(76) + '    y')],
      [true, false, true, false]);
  });
});
