import type { Token } from './token';

/**
 * A course written as a timeline ("Onc hx:\n- 3/2026 rectal bleeding -> colonoscopy: … bx adenocarcinoma. Also 2 small TAs
 * removed from the transverse colon.") dates each entry once, at its opening, and the entry's later sentences share that date:
 * a removal told there is as past as one with its own year (Guideline I.C.2.d; ANNOTATION.md, a removed benign neoplasm is
 * history, Z86.01-). Only the sentence before the cue's is looked at, and only that sentence's first words, so the look is bounded.
 */

/** How far back the opening of the sentence before a cue is looked for. */
const ENTRY_REACH = 64;
/** How many leading words of an entry may stand before its date ("- 3/2026", "* 04/2024:", "On 3/2026"). */
const DATE_LEAD = 2;

/** Whether the cue's sentence or the one before it opens with a date (`isDate` tests a token as a date of the course). */
export function entryOpensWithDate(tokens: readonly Token[], index: number, isDate: (position: number) => boolean): boolean {
  const sentence = tokens[index]?.sentence ?? 0;
  let opening = -1;
  for (let position = index; position >= 0 && position >= index - ENTRY_REACH; position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence < sentence - 1) break;
    if (token.sentence === sentence - 1) opening = position;
  }
  return opening >= 0 && leadingDate(tokens, opening, sentence - 1, isDate);
}

/** Whether a date stands among the first words of the sentence opening at `opening`, past any bullet punctuation. */
function leadingDate(tokens: readonly Token[], opening: number, sentence: number, isDate: (position: number) => boolean): boolean {
  let words = 0;
  for (let position = opening; position < tokens.length && words <= DATE_LEAD; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (isDate(position)) return true;
    if (!token.punct) words++;
  }
  return false;
}
