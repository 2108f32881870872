import type { RawMention } from './rawMention';
import { refinedBy } from './siteContext';
import type { SiteList } from './siteLists';
import type { Token } from './tokens';

/**
 * "NSCLC of the RUL, mets to liver, L adrenal, brain and bone": a metastasis word set off by a comma
 * after a site and followed by "to" and its own list of sites spread to that list. The site before the
 * comma belongs to the phrase before it (the primary), so the list on the left is dropped; "liver, bone
 * mets" (no comma right before the word) and "bone mets" keep theirs.
 */
export function withoutSetOffLeft(tokens: readonly Token[], anchorStart: number, left: SiteList, right: SiteList): SiteList {
  const setOff = tokens[anchorStart - 1]?.norm === ',';
  return setOff && left.sites.length > 0 && right.preposition === 'to' && right.sites.length > 0 ? { ...left, sites: [] } : left;
}

/**
 * "metastatic PDAC (head of pancreas, liver mets)", "metastatic breast cancer (left breast, bone
 * mets)": the site that opens a parenthesis right after a primary and names the primary's own organ
 * details the primary (pancreas, head: C25.0); read as the first of the metastasis word's list, it would
 * be a spread to the organ itself (C78.89). The primary takes it when it is a refinement; the secondary goes.
 */
export function withOwnOrganAsPrimary(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const result = [...mentions];
  const dropped = new Set<number>();
  mentions.forEach((mention, index) => {
    const site = mention.site;
    if (mention.column !== 'secondary' || site === undefined || site.lymphNode || tokens[site.start - 1]?.norm !== '(') return;
    // The primary that ends right before the parenthesis, among the few mentions before this one.
    for (let earlier = index - 1; earlier >= Math.max(0, index - OWN_ORGAN_REACH); earlier--) {
      const primary = result[earlier];
      const own = primary?.site;
      if (primary?.column !== 'primary' || own === undefined || primary.end !== site.start - 1 || own.path[0] !== site.path[0]) continue;
      const refined = refinedBy(own, site);
      if (refined !== undefined) result[earlier] = { ...primary, site: { ...refined, start: own.start, end: own.end } };
      dropped.add(index);
      return;
    }
  });
  return result.filter((_, index) => !dropped.has(index));
}

/** How many mentions back the primary before the parenthesis is looked for. */
const OWN_ORGAN_REACH = 3;

/**
 * "metastatic PTC in 7/23 nodes", "R level III LN: positive for metastatic PTC": a carcinoma that names its own organ and is called
 * metastatic is two diagnoses, the primary its name implies and the spread to the nodes (ANNOTATION.md, "metastatic X" names the
 * primary X); the word "metastatic" is the spread's, so the secondary's phrase opens with it while the primary keeps the name.
 */
export function withMetastaticWordOfSpread(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  return mentions.map((mention) => {
    const start = mention.anchorStart;
    // The word before the anchor is asked about first: it is rarely "metastatic", and the mention's own fields need not be read then.
    const calledMetastatic = tokens[start - 1]?.norm === 'metastatic' && tokens[start - 1]?.sentence === tokens[start]?.sentence;
    if (!calledMetastatic) return mention;
    const named = mention.histology?.role === 'primary' && mention.histology.impliedSite !== undefined;
    return mention.column === 'secondary' && named && mention.start === start ? { ...mention, start: start - 1 } : mention;
  });
}
