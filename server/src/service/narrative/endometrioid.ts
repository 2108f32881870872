import type { RawMention } from './rawMention';
import { nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "A. UTERUS, …, TLH-BSO:\n - Endometrioid adenocarcinoma", "endometrioid carcinoma of the uterus": an
 * endometrioid carcinoma of the uterus arises in its lining, the endometrium (table: endometrium /
 * Malignant Primary C54.1), not in an unspecified part of the uterus (C55). Elsewhere (the ovary) the
 * type names no organ, so only a uterus with no part written is narrowed.
 */

/** How many words before the histology word the type may stand ("endometrioid, FIGO grade 1 adenocarcinoma" is not read). */
const TYPE_REACH = 3;

export function withEndometrioidSite(tokens: readonly Token[], mention: RawMention): RawMention {
  const site = mention.site;
  if (site === undefined || site.lymphNode || site.path.length !== 1 || site.path[0] !== 'uterus' || mention.column === 'secondary') return mention;
  const sentence = tokens[mention.anchorStart]?.sentence;
  // The histology's own first word is read too ("endometrioid adenocarcinoma" is one histology).
  const typed = nearestInSentenceBefore(tokens, mention.anchorStart + 1, TYPE_REACH + 1, sentence, (token) => token.norm === 'endometrioid') >= 0;
  return typed ? { ...mention, site: { ...site, path: ['endometrium'] } } : mention;
}
