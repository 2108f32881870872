import { presentOrDoubted, withSoleDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';
import { withPleuralMesothelioma } from './pleuralMesothelioma';

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

/**
 * The mentions with each site-less mesothelioma given the one site its note documents; one the note's mentions place nowhere
 * takes the pleura when that is the one serous cavity the note names (pleuralMesothelioma.ts).
 */
export function withDocumentedMesotheliomaSite(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  const documented = withSoleDocumentedCode(mentions, siteLessMesothelioma, MESOTHELIOMA_SITED, (site) => `the mesothelioma's site the note documents (${site})`);
  return withPleuralMesothelioma(text, documented);
}
