import type { Token } from './tokens';
import { type RawMention, inOneShape } from './rawMention';
import { inMarginItem } from './siteContext';
import { isNoSecondarySite } from './notDiagnoses';
import { awaitsMarginTumour } from './marginMorphology';

/**
 * The mentions in one shape, without those in a margin item that found no site or a secondary where none is written. A loop
 * pushing into a literal rather than `map` and `filter`: the array it builds has the same elements kind
 * whether the caller runs interpreted or optimised, whereas an optimised `map` may hand `filter` an array
 * of another map than the one the interpreter recorded, which sent the optimised finder back to the
 * interpreter on its next read.
 */
export function reportedMentions(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const reported: RawMention[] = [];
  for (const found of mentions) {
    const mention = inOneShape(found);
    if (!(inMarginItem(tokens, mention.anchorStart) && mention.site === undefined && !awaitsMarginTumour(tokens, mention)) && !(mention.column === 'secondary' && isNoSecondarySite(tokens, mention.site))) reported.push(mention);
  }
  return reported;
}
