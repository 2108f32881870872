import type { AssertionTrigger } from './assertionTrigger';
import type { Token } from './token';

/**
 * "Pt asking whether his lymphoma is from Roundup", "Dad asking if the AML 'is gone yet'", "Daughter called asking whether
 * she needs more chemo for her lymphoma": a question about a disease's cause, its going or a step to take presupposes the
 * disease, so the question cue does not doubt it (ANNOTATION.md round 25 N: a question whether an established cancer is gone
 * yet is `present`; ConText's presupposition, the question's scope is its predicate). A question whose words state the
 * return or the spread the asker fears ("asking whether the cancer has spread to his brain") stays `uncertain`
 * (ANNOTATION.md, a patient's or a relative's question or worry). Read once per question cue, over its next few words.
 */

/** The question cues this reading concerns (`informantTriggers.ts`' `QUESTION_TRIGGERS`). */
export const QUESTION_CUES: readonly string[] = [
  'asking whether', 'asking if', 'wondering whether', 'wondering if',
];
const QUESTION_CUE_SET: ReadonlySet<string> = new Set(QUESTION_CUES);

/** Two-word predicates that ask about a disease's cause or its going, or about a step to take, not about whether it is there. */
const PRESUPPOSING_PAIRS: ReadonlySet<string> = new Set([
  'is from', 'was from', 'came from', 'comes from', 'caused by', 'is related', 'was related', 'is due', 'was due', 'is gone', 'gone yet',
  'is curable', 'is treatable', 'is hereditary', 'is inherited', 'is genetic',
  // Its response ("Asked whether 'the tonsil cancer is shrinking'", as ANNOTATION.md round 25 N's "is the cancer shrinking?").
  'is shrinking', 'are shrinking', 'is responding', 'are responding', 'is smaller', 'getting smaller',
]);
/** One-word predicates of the same kind: a step the asker may take ("whether she should …", "whether he needs …"). */
const STEP_WORDS: ReadonlySet<string> = new Set(['should', 'needs', 'need']);

/** How many words after the cue the predicate is looked for: the subject and a quotation mark stand before it. */
const PREDICATE_REACH = 8;

/** Whether the question cue of `trigger` ending at `end` asks about the disease's cause, its going or a step, not its presence. */
export function presupposedQuestion(tokens: readonly Token[], trigger: AssertionTrigger, end: number): boolean {
  if (!QUESTION_CUE_SET.has(trigger.words)) return false;
  const sentence = tokens[end - 1]?.sentence;
  for (let at = end; at < end + PREDICATE_REACH && at < tokens.length; at++) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence) return false;
    if (STEP_WORDS.has(token.norm)) return true;
    const next = tokens[at + 1];
    if (next !== undefined && PRESUPPOSING_PAIRS.has(`${token.norm} ${next.norm}`)) return true;
  }
  return false;
}
