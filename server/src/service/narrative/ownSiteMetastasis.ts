import type { Token } from './tokens';
import { LEXICON_CLASS, WORD_CLASS } from './wordClasses';

/** The word classes of a site's first word: a site of the sites lexicon or a Table of Neoplasms row. */
const SITE_FIRST = LEXICON_CLASS.sites | WORD_CLASS.siteRowFirst;

/**
 * Whether the metastasis word at `position` is the noun of a lesion named with its own site ("History of prostate cancer, a
 * bone metastasis from the prostate cancer is felt unlikely"): a site word right before it makes it a lesion of its own, whose
 * "from" names its source, not a clause calling the cancer before it metastatic ("adenocarcinoma in the liver, metastatic from
 * the pancreas"). The cancer before it stays the primary it names (ANNOTATION.md round 20: a former primary named as a
 * metastasis's source is its own history mention).
 */
export function namesItsOwnSite(tokens: readonly Token[], position: number): boolean {
  const before = tokens[position - 1];
  return before !== undefined && before.sentence === tokens[position]?.sentence && (before.classes & SITE_FIRST) !== 0;
}
