import { BRAIN_SUBSITES } from './organSubsites';
import type { RawMention } from './rawMention';
import { samePath } from './siteMatch';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * "L frontal resection cavity with stable surrounding T2/FLAIR signal, no nodular enhancement to suggest recurrent glioma": a
 * glioma weighed in the sentence that describes a place of the brain by its lobe is that place's, denied or not (ANNOTATION.md,
 * round 17: "A negated finding that names its own site takes that site"; table: brain, frontal lobe / Malignant Primary C71.1).
 * The lobe must describe the finding's place (a lesion, a resection cavity or bed), and one lobe only.
 */

/** Nouns of the place a lobe word describes: a lesion, or what the resection of one left. */
const PLACE_NOUNS = new Set(['mass', 'lesion', 'tumor', 'tumour', 'cavity', 'bed', 'enhancement']);
/** How many words before the glioma its sentence may name the lobe. */
const LOBE_REACH = 24;

/**
 * The glioma (a primary whose histology implies the brain) written at the brain as a whole, placed at the lobe its own sentence
 * names: that lobe is its written site, so it is kept when the glioma is denied. Any other mention is returned as it is.
 */
export function withOwnSentenceLobe(tokens: readonly Token[], mention: RawMention): RawMention {
  const site = mention.site;
  const written = mention.writtenSite ?? site;
  if (site === undefined || written === undefined || site.lymphNode || mention.column !== 'primary') return mention;
  if (mention.histology?.impliedSite?.[0] !== 'brain' || !samePath(written.path, ['brain'])) return mention;
  const lobe = ownSentenceLobe(tokens, mention.start);
  return lobe === undefined ? mention : { ...mention, site: { ...site, path: lobe }, writtenSite: undefined };
}

/** The one lobe the glioma's own sentence names before it for a place, or undefined. */
function ownSentenceLobe(tokens: readonly Token[], start: number): readonly string[] | undefined {
  const sentence = tokens[start]?.sentence;
  let found: readonly string[] | undefined;
  for (let position = start - 1; position >= Math.max(0, start - LOBE_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) break;
    if ((token.classes & WORD_CLASS.brainSubsite) === 0) continue;
    const path = BRAIN_SUBSITES.get(token.norm);
    if (path === undefined || !namesPlace(tokens, position)) continue;
    if (found !== undefined && !samePath(found, path)) return undefined;
    found = path;
  }
  return found;
}

/** Whether a place noun follows the lobe word within two words ("R temporal cavity", "L frontal resection cavity"). */
function namesPlace(tokens: readonly Token[], position: number): boolean {
  for (let next = position + 1; next <= position + 3; next++) if (PLACE_NOUNS.has(tokens[next]?.norm ?? '')) return true;
  return false;
}
