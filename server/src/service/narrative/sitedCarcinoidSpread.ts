import type { MorphologyTerm } from './morphologyLexicon';
import type { RawMention } from './rawMention';
import { SECONDARY_PREPOSITIONS, sitesToTheRight } from './siteLists';
import type { SiteList } from './siteLists';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "metastatic well-diff ileal NET (G2) to liver": a carcinoid written with its primary's organ and called metastatic before that organ
 * spreads to the sites after "to", as "metastatic NET to liver" does (Tabular C7B.02 Secondary carcinoid tumors of liver), besides the
 * ileal primary the organ names (C7A.012). The spread is a mention of its own from the site after the preposition.
 */
export function sitedCarcinoidSpread(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], left: SiteList, start: number, end: number, term: MorphologyTerm,
): RawMention[] {
  if (!left.metastatic || left.sites.length !== 1) return [];
  const right = sitesToTheRight(tokens, sites, end);
  if (right.sites.length === 0 || !SECONDARY_PREPOSITIONS.has(right.preposition ?? '')) return [];
  return right.sites.map((site) => ({ start: site.start, end: site.end, anchorStart: start, anchorEnd: end, column: 'secondary' as const, morphology: term, neuroendocrine: true, site }));
}
