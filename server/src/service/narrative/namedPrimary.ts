import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "stage IV BRAF V600E-mutant melanoma (primary: R posterior shoulder, WLE + SLNB 2021)", "melanoma (primary site - L calf)":
 * a parenthesis that opens with "primary" names where the tumour arose; the site right after its colon or dash is the
 * histology's own (table: skin, shoulder → Tabular C43.61 for a melanoma), not a place it spread to. A parenthesis that
 * opens with "originally" says the same of a spread tumour ("metastatic melanoma (originally on his upper back, excised
 * 2022)" → skin, back C43.59): the site after its preposition is where the tumour arose.
 */

/** Words between "primary" and its site: "primary: …", "primary site: …", "primary - …". */
const LINKS = new Set([':', '-', '–', 'site', 'sites', '=']);

/**
 * Words between "originally" and its site: "originally on his upper back", "originally of the L calf", "originally from".
 * "upper" and "lower" are skipped as the site finder reads them (a qualifier of the part after them, whose code they keep).
 */
const ORIGIN_LINKS = new Set(['on', 'of', 'in', 'at', 'from', 'the', 'his', 'her', 'their', ':', '-', 'upper', 'lower']);

/** The site a "(primary: <site>" parenthesis at `open` names, else undefined. */
export function namedPrimarySite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], open: number): SiteMatch | undefined {
  if (tokens[open]?.norm !== '(') return undefined;
  const opening = tokens[open + 1]?.norm;
  if (opening !== 'primary' && opening !== 'originally') return undefined;
  const links = opening === 'primary' ? LINKS : ORIGIN_LINKS;
  let position = open + 2;
  while (position < open + (opening === 'primary' ? 5 : 6) && links.has(tokens[position]?.norm ?? '')) position++;
  const site = sites[position];
  const linked = position > open + 2 || opening === 'originally';
  return linked && site !== undefined && !site.lymphNode && tokens[site.end - 1]?.sentence === tokens[open]?.sentence ? site : undefined;
}
