import type { TextEdit } from 'vscode-languageserver-types';
import type { ParsedDocument } from '../model';
import { wholeText } from '../document/textReader';
import type { TextSource } from '../spans';
import { spanOf, toRange } from '../spans';
import { SegmentReader } from '../x12/loopWalk';
import { interchangeOf } from '../x12/parseX12';
import type { X12Document } from '../x12/x12Model';

/**
 * Layout of an 837: one segment per line, or the whole file on one line (minified). Only the
 * whitespace between a segment's terminator and the next segment changes; segments, their elements,
 * the delimiters and anything between segments that is not whitespace stay byte for byte. A terminator
 * that is itself a line break stays one.
 */

/** `lines`: one segment per line; `single`: no line breaks between segments. */
export type X12Layout = 'lines' | 'single';

/** Past this many changed gaps one edit replaces the whole text: a client applies one edit faster than a million. */
const MAX_SEPARATE_EDITS = 5000;

const WHITESPACE = /^[ \t\r\n]*$/;

/** The edits that give the 837 the layout, or none when it has it already (or is not an 837). */
export function formatX12(document: TextSource, parsed: ParsedDocument, layout: X12Layout): TextEdit[] {
  if (parsed.languageId !== 'x12-837') return [];
  // Laying the whole file out reads the whole text: the one feature besides masking that does.
  const text = wholeText(document.text);
  const x12 = parsed;
  const changes = layoutChanges(text, x12, layout);
  if (changes.length === 0) return [];
  if (changes.length <= MAX_SEPARATE_EDITS) {
    return changes.map((change) => ({ range: toRange(document, spanOf(change.start, change.end)), newText: change.text }));
  }
  return [{ range: toRange(document, spanOf(0, text.length)), newText: applyChanges(text, changes) }];
}

/** The text with the layout applied (the command line and the tests use it directly). */
export function formattedText(text: string, parsed: X12Document, layout: X12Layout): string {
  return applyChanges(text, layoutChanges(text, parsed, layout));
}

interface Change {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function applyChanges(text: string, changes: readonly Change[]): string {
  const parts: string[] = [];
  let position = 0;
  for (const change of changes) {
    parts.push(text.slice(position, change.start), change.text);
    position = change.end;
  }
  parts.push(text.slice(position));
  return parts.join('');
}

/** The file's own line break: CRLF when its first line break is one, else LF. */
function lineBreakOf(text: string): string {
  const newline = text.indexOf('\n');
  return newline > 0 && text.charCodeAt(newline - 1) === 13 ? '\r\n' : '\n';
}

/** Each gap between a terminator and the next segment (or the end of the file) that must change. */
function layoutChanges(text: string, x12: X12Document, layout: X12Layout): Change[] {
  if (x12.interchanges.length === 0) return [];
  const reader = new SegmentReader(x12, text);
  const lineBreak = lineBreakOf(text);
  const changes: Change[] = [];
  for (let index = 0; index < reader.count; index++) {
    const terminator = interchangeOf(x12.interchanges, index).delimiters.segment;
    const gapStart = afterTerminator(text, reader.boundsOf(index).end, terminator);
    if (gapStart < 0) continue;
    const gapEnd = index + 1 < reader.count ? reader.boundsOf(index + 1).start : text.length;
    if (gapEnd < gapStart) continue;
    const gap = text.slice(gapStart, gapEnd);
    if (!WHITESPACE.test(gap)) continue;
    const breaksLine = terminator === '\n' || terminator === '\r';
    const wanted = layout === 'single' || breaksLine ? '' : lineBreak;
    if (gap !== wanted) changes.push({ start: gapStart, end: gapEnd, text: wanted });
  }
  return changes;
}

/**
 * The offset just after the terminator of a segment whose content ends at `end`, or -1 when the segment
 * has no terminator. A CR before a line-break terminator belongs to the terminator.
 */
function afterTerminator(text: string, end: number, terminator: string): number {
  if (text.startsWith(terminator, end)) return end + terminator.length;
  if (text.charCodeAt(end) === 13 && text.startsWith(terminator, end + 1)) return end + 1 + terminator.length;
  return -1;
}
