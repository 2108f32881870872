import type { RawMention } from './rawMention';
import { isPendingCarcinoma, nearestFinder, restated } from './restatedCarcinoma';
import type { SiteMatch } from './siteFinder';

/**
 * "Right frontal craniotomy for resection of extra-axial tumor … Tumor firm, gray … ATYPICAL MENINGIOMA (CNS WHO GRADE 2)": in a
 * note with no cancer, a site-less "tumor" left unplaced by the cancer and tumour passes restates the neoplasm the record proves,
 * whatever its behaviour, when the patient's neoplasms written with a site (not lesion words) are all of one organ
 * (test/narrative/corpus/ANNOTATION.md round 22, "Tumor" restating a proven neoplasm takes that neoplasm's code). It takes the
 * nearest one's site and column, and `provenLesion.ts` then gives it the column the note proves at that organ. A note with a
 * cancer or a spread is the cancer passes' (`restatedCarcinoma.ts`), and neoplasms of two organs leave "the tumor" open.
 */

/** A neoplasm of the patient's written with its organ whose behaviour is not malignant (a meningioma, a desmoid). */
function isOrganNeoplasm(mention: RawMention): mention is RawMention & { readonly site: SiteMatch } {
  return (mention.column === 'benign' || mention.column === 'uncertain') && mention.histology?.namesLesion !== true
    && mention.restatedOnly !== true && mention.site !== undefined && !mention.site.lymphNode;
}

/** A malignancy of the patient's, primary or spread, written anywhere in the note. */
function isMalignant(mention: RawMention): boolean {
  return mention.column === 'primary' || mention.column === 'secondary';
}

/** A site-less tumour still waiting for the encounter's organ. */
function isPendingTumour(mention: RawMention): boolean {
  return isPendingCarcinoma(mention) && mention.histology?.namesLesion === true;
}

/** The mentions, with each site-less tumour placed at the one organ of the note's proven non-malignant neoplasms. */
export function withProvenNeoplasmTumours(
  mentions: readonly RawMention[], aboutRelative: (mention: RawMention) => boolean, past: (mention: RawMention) => boolean,
): readonly RawMention[] {
  if (!mentions.some(isPendingTumour)) return mentions;
  const patients = mentions.filter((mention) => !aboutRelative(mention) && !past(mention));
  if (patients.some(isMalignant)) return mentions;
  const neoplasms = patients.filter(isOrganNeoplasm);
  const organ = neoplasms[0]?.site.path[0];
  if (organ === undefined || neoplasms.some((neoplasm) => neoplasm.site.path[0] !== organ)) return mentions;
  // Only a neoplasm the record proves of uncertain behaviour (a graded meningioma, a desmoid) makes the note's tumour words its own:
  // beside a benign one alone ("oncocytoma … separate from the tumor") "the tumor" may be another lesion.
  if (!neoplasms.some((neoplasm) => neoplasm.column === 'uncertain')) return mentions;
  const nearestTo = nearestFinder(neoplasms);
  return mentions.map((mention) => (isPendingTumour(mention) ? restated(mention, nearestTo(mention.anchorStart)) : mention));
}
