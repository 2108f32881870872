import { toDotted } from '../codes/codeText';
import { presentOrDoubted, withDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * A benign neoplasm of a paired organ written with no side ("3. Adrenal adenoma, nonfunctional, stable": table: adrenal / Benign
 * D35.0-, null) in a note that documents the same organ's benign neoplasm on one side ("L adrenal nodule 1.8 cm … c/w lipid-rich
 * adenoma", D35.02) is that neoplasm: a coder codes the most specific site the record documents for the encounter (ANNOTATION.md,
 * "Side and sub-site documented elsewhere in the note"), as `encounterSites.ts` reads a cancer's side. The documented code is the
 * one of the mention's own candidates the note's coded benign mentions name; two of them (both sides) leave it null, and as in the
 * other passes of `documentedCode.ts` only a present or doubted mention takes it or documents it.
 */

/** Whether the mention is a benign neoplasm that lacks only its side or part: coded null, with its row's codes as candidates. */
function unsidedBenign(mention: DocumentedMention): boolean {
  return mention.code === null && mention.column === 'benign' && mention.candidates.length > 0 && presentOrDoubted(mention);
}

/** The codes of the note's present or doubted benign mentions coded by side or part. */
function documentedBenignCodes(mentions: readonly DocumentedMention[]): ReadonlySet<string> {
  const codes = new Set<string>();
  for (const mention of mentions) if (mention.column === 'benign' && mention.code !== null && presentOrDoubted(mention)) codes.add(mention.code);
  return codes;
}

/** The one of the mention's candidates the note documents, or undefined when none or two. */
function documentedCandidate(mention: DocumentedMention, codes: ReadonlySet<string>): string | undefined {
  let found: string | undefined;
  for (const candidate of mention.candidates) {
    if (!codes.has(candidate)) continue;
    if (found !== undefined) return undefined;
    found = candidate;
  }
  return found;
}

/** The mentions with each side-less benign neoplasm given the one side its note documents for that row. */
export function withDocumentedBenignSide(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(unsidedBenign)) return mentions;
  const codes = documentedBenignCodes(mentions);
  if (codes.size === 0) return mentions;
  return mentions.map((mention) => {
    if (!unsidedBenign(mention)) return mention;
    const code = documentedCandidate(mention, codes);
    return code === undefined ? mention : withDocumentedCode([mention], () => true, code, `the side the note documents for the benign neoplasm (${toDotted(code)})`)[0] ?? mention;
  });
}
