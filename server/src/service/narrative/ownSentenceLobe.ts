import { BRAIN_SUBSITES } from './organSubsites';
import type { RawMention } from './rawMention';
import { sentenceStart } from './sentenceWindow';
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

/**
 * The one lobe the glioma's own sentence names before it for a place, or undefined; read from the sentence's start as
 * `sentenceStart` finds it, at most `SENTENCE_START_REACH` words back, so the look stays bounded in a long sentence.
 */
function ownSentenceLobe(tokens: readonly Token[], start: number): readonly string[] | undefined {
  return oneLobeBetween(tokens, sentenceStart(tokens, start), start, namesPlace);
}

/**
 * The one lobe written from `first` up to `end` (exclusive) with a word `describes` accepts for it, or undefined when none is, or
 * two lobes are; shared with `brainLesionLobe.ts`, which reads the whole encounter for a lesion's lobe. The sub-site words' class
 * bit turns away every other token before the map is asked.
 */
export function oneLobeBetween(
  tokens: readonly Token[], first: number, end: number, describes: (tokens: readonly Token[], position: number) => boolean,
): readonly string[] | undefined {
  let found: readonly string[] | undefined;
  for (let position = first; position < end; position++) {
    const token = tokens[position];
    if (token === undefined || (token.classes & WORD_CLASS.brainSubsite) === 0) continue;
    const path = BRAIN_SUBSITES.get(token.norm);
    if (path === undefined || !describes(tokens, position)) continue;
    if (found !== undefined && !samePath(found, path)) return undefined;
    found = path;
  }
  return found;
}

/** Whether a place noun follows the lobe word within three words ("R temporal cavity", "L frontal resection cavity"). */
function namesPlace(tokens: readonly Token[], position: number): boolean {
  for (let next = position + 1; next <= position + 3; next++) if (PLACE_NOUNS.has(tokens[next]?.norm ?? '')) return true;
  return false;
}
