import type { RawMention } from './rawMention';
import { isPendingCarcinoma, nearestFinder, restated } from './restatedCarcinoma';
import type { SiteMatch } from './siteFinder';

/**
 * "PREOPERATIVE DIAGNOSIS: Bladder tumor … 1 cm papillary tumor at the dome … The L lateral wall tumor was resected": in a
 * note whose tumours written with a site are all of one organ, a site-less "tumor" left unplaced by the encounter's cancer
 * (`restatedCarcinoma.ts`: none written, or cancers of two organs such as a past prostate cancer) restates that organ's
 * tumour. It takes the tumour's site and its unspecified behaviour (Index: Tumor — see Neoplasm, unspecified behavior;
 * ANNOTATION.md, 'Tumor' of an unproven lesion is D49.- by site), and the cancer a later pathology proves at the organ
 * gives it its column as it gives the tumour's (`provenLesion.ts`). Where a spread is written "the tumor" may be a
 * metastasis, so nothing is placed, as for a cancer's tumour.
 */

/** A tumour written at an organ with its behaviour unproven ("Bladder tumor", "L renal tumor"). */
function isOrganTumour(mention: RawMention): mention is RawMention & { readonly site: SiteMatch } {
  return mention.column === 'unspecified' && mention.histology?.namesLesion === true && mention.restatedOnly !== true
    && mention.site !== undefined && !mention.site.lymphNode;
}

/** A site-less tumour still waiting for the encounter's organ. */
function isPendingTumour(mention: RawMention): boolean {
  return isPendingCarcinoma(mention) && mention.histology?.namesLesion === true;
}

/** The mentions, with each site-less tumour placed at the one organ of the note's tumours written with a site. */
export function withRestatedTumours(mentions: readonly RawMention[], aboutRelative: (mention: RawMention) => boolean): readonly RawMention[] {
  if (!mentions.some(isPendingTumour)) return mentions;
  const tumours = mentions.filter((mention): mention is RawMention & { readonly site: SiteMatch } => isOrganTumour(mention) && !aboutRelative(mention));
  const organ = tumours[0]?.site.path[0];
  if (organ === undefined || tumours.some((tumour) => tumour.site.path[0] !== organ)) return mentions;
  if (mentions.some((mention) => mention.column === 'secondary' && mention.site?.lymphNode !== true)) return mentions;
  const nearestTo = nearestFinder(tumours);
  return mentions.map((mention) => (isPendingTumour(mention) ? restated(mention, nearestTo(mention.anchorStart)) : mention));
}
