import type { DocumentedMention } from './model';

/**
 * What the passes that give a mention the site or type its note documents elsewhere share (`documentedLiverType.ts`,
 * `documentedBileDuct.ts`, `documentedMesotheliomaSite.ts`, `documentedCnsSite.ts`,
 * `documentedHemangiomaSite.ts`, `documentedBenignSide.ts`; ANNOTATION.md, "Side and sub-site
 * documented elsewhere in the note"): which mentions may take it, and how a mention takes it.
 */

/** Whether the mention is the patient's, present or doubted: a denied, hypothetical, past or relative's one is coded as written. */
export function presentOrDoubted(mention: DocumentedMention): boolean {
  return mention.assertion === 'present' || mention.assertion === 'uncertain';
}

/** The mentions with each one `takes` accepts coded `code`, its source saying which documentation gave it (`why`). */
export function withDocumentedCode(
  mentions: readonly DocumentedMention[], takes: (mention: DocumentedMention) => boolean, code: string, why: string,
): readonly DocumentedMention[] {
  return mentions.map((mention) => (takes(mention) ? { ...mention, code, candidates: [], source: `${mention.source}; ${why}` } : mention));
}
