import { isAsciiDigit, isSpaceOrTab } from './charCodes';

/**
 * Whether a line opens a list item, for `sections.ts`: once an assessment and plan has listed its own problems, a problem
 * list after them is the record's. A file of its own so the section finder stays short.
 */

/**
 * Whether the line `[start, end)` opens (after spaces, within its first eight characters) with a list mark: "#", "-", "*",
 * "•" or a number of one or two digits and "." or ")". Read by character codes, since every line of the note is asked.
 */
export function opensListItem(text: string, start: number, end: number): boolean {
  const limit = Math.min(end, start + 8);
  let at = start;
  while (at < limit && isSpaceOrTab(text.charCodeAt(at))) at++;
  if (at >= limit) return false;
  if (LIST_MARKS.has(text.charCodeAt(at))) return true;
  if (!isAsciiDigit(text.charCodeAt(at))) return false;
  const second = at + 1 < limit ? text.charCodeAt(at + 1) : -1;
  if (closesItemNumber(second)) return true;
  return isAsciiDigit(second) && at + 2 < limit && closesItemNumber(text.charCodeAt(at + 2));
}
/** "#", "*", "•" and "-": the marks that open a list item on their own. */
const LIST_MARKS: ReadonlySet<number> = new Set([0x23, 0x2a, 0x2022, 0x2d]);

/** "." or ")", which close an item's number ("1.", "2)"). */
function closesItemNumber(code: number): boolean {
  return code === 0x2e || code === 0x29;
}
