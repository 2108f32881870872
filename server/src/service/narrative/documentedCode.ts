import { toDotted } from '../codes/codeText';
import type { DocumentedMention } from './model';

/**
 * What the passes that give a mention the site or type its note documents elsewhere share (`documentedLiverType.ts`,
 * `documentedBileDuct.ts`, `documentedMesotheliomaSite.ts`, `documentedCnsSite.ts`,
 * `documentedHemangiomaSite.ts`, `documentedLipomaSite.ts`, `documentedFibroidLayer.ts`, `documentedBenignSide.ts`;
 * ANNOTATION.md, "Side and sub-site documented elsewhere in the note"): which mentions may take it, how a mention takes it,
 * and, for the passes whose note documents one code of a family, the one walk that finds that code.
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

/** The one code of `family` the note's present or doubted mentions carry, or undefined when none carries one or two differ. */
export function soleDocumentedCode(mentions: readonly DocumentedMention[], family: RegExp): string | undefined {
  let found: string | undefined;
  for (const mention of mentions) {
    if (!presentOrDoubted(mention) || mention.code === null || !family.test(mention.code)) continue;
    if (found !== undefined && found !== mention.code) return undefined;
    found = mention.code;
  }
  return found;
}

/**
 * The mentions with each one `takes` accepts coded the one code of `family` its note documents (`soleDocumentedCode`), the
 * source naming it (`why` of the dotted code); as written when no mention takes it or the note documents none or two.
 */
export function withSoleDocumentedCode(
  mentions: readonly DocumentedMention[], takes: (mention: DocumentedMention) => boolean, family: RegExp, why: (dotted: string) => string,
): readonly DocumentedMention[] {
  if (!mentions.some(takes)) return mentions;
  const code = soleDocumentedCode(mentions, family);
  return code === undefined ? mentions : withDocumentedCode(mentions, takes, code, why(toDotted(code)));
}
