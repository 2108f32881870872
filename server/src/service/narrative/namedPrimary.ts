import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "stage IV BRAF V600E-mutant melanoma (primary: R posterior shoulder, WLE + SLNB 2021)", "melanoma (primary site - L calf)":
 * a parenthesis that opens with "primary" names where the tumour arose; the site right after its colon or dash is the
 * histology's own (table: skin, shoulder → Tabular C43.61 for a melanoma), not a place it spread to.
 */

/** Words between "primary" and its site: "primary: …", "primary site: …", "primary - …". */
const LINKS = new Set([':', '-', '–', 'site', 'sites', '=']);

/** The site a "(primary: <site>" parenthesis at `open` names, else undefined. */
export function namedPrimarySite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], open: number): SiteMatch | undefined {
  if (tokens[open]?.norm !== '(' || tokens[open + 1]?.norm !== 'primary') return undefined;
  const sentence = tokens[open]?.sentence;
  let position = open + 2;
  while (position < open + 5 && LINKS.has(tokens[position]?.norm ?? '')) position++;
  const site = sites[position];
  return position > open + 2 && site !== undefined && !site.lymphNode && tokens[site.end - 1]?.sentence === sentence ? site : undefined;
}
