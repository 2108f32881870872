import type { RawMention } from './rawMention';
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
  for (let position = mention.anchorStart; position >= Math.max(0, mention.anchorStart - TYPE_REACH) && tokens[position]?.sentence === sentence; position--) {
    if (tokens[position]?.norm === 'endometrioid') return { ...mention, site: { ...site, path: ['endometrium'] } };
  }
  return mention;
}
