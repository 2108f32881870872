import { lateralityAt } from './siteFinder';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "bone (T9, L ilium) and adrenal (L) mets", "liver (segment 7) and lung mets", "mets to bone (T11, sacrum) and
 * adrenal (L)": a short parenthesis after a site of a list details it (levels, segments, bones) or gives its side.
 * The list walks over it, and a side written alone in it is the site's ("adrenal (L)": left adrenal, C79.72).
 */

/** How many tokens a detailing parenthesis may hold, both marks included. */
const PARENTHESIS_REACH = 9;

/** The site a parenthesis closing at `close` details, with the side the parenthesis gives; undefined when none ends at its opening. */
export function siteBeforeParenthesis(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], close: number): SiteMatch | undefined {
  const sentence = tokens[close]?.sentence;
  for (let open = close - 1; open >= Math.max(0, close - PARENTHESIS_REACH) && tokens[open]?.sentence === sentence; open--) {
    const norm = tokens[open]?.norm ?? '';
    // "RLL (primary) and adrenal mets": a site called the primary is no site of the metastasis.
    if (norm === 'primary' || norm === ')') return undefined;
    if (norm !== '(') continue;
    // "… of brain\n( ) Benign neoplasm": an empty parenthesis is a form's box, which details no site.
    if (open === close - 1) return undefined;
    const site = siteEndingAt[open];
    if (site === undefined || tokens[site.start]?.sentence !== sentence) return undefined;
    return withParenthesizedSide(tokens, site, open, close);
  }
  return undefined;
}

/** The site with the side a parenthesis after it holds alone ("adrenal (L)"), when it has none of its own. */
export function withParenthesizedSide(tokens: readonly Token[], site: SiteMatch, open: number, close: number): SiteMatch {
  const side = close === open + 2 && site.laterality === undefined && !site.lymphNode ? lateralityAt(tokens, open + 1) : undefined;
  return side === undefined ? site : { ...site, laterality: side };
}
