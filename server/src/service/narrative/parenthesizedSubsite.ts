import { refinedBy } from './siteRefinement';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "colon ca (cecum, pT3 N1b, s/p R hemicolectomy)", "colon cancer (hepatic flexure)": a history's shorthand names the
 * organ before the cancer word and the part of it in the parenthesis right after, as its first item. When the site
 * the finder marked there is a part of the same organ (`refinedBy`), the cancer is of that part (C18.0), even where
 * the part's name is also a part noun the apposition reader would keep as an unread qualifier ("cecum", "flexure").
 */
export function parenthesizedSubsite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], site: SiteMatch, anchorEnd: number): SiteMatch | undefined {
  if (site.lymphNode || tokens[anchorEnd]?.norm !== '(') return undefined;
  const part = sites[anchorEnd + 1];
  const closer = part === undefined ? undefined : tokens[part.end];
  if (part === undefined || closer === undefined || (closer.norm !== ')' && closer.norm !== ',') || closer.sentence !== tokens[anchorEnd]?.sentence) return undefined;
  const refined = refinedBy(site, part);
  return refined === undefined ? undefined : { ...refined, start: site.start, end: site.end };
}
