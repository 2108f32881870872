import { presentOrDoubted, withSoleDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * A hemangioma the note names with no site ("MRI liver: favored hemangioma", "Observation 2 (segment 4a): … a flash-filling
 * hemangioma is less likely") in a note whose other hemangiomas are placed in one region ("stable 1.1 cm liver hemangioma",
 * "Segment 2 hemangioma") is a hemangioma of that region: the Tabular divides D18.0- Hemangioma by region (D18.01 skin and
 * subcutaneous tissue, D18.02 intracranial structures, D18.03 intra-abdominal structures, D18.09 other sites; D18.00 unspecified
 * site), and a coder codes the most specific site the record documents for the encounter (ANNOTATION.md, "Side and sub-site
 * documented elsewhere in the note"). As with the other documented sites (`documentedCode.ts`), only a present or doubted mention
 * takes it or documents it, and two documented regions leave every one as written.
 */

/** Tabular D18.00 Hemangioma unspecified site. */
const HEMANGIOMA_UNSPECIFIED = 'D1800';
/** The hemangiomas placed in a region: D18.01 skin, D18.02 intracranial, D18.03 intra-abdominal, D18.09 other sites. */
const HEMANGIOMA_SITED = /^D180[1239]$/;

/** Whether the mention may take the region its note documents: a present or doubted hemangioma with no site. */
function siteLessHemangioma(mention: DocumentedMention): boolean {
  return mention.code === HEMANGIOMA_UNSPECIFIED && presentOrDoubted(mention);
}

/** The mentions with each site-less hemangioma given the one region its note documents. */
export function withDocumentedHemangiomaSite(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  return withSoleDocumentedCode(mentions, siteLessHemangioma, HEMANGIOMA_SITED, (region) => `the hemangioma's region the note documents (${region})`);
}
