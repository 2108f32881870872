import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * Findings the note places in both of a paired organ ("multiple new FDG-avid nodules in both lungs", "bilateral pulmonary
 * nodules"): where a note's metastases of that organ are, such findings say they are on both sides, so a metastasis of the
 * organ written with no side ("lung mets") takes no one side from a biopsied lobe (table: lung / Malignant Secondary C78.0-,
 * bilateral with no bilateral code: null with C78.01 and C78.02; ANNOTATION.md "A bilateral site with no bilateral code"). Only
 * a finding noun beside the organ counts: "lungs clear bilaterally" or "both breasts imaged" place nothing in them.
 */

/** Nouns of findings a paired organ may hold on both sides. */
const FINDING_NOUNS: ReadonlySet<string> = new Set([
  'nodules', 'nodule', 'lesions', 'masses', 'metastases', 'mets', 'opacities', 'foci', 'deposits', 'implants', 'metastatic',
]);
/** Words that put the findings before them in the organ after them ("nodules in both lungs"). */
const PLACING = new Set(['in', 'throughout', 'within', 'involving']);
/** How many words (a size, "FDG-avid", "new") may stand between a finding noun and "in" before the organ. */
const NOUN_REACH = 4;

/** Whether a finding noun closes the organ's phrase ("bilateral pulmonary nodules") or stands shortly before it ("nodules in both lungs"). */
function holdsFindings(tokens: readonly Token[], site: SiteMatch): boolean {
  const sentence = tokens[site.start]?.sentence;
  const after = tokens[site.end];
  if (after !== undefined && after.sentence === sentence && FINDING_NOUNS.has(after.norm)) return true;
  if (!PLACING.has(tokens[site.start - 1]?.norm ?? '')) return false;
  for (let position = site.start - 2; position >= Math.max(0, site.start - 2 - NOUN_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (FINDING_NOUNS.has(token.norm)) return true;
  }
  return false;
}

/** The sites of paired organs where the note writes findings on both sides, in one pass over the sites by start. */
export function bilateralFindingSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[]): SiteMatch[] {
  const found: SiteMatch[] = [];
  for (let position = 0; position < sites.length; position++) {
    const site = sites[position];
    if (site === undefined || site.lymphNode || site.laterality !== 'bilateral') continue;
    if (holdsFindings(tokens, site)) found.push(site);
  }
  return found;
}
