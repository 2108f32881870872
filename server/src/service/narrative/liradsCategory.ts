import type { SiteMatch } from './siteFinder';
import { nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * A liver imaging report's LI-RADS category read with a descriptor that names malignancy ("0.9 cm LR-3 segment 3 (intermediate
 * probability of malignancy)"): ANNOTATION.md's round 17 rule for a category line whose words name malignancy (the BI-RADS rule,
 * `biradsCategory.ts`) holds for the liver's categories as well. LI-RADS is given only for observations in the liver, so the
 * site-less "malignancy" is the liver's (table: liver / Malignant Primary C22.9), doubted as the category's probability words say
 * (d1017). A category with no malignancy word ("LR-3 seg 4a") is no mention: only the descriptor's word is read.
 */

/** The LI-RADS categories that grade an observation's probability of malignancy (ACR LI-RADS v2018: LR-3, LR-4, LR-5, LR-M, LR-TIV). */
const LIRADS_CATEGORIES: ReadonlySet<string> = new Set(['lr-3', 'lr-4', 'lr-5', 'lr-m', 'lr-tiv']);

/** How many tokens before the "malignancy" the category may stand ("LR-3 segment 3 (intermediate probability of malignancy"). */
const CATEGORY_REACH = 8;

/** Whether a token is an LI-RADS category. */
const isLiradsCategory = (token: Token): boolean => LIRADS_CATEGORIES.has(token.norm);

/** Whether an LI-RADS category stands in the same sentence at most `CATEGORY_REACH` tokens before the word at `start`. */
export function inLiradsCategory(tokens: readonly Token[], start: number): boolean {
  return nearestInSentenceBefore(tokens, start, CATEGORY_REACH, tokens[start]?.sentence, isLiradsCategory) >= 0;
}

/** The liver, as the site of a category's "malignancy" at `start`: the category is written for a liver observation. */
export function liradsSite(start: number, end: number): SiteMatch {
  return { start, end, path: ['liver'], lymphNode: false };
}

/** How many characters before a coded mention its category may be written ("LR-3 segment 3 (intermediate probability of "). */
const CATEGORY_CHARACTERS = 60;
/** An LI-RADS category as written ("LR-3", "LR-M", "LR-TIV"). */
const CATEGORY_WRITTEN = /\bLR-(?:3|4|5|M|TIV)\b/i;

/**
 * Whether a coded mention at `offset` is graded by an LI-RADS category written before it on its line: the category grades the
 * probability of malignancy of its own observation, so its "malignancy" is no restatement of the hepatocellular carcinoma the
 * note documents for another lesion (`documentedLiverType.ts`), and stays the liver's C22.9 (d1017's LR-3 beside a treated HCC).
 */
export function gradedByLiradsCategory(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - CATEGORY_CHARACTERS), offset);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  return CATEGORY_WRITTEN.test(line);
}
