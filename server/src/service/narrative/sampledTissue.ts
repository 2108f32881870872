import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Prior TRUS bx 06/2024 (outside): benign prostatic tissue, focal chronic inflammation, no carcinoma": a biopsy result names the
 * tissue it sampled as "benign <organ> tissue" and then its denying verdict, so a site-less carcinoma of the same sentence is that organ's
 * (ANNOTATION.md, "Negative for X in a pathology part is a negated mention at the part's own labelled site"; table: prostate /
 * Malignant Primary C61). Only "benign" before the organ's word and a tissue noun after it make the phrase a sampled tissue, not
 * another lesion's site.
 */

/** How many tokens before the verdict the sampled tissue may stand, in the verdict's own sentence. */
const TISSUE_REACH = 16;
/** Words after an organ's adjective that name a specimen's tissue ("prostatic tissue", "colonic mucosa"). */
const TISSUE_NOUNS: ReadonlySet<string> = new Set(['tissue', 'parenchyma', 'mucosa']);

/** Words that deny the verdict right before its neoplasm ("no carcinoma", "negative for malignancy"). */
const DENIALS: ReadonlySet<string> = new Set(['no', 'negative', 'without']);

/** Whether a denial stands within two words before the anchor: a benign result's verdict denies the neoplasm. */
function deniedVerdict(tokens: readonly Token[], anchorStart: number): boolean {
  return DENIALS.has(tokens[anchorStart - 1]?.norm ?? '') || DENIALS.has(tokens[anchorStart - 2]?.norm ?? '');
}

/** The organ of the benign tissue the anchor's sentence reports before its denied verdict, or undefined. */
export function sampledTissueSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  if (!deniedVerdict(tokens, anchorStart)) return undefined;
  const sentence = tokens[anchorStart]?.sentence;
  for (let position = anchorStart - 1; position > Math.max(0, anchorStart - TISSUE_REACH); position--) {
    if (tokens[position]?.sentence !== sentence) return undefined;
    const site = sites[position];
    if (site === undefined || site.lymphNode || tokens[position - 1]?.norm !== 'benign') continue;
    if (TISSUE_NOUNS.has(tokens[site.end]?.norm ?? '') && site.end < anchorStart) return site;
  }
  return undefined;
}
