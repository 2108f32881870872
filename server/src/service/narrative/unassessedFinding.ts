import type { Token } from './token';

/**
 * "Regional nodal involvement is not assessed by this test": a test's report naming what it does not assess states the test's
 * scope, neither a finding nor its denial, so the disease words it names are no mention (ANNOTATION.md, "What is a mention":
 * a diagnosis documented of the patient). "Margins not assessed" and "LVI not assessed" name no neoplasm and are unaffected.
 */

/** The verbs of an assessment a test leaves undone ("not assessed", "not evaluated"). */
const ASSESSMENT_VERBS: ReadonlySet<string> = new Set(['assessed', 'evaluated', 'assessable', 'evaluable']);
/** How many words after the disease the "not" may stand ("is not assessed"). */
const NEGATION_REACH = 2;

/** Whether the disease words at tokens `[start, end)` are followed, in their sentence, by "(is) not assessed". */
export function namesUnassessedFinding(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let index = end; index <= end + NEGATION_REACH; index++) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    if (token.norm === 'not') return ASSESSMENT_VERBS.has(tokens[index + 1]?.norm ?? '') && tokens[index + 1]?.sentence === sentence;
  }
  return false;
}
