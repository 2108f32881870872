import type { Token } from './tokens';

/**
 * "Explained that his cancer is progressing despite treatment", "Discussed that the cancer is highly curable": a bare "cancer"
 * that a possessive or the definite article makes the patient's own, followed by words of its course or outlook, is the cancer
 * the encounter treats restated (ANNOTATION.md, round 17: words that name "a proven cancer's own lesion, residual, recurrence
 * or progression" take the cancer's code), as "the cancer has returned" is (`relapseWords.ts`). `restatedCarcinoma.ts` places
 * it only when every primary the encounter names with a site is of one organ.
 */

/** The determiners that make a bare "cancer" the patient's own (`possessedCancer.ts` reads the same ones). */
export const OWNING_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'the', 'your', 'my']);
/** Auxiliaries and degree words that may stand between the cancer and its course ("is still", "is highly", "has been"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'been', 'still', 'now', 'highly', 'very', 'not', 'no', 'longer']);
/** At most this many linking words are read ("has still been"). */
const MAX_LINKING_WORDS = 3;
/** Words of the course or outlook of a cancer already there. */
const COURSE_WORDS: ReadonlySet<string> = new Set([
  'progressing', 'progressed', 'growing', 'spreading', 'responding', 'shrinking', 'worsening', 'curable', 'incurable', 'treatable',
]);

/** Whether the bare cancer word at `[start, end)` is the patient's own, with words of its course right after it. */
export function statesOwnCancerCourse(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  if (!OWNING_WORDS.has(tokens[start - 1]?.norm ?? '') || tokens[start - 1]?.sentence !== sentence) return false;
  let position = end;
  while (position - end < MAX_LINKING_WORDS && LINKING_WORDS.has(wordIn(tokens, position, sentence))) position++;
  return position > end && COURSE_WORDS.has(wordIn(tokens, position, sentence));
}

/** The word at `position` when it stands in `sentence`, else the empty string. */
function wordIn(tokens: readonly Token[], position: number, sentence: number | undefined): string {
  const token = tokens[position];
  return token !== undefined && token.sentence === sentence ? token.norm : '';
}
