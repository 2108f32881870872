import type { StructuralProblem } from '../model';
import { spanOf } from '../spans';
import { isAlphanumeric, readIsaHeader } from './isaHeader';
import { readPackedId, SegmentId, SegmentTable } from './segmentTable';
import type { X12Delimiters } from './x12Model';

/**
 * The first pass over an 837: find each ISA, read its delimiters and record every segment's start,
 * end and id in a {@link SegmentTable}. It uses `indexOf` on the terminator and touches only the
 * first characters of each segment, so it runs close to raw string-search speed.
 */

/** One interchange as the scanner found it (segment indices into the table). */
export interface ScannedInterchange {
  readonly start: number;
  readonly end: number;
  readonly firstSegment: number;
  readonly lastSegment: number;
  readonly delimiters: X12Delimiters;
  readonly controlNumber: string;
  /** True when the ISA header could not be read and the delimiters are a best guess. */
  readonly guessed: boolean;
}

/** The scanner's output. */
export interface ScanResult {
  readonly table: SegmentTable;
  readonly interchanges: ScannedInterchange[];
}

const CR = 13;
const LF = 10;

/** Space, tab, CR, LF or a byte order mark: what may stand between segments. */
export function isWhitespace(code: number): boolean {
  return code === 32 || code === 9 || code === LF || code === CR || code === 0xfeff;
}

/** The first offset at or after `offset` that is not {@link isWhitespace}. */
export function skipWhitespace(text: string, offset: number): number {
  let position = offset;
  while (position < text.length && isWhitespace(text.charCodeAt(position))) position++;
  return position;
}

/**
 * Finds the next `ISA` that starts a segment: at the start of the text or after a non-alphanumeric
 * character, and followed by one. The command line's streaming cutter uses the same rule, so its
 * pieces start interchanges exactly where a whole-file parse does.
 */
export function findIsa(text: string, from: number): number {
  let position = text.indexOf('ISA', from);
  while (position !== -1) {
    const before = position === 0 ? 32 : text.charCodeAt(position - 1);
    const after = text.charCodeAt(position + 3);
    if (!isAlphanumeric(before) && !Number.isNaN(after) && !isAlphanumeric(after)) return position;
    position = text.indexOf('ISA', position + 3);
  }
  return -1;
}

