import { presentOrDoubted, withSoleDocumentedCode } from './documentedCode';
import { gradedByLiradsCategory } from './liradsCategory';
import type { DocumentedMention } from './model';

/**
 * A liver cancer the note names by its organ only ("The liver cancer is spreading", "Hypervascular tumor in segment 7" of a
 * proven cancer) in a note that documents its type as a hepatocellular carcinoma is that carcinoma: C22.9 is the liver
 * "not specified as primary or secondary", and a coder codes the most specific diagnosis the record documents for the
 * encounter (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; Index: Carcinoma, hepatocellular C22.0).
 * As with a side or sub-site, only a present or doubted mention takes it or documents it (a denied, feared or past one is coded
 * as written and types nothing the encounter treats), and
 * only when the note types its liver cancers one way and places no metastasis in the liver, where "liver cancer" could
 * be either.
 */

/** Tabular C22.9 Malignant neoplasm of liver, not specified as primary or secondary. */
const LIVER_UNSPECIFIED = 'C229';
/** The liver's typed primaries (C22.0 liver cell carcinoma … C22.8 other specified); the note must document one only. */
const LIVER_TYPED = /^C22[0-8]$/;
/** Tabular C78.7 Secondary malignant neoplasm of liver and intrahepatic bile duct. */
const LIVER_SECONDARY = 'C787';

/** Whether the mention may take the type its note documents: a present or doubted liver cancer of no stated type. */
function untypedLiverCancer(mention: DocumentedMention): boolean {
  return mention.code === LIVER_UNSPECIFIED && presentOrDoubted(mention);
}

/** Whether the note's present or doubted mentions place a metastasis in the liver, where "liver cancer" could be either. */
function documentsLiverMetastasis(mentions: readonly DocumentedMention[]): boolean {
  return mentions.some((mention) => presentOrDoubted(mention) && mention.code === LIVER_SECONDARY);
}

/**
 * The mentions with each untyped liver cancer given the one type its note's present or doubted mentions document (`soleDocumentedCode`);
 * a "malignancy" an LI-RADS category grades is its own observation's and keeps the liver's code (liradsCategory.ts).
 */
export function withDocumentedLiverType(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  const takes = (mention: DocumentedMention): boolean => untypedLiverCancer(mention) && !gradedByLiradsCategory(text, mention.span.offset);
  if (!mentions.some(takes) || documentsLiverMetastasis(mentions)) return mentions;
  return withSoleDocumentedCode(mentions, takes, LIVER_TYPED, (dotted) => `the liver cancer's type the note documents (${dotted})`);
}
