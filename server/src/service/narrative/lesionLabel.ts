import { specimenLabelSite } from './findingOrgan';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/** How many tokens after a lesion word its label's colon may stand ("Bladder tumor, R lateral wall:"). */
const LABEL_REACH = 8;

/**
 * "A. Bladder tumor, R lateral wall: HIGH-GRADE PAPILLARY UROTHELIAL CARCINOMA": a lesion word that
 * names a specimen label takes the label's detail words as its finding below does (table: bladder,
 * wall, lateral C67.2), not only the organ written before it.
 */
export function withLabelDetail(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention): RawMention {
  const site = mention.site;
  if (mention.histology?.namesLesion !== true || site === undefined) return mention;
  const sentence = tokens[mention.anchorEnd]?.sentence;
  for (let position = mention.anchorEnd; position < Math.min(tokens.length, mention.anchorEnd + LABEL_REACH); position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return mention;
    if (token.norm !== ':') continue;
    const labelled = specimenLabelSite(tokens, sites, position + 1, true);
    return labelled !== undefined && labelled.path[0] === site.path[0] ? { ...mention, site: { ...labelled, start: site.start, end: site.end } } : mention;
  }
  return mention;
}
