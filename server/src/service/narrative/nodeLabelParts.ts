import type { Token } from './tokens';
import { isWholeNumber } from './numberWords';

/**
 * Small parts of a lymph node label that the site finder steps over: a region's node count ("obturator (1)"), a parenthesis
 * that restates the region ("central compartment (level VI) nodes"), a node's number ("SLN #1"), and the pelvic rows two sided
 * regions may share.
 */

/** The Table of Neoplasms' lymph gland rows of the pelvis, all Malignant Secondary C77.5. */
export const PELVIC_REGIONS: ReadonlySet<string> = new Set(['iliac', 'obturator', 'pelvic', 'hypogastric']);

/** How many words a region's parenthesised gloss may hold ("(level VI)", "(levels II-IV)"). */
const REGION_GLOSS_WORDS = 4;

/**
 * "central compartment (level VI) nodal metastases": the token after a short parenthesis that restates the region before the
 * node word, or `from` when none follows the region.
 */
export function afterRegionGloss(tokens: readonly Token[], from: number): number {
  if (tokens[from]?.norm !== '(') return from;
  for (let position = from + 1; position <= from + REGION_GLOSS_WORDS + 1; position++) {
    const norm = tokens[position]?.norm;
    if (norm === ')') return position + 1;
    if (norm === undefined || norm === '(' || norm === ':' || norm === ';') return from;
  }
  return from;
}

/**
 * Round 22: "R hilar (10R) and R lower paratracheal (4R) nodes" (d920): where a region's short gloss opens when the gloss ends
 * right before `end` (the joiner to the next region), so the node word after the list is shared over it; `end` when none does.
 */
export function beforeRegionGloss(tokens: readonly Token[], end: number): number {
  if (tokens[end - 1]?.norm !== ')') return end;
  for (let position = end - 2; position >= Math.max(0, end - REGION_GLOSS_WORDS - 2); position--) {
    const norm = tokens[position]?.norm;
    if (norm === '(') return position;
    if (norm === ')' || norm === ':' || norm === ';') return end;
  }
  return end;
}

/** The token after a region's node count in parentheses ("obturator (1)"), or `from` when none. */
export function afterNodeCount(tokens: readonly Token[], from: number): number {
  const counted = tokens[from]?.norm === '(' && isWholeNumber(tokens[from + 1]) && tokens[from + 2]?.norm === ')';
  return counted ? from + 3 : from;
}

/** The token after a node's number in a label ("#1", "#2", "2"), or `from` when none. */
export function afterNodeNumber(tokens: readonly Token[], from: number): number {
  let position = tokens[from]?.norm === '#' ? from + 1 : from;
  if (isWholeNumber(tokens[position]) && position > from) position++;
  else position = from;
  return position;
}
