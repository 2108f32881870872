/**
 * A line of a pipe table ("SDX7 | Z85.46 | exempt | Personal history of malignant neoplasm of prostate", "| Breast ca | 2015 |
 * Resolved |"): a coding abstract's diagnosis rows, an EHR's pasted problem or results table. Each row is a record of its own,
 * so a cue of the row above ("SDX6 | Z90.5 | Acquired absence of kidney") must not reach into it: the tokenizer ends the
 * sentence before a row.
 */

/** How far into a line its first cell separator is looked for: a row's first cells (a sequence label, a code) are short. */
const FIRST_CELL_REACH = 40;

/** Whether the line starting at `lineStart` holds a cell separator (`|` between spaces, or opening the line) near its start. */
export function startsTableRow(text: string, lineStart: number): boolean {
  const end = Math.min(text.length, lineStart + FIRST_CELL_REACH);
  for (let at = lineStart; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return false;
    if (code === 0x7c /* | */ && (at === lineStart || isBlank(text.charCodeAt(at - 1)) || isBlank(text.charCodeAt(at + 1)))) return true;
  }
  return false;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
