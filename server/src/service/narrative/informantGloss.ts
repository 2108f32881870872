import { INFORMANT_VERBS } from './informantTriggers';
import type { Token } from './token';

/**
 * "Daughter (Monique, HCPOA) called last week asking whether the cancer has 'spread to his brain'", "daughter (lives in AZ)
 * called", "Daughter (Kasia) present": a relative glossed in a parenthesis (a name, a role, where they live) and then said to
 * call, ask, report or be told is the informant about the patient's disease, as the unglossed "daughter called" is
 * (`informantTriggers.ts`), not a relative whose own cancer the sentence names (ConText's experiencer stays the patient). The
 * phrase table cannot skip the gloss, so this test reads over it: the parenthesis must open right after the relative's word and
 * close within a few words, in the sentence, and an informant's verb must follow it at once, with no break after it.
 */

/** How many tokens the gloss may hold, its parentheses included ("(Monique, HCPOA)"). */
const GLOSS_REACH = 8;

/**
 * An informant's verb or state written right after the gloss: the single words of `informantTriggers.ts`' table, and "wants",
 * the first word of its "wants to know", since only the one word after the gloss is read.
 */
const GLOSSED_VERBS: ReadonlySet<string> = new Set([...INFORMANT_VERBS, 'wants']);

/**
 * A break right after the verb opens a clause about the caller ("daughter (lives in AZ) called - she was dx'd w/ breast cancer
 * last yr"): the relative's own disease may follow, so the relative keeps its family reading there.
 */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set(['-', '–', '—', ':', ';']);

/** Whether the relative's word at `position` is glossed in a parenthesis and then said to speak for or hear about the patient. */
export function glossedInformant(tokens: readonly Token[], position: number): boolean {
  if (tokens[position + 1]?.norm !== '(') return false;
  const sentence = tokens[position]?.sentence;
  for (let at = position + 2; at <= position + GLOSS_REACH && at < tokens.length; at++) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence || token.norm === '(') return false;
    if (token.norm === ')') return GLOSSED_VERBS.has(tokens[at + 1]?.norm ?? '') && tokens[at + 1]?.sentence === sentence && !CLAUSE_BREAKS.has(tokens[at + 2]?.norm ?? '');
  }
  return false;
}
