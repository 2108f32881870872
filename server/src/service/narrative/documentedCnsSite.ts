import { presentOrDoubted, withDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * "CNS mets 2024 -> SRS x3 to L frontal, R parietal, R cerebellar lesions … treated brain metastases": a metastasis to the central
 * nervous system as a whole (table: nervous system (central) / Malignant Secondary C79.40) in a note whose present or doubted
 * nervous-system metastases are all of the brain (C79.31) is those brain metastases: a coder codes the most specific site the
 * record documents for the encounter (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"). A metastasis the note
 * places in the meninges or the spine (C79.32, C79.49) leaves it as written, and so does a denied, hypothetical or relative's one.
 */

/** Tabular C79.40 Secondary malignant neoplasm of unspecified part of nervous system. */
const CNS_UNSPECIFIED = 'C7940';
/** Tabular C79.31 Secondary malignant neoplasm of brain. */
const BRAIN_SECONDARY = 'C7931';
/** The other parts of the nervous system a metastasis may be placed in: cerebral meninges C79.32, other parts C79.49. */
const OTHER_NERVOUS_SECONDARY: ReadonlySet<string> = new Set(['C7932', 'C7949']);

/** Whether the note's asserted nervous-system metastases are of the brain only, with at least one there. */
function brainOnly(mentions: readonly DocumentedMention[]): boolean {
  let brain = false;
  for (const mention of mentions) {
    if (!presentOrDoubted(mention) || mention.code === null) continue;
    if (OTHER_NERVOUS_SECONDARY.has(mention.code)) return false;
    if (mention.code === BRAIN_SECONDARY) brain = true;
  }
  return brain;
}

/** The mentions with each asserted CNS metastasis given the brain when the note's other nervous-system metastases are all there. */
export function withDocumentedCnsSite(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  const unplaced = (mention: DocumentedMention): boolean => mention.code === CNS_UNSPECIFIED && presentOrDoubted(mention);
  if (!mentions.some(unplaced) || !brainOnly(mentions)) return mentions;
  const source = 'the brain the note documents its nervous-system metastases in (C79.31)';
  return withDocumentedCode(mentions, unplaced, BRAIN_SECONDARY, source);
}
