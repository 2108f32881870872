import { primaryPlaceOfRecurrence } from './anastomoticRecurrence';
import { SPREAD_ORGANS } from './neuroendocrineNote';
import type { RawMention } from './rawMention';
import { isOrganPrimary } from './restatedCarcinoma';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "No evidence of recurrence at the anastomosis" in the note of an ileal neuroendocrine tumour resected by ileocecectomy: a
 * recurrence at the join the resection left is the resected tumour's own local recurrence (ANNOTATION.md, "a recurrence in the
 * primary's own bed or at its anastomosis is the primary"; round 22, a denied recurrence of the patient's documented cancer takes
 * its documented site). The carcinoid is coded by its morphology and its organ (Index: Tumor, neuroendocrine, well differentiated
 * → carcinoid, malignant, ileum C7A.012), so it is no carcinoma `restatedCarcinoma.ts` restates: the recurrence takes the
 * carcinoid's morphology and site here, when the note's own carcinoid primaries are of one organ and it names no carcinoma of its
 * own. Its words keep their assertion (a denied recurrence negated).
 */

/** Whether a mention is the patient's malignant carcinoid at its primary organ (not a node, nor an organ where it spreads). */
function isCarcinoidPrimary(mention: RawMention): mention is RawMention & { readonly site: SiteMatch } {
  const site = mention.site;
  return mention.morphology?.siteAxis === 'carcinoid' && mention.morphology.benign !== true && mention.column !== 'secondary'
    && mention.restatedOnly !== true && site !== undefined && !site.lymphNode && !SPREAD_ORGANS.has(site.path[0] ?? '');
}

/** Whether a mention is a site-less recurrence waiting at the primary's anastomosis (`anastomoticRecurrence.ts`). */
function isPendingAnastomotic(tokens: readonly Token[], mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site === undefined && mention.histology?.nodesOnly === true
    && primaryPlaceOfRecurrence(tokens, mention.anchorStart, mention.anchorEnd) >= 0;
}

/** The mentions, with each recurrence at the anastomosis placed as the note's one carcinoid primary when there is one. */
export function withAnastomoticCarcinoids(tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): readonly RawMention[] {
  if (!mentions.some((mention) => isPendingAnastomotic(tokens, mention))) return mentions;
  const patients = mentions.filter((mention) => !relatives(mention));
  if (patients.some(isOrganPrimary)) return mentions;
  const carcinoids = patients.filter(isCarcinoidPrimary);
  const organs = new Set(carcinoids.map((carcinoid) => carcinoid.site.path[0]));
  // The deepest naming of the one organ ("terminal ileum" over "small bowel") is the one the record documents most specifically.
  const tumour = carcinoids.reduce<(RawMention & { readonly site: SiteMatch }) | undefined>((best, next) => (best === undefined || next.site.path.length > best.site.path.length ? next : best), undefined);
  if (tumour === undefined || organs.size !== 1) return mentions;
  return mentions.map((mention) => (isPendingAnastomotic(tokens, mention)
    ? { ...mention, column: tumour.column, morphology: tumour.morphology, site: { ...tumour.site, start: mention.anchorStart, end: mention.anchorStart }, restatedOnly: false }
    : mention));
}
