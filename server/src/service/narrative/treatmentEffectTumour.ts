import { deniedWhereWritten } from './deniedSpread';
import { isPendingCarcinoma, nearestFinder, restated } from './restatedCarcinoma';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import { weighedAgainstTreatment } from './treatmentEffect';

/**
 * "Perfusion favors radiation necrosis; recurrent tumor not excluded", "Findings favor radiation necrosis over tumor progression",
 * "path would distinguish tumor vs necrosis": a site-less tumour weighed against the effects of its own treatment
 * is the treated lesion, and after radiation to the brain that lesion is the brain neoplasm the note documents (a metastasis C79.31,
 * a glioblastoma C71.-). The encounter's cancer may have spread, which keeps the other restatement passes from placing "the tumor"
 * (`restatedCarcinoma.ts`), but the weighing names which lesion is meant: the one treated, at the brain. It is placed only when the
 * patient's brain neoplasms written with a site are all of one column (all metastases, or all primaries), so the code is one the note
 * already gives (ANNOTATION.md, "Tumor" of a proven cancer; Guidelines IV.H for the hedge the assertion keeps).
 */

/** A mention with a site of its own. */
type SitedMention = RawMention & { readonly site: SiteMatch };

/** A patient's neoplasm written at the brain itself, primary or spread, not denied where it is written. */
function brainNeoplasm(tokens: readonly Token[], aboutRelative: (mention: RawMention) => boolean): (mention: RawMention) => mention is SitedMention {
  return (mention: RawMention): mention is SitedMention => mention.restatedOnly !== true && mention.site?.path[0] === 'brain'
    && !mention.site.lymphNode && (mention.column === 'primary' || mention.column === 'secondary') && !aboutRelative(mention) && !deniedWhereWritten(tokens, mention);
}

/** The mentions, with each site-less tumour weighed against its treatment's effect placed at the note's one kind of brain neoplasm. */
export function withTreatmentEffectTumours(tokens: readonly Token[], mentions: readonly RawMention[], aboutRelative: (mention: RawMention) => boolean): readonly RawMention[] {
  const waiting = (mention: RawMention): boolean => isPendingCarcinoma(mention) && mention.histology?.namesLesion === true;
  if (!mentions.some(waiting)) return mentions;
  const brain = mentions.filter(brainNeoplasm(tokens, aboutRelative));
  const column = brain[0]?.column;
  if (column === undefined || brain.some((mention) => mention.column !== column)) return mentions;
  const nearestTo = nearestFinder(brain);
  return mentions.map((mention) => (waiting(mention) && weighedAgainstTreatment(tokens, mention.start, mention.end) ? restated(mention, nearestTo(mention.anchorStart)) : mention));
}
