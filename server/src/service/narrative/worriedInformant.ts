import type { Token } from './token';

/**
 * "Parents worried 'it's leukemia'", "Mom is concerned the tumor is back", "Dad scared it has spread": in a child's note the
 * parents speak for the patient, and a parent who worries names the fear about the patient's disease, not a relative's own
 * cancer (ConText's experiencer stays the patient, as for the informant who calls or asks: `informantTriggers.ts`). The
 * worry word itself then reads as it does after the patient ("worried the leukemia is back" is uncertain). A relative with a
 * disease of their own ("mother had breast cancer", "Mom - breast ca at 40") names no worry and keeps its family reading.
 */

/**
 * The words of a worry or fear about the disease ("worried", "concerned that", "afraid", "nervous"): written right after the
 * relative here, and shared with the asker's worry before a feared return (`fearedReturn.ts`) and the patient's report of a
 * changing mole (`layMole.ts`), which mean the same worry.
 */
export const WORRY_WORDS: ReadonlySet<string> = new Set([
  'worried', 'worry', 'worries', 'concerned', 'scared', 'afraid', 'frightened', 'fear', 'fears', 'anxious', 'nervous',
]);

/** A linking verb that may stand between the relative and the worry ("parents are worried", "mom is very concerned"). */
const LINKS: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'remain', 'remains', 'very', 'quite', 'understandably', 'both', 'also']);

/** How many linking words may stand between the relative and the worry ("mom is also very worried"). */
const LINK_REACH = 3;

/** Whether the relative's word at `position` is followed at once, in its sentence, by a worry of their own about the patient. */
export function worriedInformant(tokens: readonly Token[], position: number): boolean {
  const sentence = tokens[position]?.sentence;
  for (let at = position + 1; at <= position + 1 + LINK_REACH && at < tokens.length; at++) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence) return false;
    if (WORRY_WORDS.has(token.norm)) return true;
    if (!LINKS.has(token.norm)) return false;
  }
  return false;
}
