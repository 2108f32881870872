import { withDocumentedCode } from './documentedCode';
import type { DocumentedMention } from './model';

/**
 * "Asbestos exposure hx, pleural plaques on CT; r/o mesothelioma", "Pleural fluid, right, thoracentesis … Mesothelioma is not
 * favored": a mesothelioma written with no site in a note whose one serous cavity is the pleura is weighed at that pleura. A
 * mesothelioma is a tumour of a serous lining, which the Index codes by that lining (Mesothelioma, pleura C45.0, peritoneum
 * C45.1, pericardium C45.2), and the lining the note examines (its effusion, plaques, thickening or fluid specimen) is the one
 * the clinician or the cytopathologist doubts or weighs it in, as an uncertain mention of a lesion under evaluation takes the
 * lesion's documented site (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"). A denial takes it only in a
 * note about the pleura's fluid, the specimen whose tumour the report denies (ANNOTATION.md: "Negative for X" in a pathology
 * part denies it at the part's site). A risk, a relative's or a past mesothelioma, and any note that also names another
 * serous cavity (the peritoneum, ascites, the pericardium), stay as written (C45.9).
 */

/** Tabular C45.9 Mesothelioma, unspecified. */
const MESOTHELIOMA_UNSPECIFIED = 'C459';
/** Tabular C45.0 Mesothelioma of pleura. */
const PLEURAL_MESOTHELIOMA = 'C450';

/** Words that name the pleura or a tap of its fluid. */
const PLEURA_WORDS = /\b(?:pleura|pleurae|pleural|thoracentesis|thoracenteses|pleurx)\b/i;
/** Words that name another serous cavity, where a site-less mesothelioma could be either's. */
const OTHER_SEROSA_WORDS = /\b(?:peritoneum|peritoneal|ascites|ascitic|paracentesis|omentum|omental|pericardium|pericardial|pericardiocentesis|vaginalis)\b/i;
/** Words that name the pleura's fluid as the note's specimen. */
const PLEURAL_FLUID_WORDS = /\b(?:pleural (?:fluid|effusion)|thoracentesis)\b/i;

/** Whether the mention is a site-less mesothelioma the note's pleura may place: the patient's, present, doubted or denied. */
function siteLessMesothelioma(mention: DocumentedMention): boolean {
  return mention.code === MESOTHELIOMA_UNSPECIFIED && (mention.assertion === 'present' || mention.assertion === 'uncertain' || mention.assertion === 'negated');
}

/** The mentions with each site-less mesothelioma placed at the pleura when the note's one serous cavity is the pleura. */
export function withPleuralMesothelioma(text: string, mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(siteLessMesothelioma) || !PLEURA_WORDS.test(text) || OTHER_SEROSA_WORDS.test(text)) return mentions;
  const fluidSpecimen = PLEURAL_FLUID_WORDS.test(text);
  const takes = (mention: DocumentedMention): boolean => siteLessMesothelioma(mention) && (mention.assertion !== 'negated' || fluidSpecimen);
  return withDocumentedCode(mentions, takes, PLEURAL_MESOTHELIOMA, 'the one serous cavity the note examines, the pleura (Index: Mesothelioma, pleura C45.0)');
}
