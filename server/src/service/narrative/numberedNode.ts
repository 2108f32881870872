import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';
import { isWholeNumber } from './numberWords';

/**
 * Round 22 (op notes and frozen sections): a node numbered in the specimen list ("SLN #1 positive for metastatic carcinoma",
 * "Sentinel node #2: …", "Lymph node 3 positive for …", d907) is that node; the number between the node word and its finding
 * names which node was sent, not a word that parts the finding from its subject (`findingSubject.ts`).
 */

/**
 * Where the node site ends when the tokens right before `position` are its number ("#1", "1"); undefined when they are not a
 * node's number.
 */
export function numberedNodeEnd(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], position: number): number | undefined {
  if (!isWholeNumber(tokens[position - 1])) return undefined;
  const end = tokens[position - 2]?.norm === '#' ? position - 2 : position - 1;
  return siteEndingAt[end]?.lymphNode === true ? end : undefined;
}
