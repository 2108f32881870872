/**
 * A line of a pipe table or of a table aligned by spaces ("SDX7 | Z85.46 | exempt | Personal history of malignant neoplasm of prostate", "| Breast ca | 2015 |
 * Resolved |", "Lipoma L shoulder          Resolved    2018"): a coding abstract's diagnosis rows, an EHR's pasted problem or results table. Each row is a record of its own,
 * so a cue of the row above ("SDX6 | Z90.5 | Acquired absence of kidney") must not reach into it: the tokenizer ends the
 * sentence before a row.
 */
import { isSpaceOrTab } from './charCodes';

/** How far into a line its first cell separator is looked for: a row's first cells (a sequence label, a code) are short. */
const FIRST_CELL_REACH = 40;
/** How many spaces in a row set a column apart: more than a typist puts between words or sentences. */
const COLUMN_GAP = 4;
/** How far into a line the gap after its first cell is looked for: a problem table's first column is a diagnosis's title. */
const GAP_REACH = 80;

/**
 * Whether the line starting at `lineStart` is a row of either table, in one scan of its first characters (the tokenizer asks
 * at every line break): a pipe row holds a cell separator (`|` between spaces, or opening the line) within `FIRST_CELL_REACH`
 * characters; a row aligned by spaces holds text, then a gap of `COLUMN_GAP` spaces or more (or a tab), then text again
 * within `GAP_REACH` ("HFpEF                 Active      2024"). A wrapped cell's second line opens with the spaces and holds no gap.
 */
export function startsRowLine(text: string, lineStart: number): boolean {
  const end = Math.min(text.length, lineStart + GAP_REACH);
  const cellEnd = lineStart + FIRST_CELL_REACH;
  let run = 0;
  let textSeen = false;
  for (let at = lineStart; at < end; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a) return false;
    if (code === 0x7c /* | */ && at < cellEnd && opensCell(text, lineStart, at)) return true;
    // Blanks before the line's first text open no gap; a tab sets a column apart on its own.
    if (isSpaceOrTab(code)) {
      run += code === 0x09 ? COLUMN_GAP : 1;
      continue;
    }
    if (textSeen && run >= COLUMN_GAP) return true;
    textSeen = true;
    run = 0;
  }
  return false;
}

/** Whether the `|` at `at` separates cells: it opens the line or has a blank on either side. */
function opensCell(text: string, lineStart: number, at: number): boolean {
  return at === lineStart || isSpaceOrTab(text.charCodeAt(at - 1)) || isSpaceOrTab(text.charCodeAt(at + 1));
}
