import type { TriggerHit } from './assertionScope';
import type { Assertion } from './model';
import { statesReturn } from './relapseWords';
import { nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';
import { WORRY_WORDS } from './worriedInformant';

/**
 * A disease whose return is feared or asked about ("worried about the cancer coming back", "asked whether this means the
 * cancer is back"): the words state the return the patient fears, which the note neither confirms nor denies there, so the
 * disease is `uncertain` (ANNOTATION.md, round 14: a patient's or relative's worry or question about the patient's own cancer;
 * Guidelines II.H / III.C). "Worried about" a risk stays hypothetical; only a return stated after the disease makes the worry's
 * object the disease itself. A spread written as the mention's own verb ("whether it has spread to his liver") is such a return.
 */

/** The worry cues the trigger table reads as a risk's (hypothetical), which a stated return makes the disease's own doubt. */
const WORRIES: ReadonlySet<string> = new Set(['worried about', 'worry about', 'concerned about']);

/** The question words that make the return asked about ("asked whether this means …", "asks if …"). */
const QUESTION_WORDS: ReadonlySet<string> = new Set(['whether', 'if']);
/** The verbs of asking or fearing that open such a question or worry ("asked whether", "worries about"): the worry words are the informant's. */
const ASKING_WORDS: ReadonlySet<string> = new Set(['asked', 'asks', 'asking', 'wonders', 'wondered', 'wondering', ...WORRY_WORDS]);
/** The words that open a mention of spread the asker fears as the return itself ("anxious about whether it has spread to his liver"). */
const SPREAD_VERBS: ReadonlySet<string> = new Set(['spread', 'spreading', 'metastasized', 'metastasised']);
/** How many words before the disease the question's or worry's words are looked for, in its sentence. */
const REACH = 8;

/** The synthetic cue a question about a return gives the disease (its words are the question word). */
function questionCue(tokens: readonly Token[], at: number): TriggerHit {
  return { start: at, end: at + 1, trigger: { words: tokens[at]?.norm ?? 'whether', assertion: 'uncertain', direction: 'pre' } };
}

/** The position of the asking or question word before the disease at `start` in its sentence, or -1. */
function askingBefore(tokens: readonly Token[], start: number): number {
  return nearestInSentenceBefore(tokens, start, REACH, tokens[start]?.sentence, (token, index) =>
    ASKING_WORDS.has(token.norm) || (QUESTION_WORDS.has(token.norm) && ASKING_WORDS.has(tokens[index - 1]?.norm ?? '')));
}

/**
 * Reads a feared or asked-about return of the disease spanning `start`…`end` as uncertain: a worry cue the table reads as a
 * risk's becomes the disease's doubt, and with no other cue an asking word before it in its sentence gives one.
 */
export function settleFearedReturn(tokens: readonly Token[], found: Map<Assertion, TriggerHit>, start: number, end: number): void {
  if (!statesReturn(tokens, end) && !SPREAD_VERBS.has(tokens[start]?.norm ?? '')) return;
  const worry = found.get('hypothetical');
  // "asked if it has spread to her bones": the question's "if" is no condition of a plan but the asker's doubt.
  const asked = worry !== undefined && QUESTION_WORDS.has(worry.trigger.words) && ASKING_WORDS.has(tokens[worry.start - 1]?.norm ?? '');
  if (worry !== undefined && (WORRIES.has(worry.trigger.words) || asked) && worry.end <= start) {
    found.delete('hypothetical');
    if (!found.has('uncertain')) found.set('uncertain', worry);
    return;
  }
  if (found.size > 0) return;
  const asking = askingBefore(tokens, start);
  if (asking >= 0) found.set('uncertain', questionCue(tokens, asking));
}
