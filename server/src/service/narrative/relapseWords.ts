import { opensWithDigit } from './numberWords';
import { wordInSentence } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * Words after a leukaemia, lymphoma or myeloma that state its return ("worried the leukemia is back", "no signs of leukemia coming
 * back", "the myeloma has come back", "the lymphoma returned"): the disease in relapse, which the category's relapse code records
 * (ANNOTATION.md, round 16: a mention whose own words state a relapse takes the relapse code, with the mention's own assertion).
 */

/**
 * Auxiliaries that may stand between the disease and its return ("is back", "has come back", "may have returned", "would come
 * back"), for this file's relapse and for a cancer said to return in another organ (returnedElsewhere.ts).
 */
const AUXILIARIES: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'have', 'may', 'might', 'could', 'will', 'would', 'be', 'been']);
/** At most this many auxiliaries are read ("may have come back"). */
const MAX_AUXILIARIES = 2;
/** The verbs that take "back" ("came back", "coming back"), shared with returnedElsewhere.ts. */
export const BACK_VERBS: ReadonlySet<string> = new Set(['come', 'came', 'comes', 'coming']);

/** The position after at most `MAX_AUXILIARIES` auxiliaries right after `end`, in the sentence of the word before `end`. */
export function pastAuxiliaries(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]?.sentence;
  let position = end;
  while (position - end < MAX_AUXILIARIES && AUXILIARIES.has(wordInSentence(tokens, position, sentence))) position++;
  return position;
}
/** The verbs that say the return by themselves ("has returned", "recurred"). */
const RETURN_WORDS = new Set(['returned', 'recurred', 'relapsed']);

/** Whether the words right after the disease ending at `end` state its return. */
export function statesReturn(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end - 1]?.sentence;
  let position = pastAuxiliaries(tokens, end);
  if (RETURN_WORDS.has(wordInSentence(tokens, position, sentence))) return true;
  const verb = BACK_VERBS.has(wordInSentence(tokens, position, sentence));
  if (verb) position++;
  // "is back", "coming back": the bare noun's "back" ("leukemia back pain") is no return.
  return (verb || position > end) && wordInSentence(tokens, position, sentence) === 'back';
}

/** The words that open a sentence stating the relapse of the disease named before it ("Relapsed 10/2026 with new lytic lesions"). */
const OPENING_RELAPSE_WORDS = new Set(['relapsed', 'relapse']);
/** What may follow the opening word: its date, a preposition of time or place, or the end of its clause ("Relapse in 2025", "Relapsed, now on dara"). */
const AFTER_OPENING_RELAPSE = new Set(['in', 'on', 'at', 'after', 'with', 'since', ',', '.', ';', '(', '-', ':']);

/**
 * "Dx: multiple myeloma, IgA lambda, s/p auto-HCT 2/2026. Relapsed 10/2026 with new lytic lesions.": a sentence that opens with
 * the relapse, naming no disease, states the relapse of the disease of the sentence before (as "In sCR." states its remission;
 * ANNOTATION.md, "Relapse in one note": C90.02). Not "Relapse risk" or "relapse prevention", which name no relapse that happened.
 */
export function opensWithRelapse(tokens: readonly Token[], start: number): boolean {
  const opening = tokens[start];
  if (opening === undefined || !OPENING_RELAPSE_WORDS.has(opening.norm)) return false;
  const next = tokens[start + 1];
  return next === undefined || next.sentence !== opening.sentence || AFTER_OPENING_RELAPSE.has(next.norm) || opensWithDigit(next);
}
