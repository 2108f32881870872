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
