import { presentOrDoubted, withSoleDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * A lipoma restated without a site ("the lipoma", "Lipoma - benign, no action", D17.9) in a note that places the patient's lipoma
 * at one site ("Lipoma, upper back" D17.1) is that lipoma there: the Tabular divides D17 Benign lipomatous neoplasm by site, and a
 * coder codes the most specific site the record documents for the encounter (ANNOTATION.md, "Side and sub-site documented
 * elsewhere in the note"), as `documentedHemangiomaSite.ts` does for a hemangioma. Only a present or doubted mention takes or
 * documents the site, and two sites document none.
 */

/** Tabular D17.9 Benign lipomatous neoplasm, unspecified. */
const LIPOMA_UNSPECIFIED = 'D179';
/** The lipomas placed at a site (D17.0 skin of head, face and neck … D17.7- other sites). */
const LIPOMA_SITED = /^D17[0-7]\d*$/;

/** Whether the mention may take the site its note documents: a present or doubted lipoma with no site. */
function siteLessLipoma(mention: DocumentedMention): boolean {
  return mention.code === LIPOMA_UNSPECIFIED && presentOrDoubted(mention);
}

/** The mentions with each site-less lipoma given the one site its note documents. */
export function withDocumentedLipomaSite(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  return withSoleDocumentedCode(mentions, siteLessLipoma, LIPOMA_SITED, (site) => `the lipoma's site the note documents (${site})`);
}
