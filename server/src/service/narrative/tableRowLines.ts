/**
 * A line of a pipe table or of a table aligned by spaces ("SDX7 | Z85.46 | exempt | Personal history of malignant neoplasm of prostate", "| Breast ca | 2015 |
 * Resolved |", "Lipoma L shoulder          Resolved    2018"): a coding abstract's diagnosis rows, an EHR's pasted problem or results table. Each row is a record of its own,
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

/** How many spaces in a row set a column apart: more than a typist puts between words or sentences. */
const COLUMN_GAP = 4;
/** How far into a line the gap after its first cell is looked for: a problem table's first column is a diagnosis's title. */
const GAP_REACH = 80;

/**
 * Whether the line starting at `lineStart` is a row of a table aligned by spaces: text, then a gap of `COLUMN_GAP` spaces or more (or a tab),
 * then text again ("HFpEF                 Active      2024"). A wrapped cell's second line opens with the spaces and holds no gap.
 */
export function startsAlignedRow(text: string, lineStart: number): boolean {
  const end = Math.min(text.length, lineStart + GAP_REACH);
  let at = lineStart;
  while (at < end && isBlank(text.charCodeAt(at))) at++;
  let run = 0;
  for (let textSeen = false; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return false;
    // A tab sets a column apart on its own.
    if (code === 0x20 || code === 0x09) {
      run += code === 0x09 ? COLUMN_GAP : 1;
      continue;
    }
    if (textSeen && run >= COLUMN_GAP) return true;
    textSeen = true;
    run = 0;
  }
  return false;
}

function isBlank(code: number): boolean {
  return code === 0x20 || code === 0x09;
}
