import { presentOrDoubted, withDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * A mesothelioma the note names with no site ("cytology: atypical mesothelial cells, cannot exclude mesothelioma") in a note
 * that places its mesothelioma at one site ("concerning for malignant pleural mesothelioma") is that mesothelioma: the Index
 * codes a mesothelioma by its site (Mesothelioma, malignant, pleura C45.0, peritoneum C45.1, pericardium C45.2, other sites
 * C45.7; C45.9 unspecified), and a coder codes the most specific site the record documents for the encounter (ANNOTATION.md,
 * "Side and sub-site documented elsewhere in the note"). As with a side or sub-site, only a present or doubted mention takes
 * it: a denied, hypothetical or relative's one is coded as written, and two documented sites leave every one as written.
 */

/** Tabular C45.9 Mesothelioma, unspecified. */
const MESOTHELIOMA_UNSPECIFIED = 'C459';
/** The sited mesotheliomas: C45.0 pleura, C45.1 peritoneum, C45.2 pericardium, C45.7 other sites. */
const MESOTHELIOMA_SITED = /^C45[0127]$/;

/** Whether the mention may take the site its note documents: a present or doubted mesothelioma with no site. */
function siteLessMesothelioma(mention: DocumentedMention): boolean {
  return mention.code === MESOTHELIOMA_UNSPECIFIED && presentOrDoubted(mention);
}

/** The one mesothelioma site the patient's own present or doubted mentions document, or undefined when none or two. */
function documentedSite(mentions: readonly DocumentedMention[]): string | undefined {
  let site: string | undefined;
  for (const mention of mentions) {
    if (!presentOrDoubted(mention)) continue;
    if (mention.code === null || !MESOTHELIOMA_SITED.test(mention.code)) continue;
    if (site !== undefined && site !== mention.code) return undefined;
    site = mention.code;
  }
  return site;
}

/** The mentions with each site-less mesothelioma given the one site its note documents. One pass to find the site, one to apply it. */
export function withDocumentedMesotheliomaSite(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(siteLessMesothelioma)) return mentions;
  const site = documentedSite(mentions);
  if (site === undefined) return mentions;
  const source = `the mesothelioma's site the note documents (${site.slice(0, 3)}.${site.slice(3)})`;
  return withDocumentedCode(mentions, siteLessMesothelioma, site, source);
}
