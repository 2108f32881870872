import { presentOrDoubted, withDocumentedCode } from './documentedCode';
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

/** The one liver type the note's present or doubted mentions document, or undefined when none, two, or a liver metastasis is written. */
function documentedType(mentions: readonly DocumentedMention[]): string | undefined {
  let type: string | undefined;
  for (const mention of mentions) {
    if (!presentOrDoubted(mention)) continue;
    if (mention.code === LIVER_SECONDARY) return undefined;
    if (mention.code === null || !LIVER_TYPED.test(mention.code)) continue;
    if (type !== undefined && type !== mention.code) return undefined;
    type = mention.code;
  }
  return type;
}

/** The mentions with each untyped liver cancer given the one type its note documents. One pass to find the type, one to apply it. */
export function withDocumentedLiverType(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(untypedLiverCancer)) return mentions;
  const type = documentedType(mentions);
  if (type === undefined) return mentions;
  const source = `the liver cancer's type the note documents (${type.slice(0, 3)}.${type.slice(3)})`;
  return withDocumentedCode(mentions, untypedLiverCancer, type, source);
}
