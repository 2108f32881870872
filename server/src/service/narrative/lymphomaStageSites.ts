import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Mantle cell lymphoma, blastoid variant, stage IVB (nodes above and below diaphragm, marrow, colon)": an Ann Arbor stage lists
 * where the lymphoma itself is, and a lymphoma has no secondary of its own: its extent is the fifth character of C81–C85
 * (ANNOTATION.md, "Stage or node regions in the lymphoma's own sentence", and "a lymphoma's own nodes are not C77"). So a
 * stage IV list lead ("stage IVB (", `histologyTermFamilies.ts`), which reads a solid cancer's listed sites as its distant
 * spread, names no secondary when the mention before it in its sentence is a lymphoma.
 */

function isStageListSecondary(mention: RawMention): boolean {
  return mention.column === 'secondary' && mention.histology?.listOnly === true && mention.histology.words.startsWith('stage');
}

/** The mentions without the stage-list secondaries of a lymphoma's own stage; one pass, the mentions in text order. */
export function withoutLymphomaStageSites(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  if (!mentions.some(isStageListSecondary)) return [...mentions];
  let lymphomaSentence = -1;
  return mentions.filter((mention) => {
    const sentence = tokens[mention.start]?.sentence ?? -2;
    if (isStageListSecondary(mention)) return sentence !== lymphomaSentence;
    lymphomaSentence = mention.morphology?.siteAxis === 'lymphoma' ? sentence : -1;
    return true;
  });
}
