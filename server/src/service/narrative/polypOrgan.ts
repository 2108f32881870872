import type { HistologyTerm } from './histologyTerm';
import { lineLabelSite, refinedBy } from './siteContext';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Ampulla, papillectomy: tubulovillous adenoma", "Duodenum, biopsy: tubular adenoma", "Ampullary mass … Bx: tubulovillous
 * adenoma": the lexicon places a tubular, tubulovillous or villous adenoma in the colon only where no other site is written
 * (histologyLexicon.ts). These adenomas also arise in the stomach, the small intestine and the ampulla of Vater, and the Index
 * sends them to Neoplasm, benign, by site (table: ampulla of Vater / Benign D13.5, duodenum D13.2, stomach D13.1), so a label
 * or a reported lesion of such an organ is the adenoma's site. Rectum and rectosigmoid are read by `siteContext.ts`.
 */

/** Digestive organs other than the large bowel where a polyp adenoma arises, by the first word of their table path. */
const POLYP_ORGANS = new Set(['ampulla of Vater', 'duodenum', 'jejunum', 'ileum', 'stomach', 'appendix']);

function isColonDefault(term: HistologyTerm, implied: SiteMatch): boolean {
  const path = term.impliedSite;
  return term.role === 'benign' && path !== undefined && path.length === 3 && path[2] === 'colon' && implied.path === path;
}

/** The implied site narrowed by `other` (`refinedBy`), or for a colon-default polyp adenoma the other digestive organ `other` names. */
export function refinedPolypSite(term: HistologyTerm, implied: SiteMatch, other: SiteMatch | undefined): SiteMatch | undefined {
  const refined = refinedBy(implied, other);
  if (refined !== undefined || other === undefined || other.lymphNode || !isColonDefault(term, implied)) return refined;
  const smallBowel = other.path[0] === 'intestine' && other.path[1] === 'small';
  return POLYP_ORGANS.has(other.path[0] ?? '') || smallBowel ? { ...other, start: Math.min(implied.start, other.start), end: Math.max(implied.end, other.end) } : undefined;
}

/**
 * A colon-default polyp adenoma under a pathology label that names the organ and then its part ("B. Colon, transverse, polypectomy:
 * Tubular adenomas"): the label is read past its part and procedure words, as a carcinoma's is; a benign adenoma in the sampled bowel is of
 * that bowel, where a carcinoma in a sampled organ might be a metastasis, which is why other implied organs keep the strict label.
 */
export function labelledPolypSite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], term: HistologyTerm, implied: SiteMatch, strictLabel: SiteMatch | undefined, start: number,
): SiteMatch | undefined {
  const label = strictLabel ?? (isColonDefault(term, implied) ? lineLabelSite(tokens, sites, start) : undefined);
  return refinedPolypSite(term, implied, label);
}
