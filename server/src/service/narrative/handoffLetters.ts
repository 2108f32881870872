/**
 * Round 22 (hospital documents): the letters of an SBAR hand-off after its "S:" and "A:". "B:" (background) and "R:"
 * (recommendation) are headers only right after the letter that comes before them in SBAR ("S:" then "B:", "A:" then
 * "R:"): alone at a line's start they are as often a breast imaging report's side ("R: no suspicious mass") or a lettered
 * specimen part ("B: Right axillary node"), which no hand-off's order explains. A file of its own so the section finder
 * stays short.
 */

/** Each SBAR letter read only as a header and the letter whose header must come right before it. */
const LETTER_BEFORE: ReadonlyMap<string, string> = new Map([['b', 's'], ['r', 'a']]);

/** Whether `header` is an SBAR letter that does not follow its own letter before it (`previous`, the last header found). */
export function isStrayHandoffLetter(header: { title: string }, previous: { title: string } | undefined): boolean {
  if (header.title.length !== 1) return false;
  const before = LETTER_BEFORE.get(header.title.toLowerCase());
  return before !== undefined && previous?.title.toLowerCase() !== before;
}
