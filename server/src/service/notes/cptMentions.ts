import type { ProcedureMention } from '../model';
import { spanOf } from '../spans';

/**
 * Finding CPT/HCPCS codes in free text, only in context: after the word "CPT" (or "HCPCS"), or in the
 * CPT column of a table. A bare five-digit number is never a CPT code; it may be a dose or an account.
 */

/** The keyword and whatever punctuation introduces the list. */
const KEYWORD = /\b(CPT|HCPCS)(?:®)?(?:\s+codes?)?\s*(?:[:#]\s*)?/gi;
/** CPT Category I (`71260`), Category II/III (`3074F`, `0042T`) and, after "HCPCS", Level II (`J9267`). */
const CPT_CODE = /^(\d{4}[0-9FT]|[A-V]\d{4})(?![A-Za-z0-9])/;
const LIST_SEPARATOR = /^\s*(?:,|;|\/|&|\band\b|\bor\b)\s*/i;

/** Finds procedure codes in context, in order of appearance. */
export function findProcedureMentions(text: string): ProcedureMention[] {
  const mentions = [...findAfterKeyword(text), ...findInTables(text)];
  mentions.sort((a, b) => a.span.offset - b.span.offset);
  return mentions;
}

function findAfterKeyword(text: string): ProcedureMention[] {
  const mentions: ProcedureMention[] = [];
  KEYWORD.lastIndex = 0;
  for (let match = KEYWORD.exec(text); match !== null; match = KEYWORD.exec(text)) {
    const allowLevelTwo = (match[1] ?? '').toUpperCase() === 'HCPCS';
    let position = match.index + match[0].length;
    for (;;) {
      const code = CPT_CODE.exec(text.slice(position, position + 6));
      if (code === null || (!allowLevelTwo && /^[A-Z]/i.test(code[1] ?? ''))) break;
      const value = code[1] ?? '';
      mentions.push({ code: value.toUpperCase(), span: spanOf(position, position + value.length), system: 'cpt-hcpcs' });
      position += value.length;
      const separator = LIST_SEPARATOR.exec(text.slice(position, position + 8));
      if (separator === null || separator[0] === '') break;
      position += separator[0].length;
    }
    KEYWORD.lastIndex = Math.max(KEYWORD.lastIndex, position);
  }
  return mentions;
}

/** Cells of a `|`- or tab-separated line with their start offsets. */
function cellsOf(text: string, lineStart: number, lineEnd: number, separator: string): { start: number; end: number }[] {
  const cells: { start: number; end: number }[] = [];
  let cellStart = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i === lineEnd || text.charAt(i) === separator) {
      let start = cellStart;
      let end = i;
      while (start < end && /\s/.test(text.charAt(start))) start++;
      while (end > start && /\s/.test(text.charAt(end - 1))) end--;
      cells.push({ start, end });
      cellStart = i + 1;
    }
  }
  return cells;
}

/** A `CPT` word, the only way a line can be the header of a CPT column. */
const CPT_WORD = /\bCPT\b/gi;

/** The end of the line that starts at `start` (before any CR). */
function lineEndAt(text: string, start: number): number {
  let end = text.indexOf('\n', start);
  if (end === -1) end = text.length;
  return end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
}

/** Reads the cells under a `CPT` header in pipe or tab tables; only lines that say "CPT" are considered as headers. */
function findInTables(text: string): ProcedureMention[] {
  const mentions: ProcedureMention[] = [];
  CPT_WORD.lastIndex = 0;
  for (let match = CPT_WORD.exec(text); match !== null; match = CPT_WORD.exec(text)) {
    const headerStart = text.lastIndexOf('\n', match.index - 1) + 1;
    const headerEnd = lineEndAt(text, headerStart);
    // Later "CPT" words on the same line belong to the same header.
    CPT_WORD.lastIndex = Math.max(CPT_WORD.lastIndex, headerEnd);
    const headerText = text.slice(headerStart, headerEnd);
    const separator = headerText.includes('|') ? '|' : headerText.includes('\t') ? '\t' : undefined;
    if (separator === undefined) continue;
    const column = cellsOf(text, headerStart, headerEnd, separator)
      .findIndex((cell) => /^CPT(?:\s+codes?)?$/i.test(text.slice(cell.start, cell.end)));
    if (column === -1) continue;
    let rowStart = text.indexOf('\n', headerEnd);
    while (rowStart !== -1 && rowStart + 1 <= text.length) {
      rowStart++;
      const rowEnd = lineEndAt(text, rowStart);
      const rowText = text.slice(rowStart, rowEnd);
      if (!rowText.includes(separator) || rowText.trim() === '') break;
      if (!/^[\s|:+-]+$/.test(rowText)) {
        const cell = cellsOf(text, rowStart, rowEnd, separator)[column];
        const value = cell === undefined ? '' : text.slice(cell.start, cell.end);
        if (cell !== undefined && /^\d{4}[0-9FT]$/.test(value)) mentions.push({ code: value, span: spanOf(cell.start, cell.end), system: 'cpt-hcpcs' });
      }
      rowStart = text.indexOf('\n', rowEnd);
    }
  }
  return mentions;
}
