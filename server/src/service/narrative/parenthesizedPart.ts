import { refinedBy } from './siteRefinement';
import type { SiteMatch } from './siteMatch';

/**
 * "invasive ductal carcinoma of the left breast (upper outer quadrant)", "carcinoma of the colon (sigmoid colon)": a parenthesis
 * after a site that holds only a part of the same organ names where in the organ the tumour is, as "left breast, upper outer
 * quadrant" does (table: breast, upper-outer quadrant C50.4-). The part must fill the parenthesis: a parenthesis that details
 * anything else ("(T9, L ilium)", "(segment 7)") is read as before.
 */
export function refinedByParenthesis(sites: readonly (SiteMatch | undefined)[], site: SiteMatch, open: number, close: number): SiteMatch | undefined {
  const inner = sites[open + 1];
  if (inner === undefined || inner.end !== close) return undefined;
  const refined = refinedBy(site, inner);
  return refined === undefined ? undefined : { ...refined, start: site.start, end: site.end };
}
