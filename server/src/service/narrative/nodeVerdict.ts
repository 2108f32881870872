import { nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * A pathologist's verdict on lymph nodes that names the neoplasm as "tumor" ("One perigastric lymph node, negative for tumor
 * (0/1)", "sentinel node, frozen section negative for tumor"): a tumour in a node is its metastasis there (ANNOTATION.md,
 * "Negative for X in a pathology part is a negated mention at the part's own labelled site"; issue 12's "Lymph node, excision:
 * no tumor identified"), so the verdict denies a node metastasis, as "negative for metastatic carcinoma" does, and "tumor" after
 * "negative for" is no object of a measure there. `mentions.ts` then places it at the nodes its finding names (`findingSubject.ts`).
 */

/** The words that name lymph nodes as a verdict's subject. */
const NODE_SUBJECT_WORDS: ReadonlySet<string> = new Set(['node', 'nodes', 'ln', 'lns', 'sln', 'slns']);

/** How many tokens before the verdict its node subject may stand ("Four peribronchial (station 12R) lymph nodes negative for"). */
const SUBJECT_REACH = 10;

/**
 * The verdicts that deny the word written right after them ("negative for tumor", "free of malignancy"): one list for the
 * margin and node readers of `anchorWords.ts` and for `nodeVerdictMalignancy.ts`.
 */
const DENYING_VERDICTS: ReadonlyMap<string, string> = new Map([['free', 'of'], ['negative', 'for'], ['neg', 'for']]);

/** Whether a denying verdict ("negative for", "free of") ends right before the word at `index`. */
export function afterDenyingVerdict(tokens: readonly Token[], index: number): boolean {
  return DENYING_VERDICTS.get(tokens[index - 2]?.norm ?? '') === tokens[index - 1]?.norm;
}

/** Whether a node word stands in the sentence at most `SUBJECT_REACH` tokens before the verdict that ends at `index`. */
export function inNodeVerdict(tokens: readonly Token[], index: number): boolean {
  return nearestInSentenceBefore(tokens, index, SUBJECT_REACH, tokens[index]?.sentence, (token) => NODE_SUBJECT_WORDS.has(token.norm)) >= 0;
}
