import type { DocumentedMention } from './model';

/**
 * Round 26 (tuner C): a prognostic score's items ("FIGO/WHO prognostic score:\n antecedent pregnancy: mole ........ 0\n site of
 * mets: brain .... 4\n number of mets >8 .... 4") are no mentions (ANNOTATION.md, round 24 W (a): "A count inside a prognostic score
 * is no mention: it is a score item, like a stage group or TNM"). Each item is a line whose label a dot leader joins to the points it
 * scores, a bare number; the score's title ends with "score:" on the line above the first item. The tumour the score is for is
 * coded where the note names it. A form's field with a measured value ("Invasive size .... 17 mm") or a word ("Margins ....
 * Clear") is no score item, and neither is a points line under any other title.
 */

/** The fewest dots of a leader, as `dotLeaders.ts` reads one. */
const LEADER_DOTS = 4;
/** The longest line read as a score item; a longer one is prose. */
const LONGEST_ITEM = 160;
/** How many items a score may list above the one read. */
const MOST_ITEMS = 15;
/** A score item: a label, a dot leader and the points, one or two digits, ending the line. */
const SCORE_ITEM = new RegExp(`^[^\\n]*?\\.{${String(LEADER_DOTS)},} *\\d{1,2} *$`);
/** An item above the one read may lack the leader ("interval from index pregnancy <4 mo 0"): its points still end the line. */
const POINTS_LINE = /\s\d{1,2} *$/;
/** A score's title line: its words end with "score:" (" WHO prognostic score:", "FIGO/WHO prognostic score:"). */
const SCORE_TITLE = /\bscore:\s*$/i;

/** The line around `offset`, as its start and end, or undefined when it is longer than an item's. */
function lineAround(text: string, offset: number): { start: number; end: number } | undefined {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  if (offset - start > LONGEST_ITEM) return undefined;
  const newline = text.indexOf('\n', offset);
  const end = newline < 0 ? text.length : newline;
  return end - start > LONGEST_ITEM ? undefined : { start, end };
}

/** Whether the line `[start, end)` is a score item whose label holds `offset`, under a score's title a few items above. */
function inScoreItem(text: string, offset: number): boolean {
  const line = lineAround(text, offset);
  if (line === undefined || !SCORE_ITEM.test(text.slice(line.start, line.end))) return false;
  const leader = text.indexOf('....', line.start);
  if (leader < offset) return false;
  let end = line.start - 1;
  for (let items = 0; items <= MOST_ITEMS && end > 0; items++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    if (end - start > LONGEST_ITEM) return false;
    const above = text.slice(start, end);
    if (SCORE_TITLE.test(above)) return true;
    if (!POINTS_LINE.test(above)) return false;
    end = start - 1;
  }
  return false;
}

/** The mentions without those in a prognostic score's items. */
export function withScoreItemsDropped(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  return mentions.some((mention) => inScoreItem(text, mention.span.offset)) ? mentions.filter((mention) => !inScoreItem(text, mention.span.offset)) : mentions;
}
