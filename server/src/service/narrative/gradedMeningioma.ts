import { atGradedBehaviour } from './gradedLesion';
import type { RawMention } from './rawMention';

/**
 * "ATYPICAL MENINGIOMA (CNS WHO GRADE 2)" on the final pathology, after a pre-operative "R frontal convexity meningioma", an
 * image's "c/w meningioma" and a "dural-based tumor": a grade that changes a neoplasm's behaviour, proven anywhere in the note,
 * codes every ungraded restatement of that lesion (ANNOTATION.md, "A grade that changes a neoplasm's behaviour"; table: meninges,
 * cerebral / Uncertain Behavior D42.0, ICD-O 9539/1). The Index's "Meningioma — see Neoplasm, meninges, benign" is the default
 * only when the record gives no grade. So once a read holds a meningioma of uncertain behaviour, its benign meningiomas and the
 * tumours of unstated behaviour it places at the meninges or the dura are that lesion, at its uncertain behaviour and site;
 * a note naming meningiomas in the plural has more than one lesion, and a lesion of its own keeps its own grade.
 * It runs among the site passes, before the assertions, because the column it gives decides whether an image's "c/w
 * meningioma" is settled by the graded tissue, and it alone moves a meningeal tumour of unstated behaviour to the graded
 * lesion's site; `gradedRestatement.ts` applies the same rule to any organ's graded histology after the assertions, which it
 * needs (a denied or foreseen naming restates nothing). The rule's shared parts are in `gradedLesion.ts`.
 */

const isMeningioma = (mention: RawMention): boolean => mention.histology?.words.includes('meningioma') === true;

const MENINGEAL_ROWS = new Set(['meninges', 'dura']);

/** The read's mentions with the graded meningioma's behaviour given to its ungraded restatements (a relative's excepted). */
export function withGradedMeningiomas(mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): readonly RawMention[] {
  const graded = mentions.find((mention) => mention.column === 'uncertain' && isMeningioma(mention) && mention.site !== undefined && !relatives(mention));
  // "multiple meningiomas": a note with more than one such lesion cannot say which one a restatement is, and each keeps its own grade.
  if (graded === undefined || mentions.some((mention) => mention.histology?.words.includes('meningiomas') === true)) return mentions;
  return mentions.map((mention) => {
    if (relatives(mention)) return mention;
    if (mention.column === 'benign' && isMeningioma(mention)) return atGradedBehaviour(mention, 'uncertain');
    const row = mention.site?.path[0] ?? '';
    if (mention.column === 'unspecified' && MENINGEAL_ROWS.has(row)) return { ...mention, column: 'uncertain', site: graded.site };
    return mention;
  });
}