/** Best-guess delimiters for text whose ISA header is missing or unreadable, so the rest stays useful. */
function guessDelimiters(text: string, from: number): X12Delimiters {
  let element = '*';
  for (let i = from; i < Math.min(text.length, from + 8); i++) {
    const code = text.charCodeAt(i);
    const isIdChar = (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
    if (!isIdChar) {
      if (!isWhitespace(code)) element = text.charAt(i);
      break;
    }
  }
  const segment = text.indexOf('~', from) !== -1 && element !== '~' ? '~' : '\n';
  const component = element === ':' ? '>' : ':';
  return { element, component, segment };
}

/** An interchange that an earlier piece of the file opened and the scanned text continues. */
export interface ContinuedInterchange {
  readonly delimiters: X12Delimiters;
  readonly controlNumber: string;
}

/**
 * Scans the whole document into segments, pushing envelope-level problems. With `continued`, the text
 * is a later piece of a file that starts inside that interchange, in front of one of its segments.
 */
export function scanX12(text: string, problems: StructuralProblem[], continued?: ContinuedInterchange): ScanResult {
  // Real 837 segments average 25 to 40 characters; one slot per 24 characters rarely needs to grow.
  const table = new SegmentTable(Math.ceil(text.length / 24));
  const interchanges: ScannedInterchange[] = [];
  let position = skipWhitespace(text, 0);
  if (position >= text.length) return { table, interchanges };

  if (continued !== undefined) {
    const firstSegment = table.count;
    const end = scanSegments(text, position, continued.delimiters, table, problems, false);
    interchanges.push({
      start: position, end: end.offset, firstSegment, lastSegment: table.count - 1, ...continued, guessed: false,
    });
    position = nextInterchange(text, end, problems);
  } else if (!text.startsWith('ISA', position)) {
    const isaOffset = findIsa(text, position);
    if (isaOffset === -1) {
      problems.push({
        id: 'x12-missing-isa',
        span: spanOf(position, lineEnd(text, position)),
        severity: 'error',
        message: 'The file has no ISA interchange header, so its delimiters are guessed and its envelope cannot be checked.',
      });
      const delimiters = guessDelimiters(text, position);
      const firstSegment = table.count;
      const end = scanSegments(text, position, delimiters, table, problems, false);
      interchanges.push({
        start: position, end: end.offset, firstSegment, lastSegment: table.count - 1, delimiters, controlNumber: '', guessed: true,
      });
      return { table, interchanges };
    }
    problems.push(outsideInterchange(text, position, isaOffset));
    position = isaOffset;
  }

  while (position < text.length) {
    const header = readIsaHeader(text, position, problems);
    const delimiters = header?.delimiters ?? guessDelimiters(text, position);
    const firstSegment = table.count;
    const end = scanSegments(text, position, delimiters, table, problems, true);
    interchanges.push({
      start: position,
      end: end.offset,
      firstSegment,
      lastSegment: table.count - 1,
      delimiters,
      controlNumber: header?.controlNumber ?? '',
      guessed: header === undefined,
    });
    position = nextInterchange(text, end, problems);
  }
  return { table, interchanges };
}

/**
 * Where the next interchange starts after one that ended at `end` (the text's length when none does);
 * text in between is reported as lying outside any interchange.
 */
function nextInterchange(text: string, end: SegmentScanEnd, problems: StructuralProblem[]): number {
  const position = skipWhitespace(text, end.resumeAt);
  if (position >= text.length || end.stoppedAtIsa || text.startsWith('ISA', position)) return position;
  const nextIsa = findIsa(text, position);
  problems.push(outsideInterchange(text, position, nextIsa === -1 ? text.length : nextIsa));
  return nextIsa === -1 ? text.length : nextIsa;
}

interface SegmentScanEnd {
  /** End offset of the interchange's last segment (exclusive, terminator included). */
  readonly offset: number;
  /** Where scanning should resume. */
  readonly resumeAt: number;
  readonly stoppedAtIsa: boolean;
}

/**
 * Records segments from `start` until an IEA, a new ISA or the end of the text. Segment content ends
 * at the terminator; a CR left before a newline terminator is not part of the content.
 */
function scanSegments(
  text: string, start: number, delimiters: X12Delimiters, table: SegmentTable, problems: StructuralProblem[], startsWithIsa: boolean,
): SegmentScanEnd {
  const terminator = delimiters.segment;
  const elementCode = delimiters.element.charCodeAt(0);
  const length = text.length;
  let position = start;
  let lastEnd = start;
  let first = true;
  while (position < length) {
    let end = text.indexOf(terminator, position);
    let terminated = true;
    if (end === -1) {
      end = length;
      while (end > position && isWhitespace(text.charCodeAt(end - 1))) end--;
      if (end === position) break;
      terminated = false;
    }
    let contentEnd = end;
    if (contentEnd > position && text.charCodeAt(contentEnd - 1) === CR) contentEnd--;
    const id = readPackedId(text, position, contentEnd, elementCode);
    if (id === SegmentId.ISA && !(first && startsWithIsa)) {
      return { offset: lastEnd, resumeAt: position, stoppedAtIsa: true };
    }
    first = false;
    table.push(position, contentEnd, id);
    if (!terminated) {
      problems.push({
        id: 'x12-unterminated-segment',
        span: spanOf(position, end),
        severity: 'error',
        message: `The last segment is not closed by the segment terminator '${terminator === '\n' ? '\\n' : terminator}', so it may be cut off.`,
      });
      return { offset: end, resumeAt: length, stoppedAtIsa: false };
    }
    lastEnd = end + 1;
    position = end + 1;
    // Most files have no whitespace between segments or one line break: test before calling.
    if (position < length && isWhitespace(text.charCodeAt(position))) position = skipWhitespace(text, position);
    if (id === SegmentId.IEA) return { offset: lastEnd, resumeAt: position, stoppedAtIsa: false };
  }
  return { offset: lastEnd, resumeAt: length, stoppedAtIsa: false };
}

function lineEnd(text: string, from: number): number {
  let position = from;
  while (position < text.length && text.charCodeAt(position) !== LF && text.charCodeAt(position) !== CR) position++;
  return Math.max(position, Math.min(text.length, from + 1));
}

function outsideInterchange(text: string, start: number, end: number): StructuralProblem {
  let trimmedEnd = end;
  while (trimmedEnd > start && isWhitespace(text.charCodeAt(trimmedEnd - 1))) trimmedEnd--;
  return {
    id: 'x12-text-outside-interchange',
    span: spanOf(start, trimmedEnd),
    severity: 'error',
    message: 'This text lies outside any ISA…IEA interchange and is ignored.',
  };
}
