import type { RawMention } from './rawMention';
import { samePath } from './siteMatch';
import { isSideWord } from './sideAfter';
import { oneLobeBetween, withOwnSentenceLobe } from './ownSentenceLobe';
import type { Token } from './tokens';

/**
 * "MRI brain: 4.1 cm rim-enhancing necrotic mass R frontoparietal … PATHOLOGY: Glioblastoma, IDH-wildtype": a
 * glioma written with no sub-site of its own is the brain lesion the encounter describes by its lobe (Table of
 * Neoplasms: brain, overlapping lesion C71.8; brain, frontal lobe C71.1 …), as ANNOTATION.md's "Side and
 * sub-site documented elsewhere in the note" codes the most specific site the record documents. The lobe is
 * read only where it describes a lesion ("L frontoparietal mass", "mass R frontoparietal", "lesion L frontal
 * lobe"), since "frontal" alone may be a bone or a headache; two lobes in the encounter leave the glioma at the
 * brain (metastases in several lobes, or two lesions), and a denied or hypothetical glioma keeps its written
 * site (`writtenSite`).
 */
export function withBrainLesionLobe(tokens: readonly Token[], written: readonly RawMention[]): RawMention[] {
  // A glioma weighed in a sentence that names its place by the lobe is that lobe's, denied or not (ownSentenceLobe.ts).
  const mentions = written.map((mention) => withOwnSentenceLobe(tokens, mention));
  if (!mentions.some(isUnlobedGlioma)) return mentions;
  const lobe = onlyLesionLobe(tokens);
  if (lobe === undefined) return mentions;
  return mentions.map((mention) => {
    const site = mention.site;
    if (site === undefined || !isUnlobedGlioma(mention)) return mention;
    return { ...mention, site: { ...site, path: lobe }, writtenSite: mention.writtenSite ?? site };
  });
}

/** A primary whose histology implies the brain (glioma, GBM, astrocytoma) and whose site is the brain as a whole. */
function isUnlobedGlioma(mention: RawMention): boolean {
  const implied = mention.histology?.impliedSite;
  const brainPrimary = mention.column === 'primary' && implied?.[0] === 'brain';
  return (brainPrimary || isNeoplasmOfBrain(mention)) && mention.site !== undefined && !mention.site.lymphNode && samePath(mention.site.path, ['brain']);
}

/** The words of a neoplasm named by its behaviour alone, as a code title names it. */
const NEOPLASM_WORDS = new Set(['neoplasm', 'benign neoplasm', 'malignant neoplasm']);

/**
 * "( ) Primary malignant neoplasm of brain", "( ) Benign neoplasm of brain": a primary or benign neoplasm written of the
 * brain with no lobe is the brain lesion the encounter describes by its lobe, as a glioma is (table: brain, frontal lobe
 * C71.1 / Benign D33.0).
 */
function isNeoplasmOfBrain(mention: RawMention): boolean {
  return (mention.column === 'primary' || mention.column === 'benign') && NEOPLASM_WORDS.has(mention.histology?.words ?? '');
}

/** Nouns of a lesion that a lobe adjective may describe. */
const LESION_NOUNS = new Set(['mass', 'lesion', 'tumor', 'tumour', 'neoplasm']);

/** The one lobe the encounter writes with a lesion noun, or undefined when it writes none or two (`oneLobeBetween`). */
function onlyLesionLobe(tokens: readonly Token[]): readonly string[] | undefined {
  return oneLobeBetween(tokens, 0, tokens.length, describesLesion);
}

/**
 * Whether the lobe word at `position` describes a lesion: the noun right after it (over "lobe": "frontal lobe
 * mass"), or right before it, over a side ("mass R frontoparietal", "lesion L frontal lobe").
 */
function describesLesion(tokens: readonly Token[], position: number): boolean {
  const sentence = tokens[position]?.sentence;
  const after = tokens[position + 1]?.norm === 'lobe' ? position + 2 : position + 1;
  if (tokens[after]?.sentence === sentence && LESION_NOUNS.has(tokens[after]?.norm ?? '')) return !EXTRA_AXIAL.has(tokens[position - 1]?.norm ?? '');
  const before = isSideWord(tokens, position - 1) ? position - 2 : position - 1;
  const outside = EXTRA_AXIAL.has(tokens[before - 1]?.norm ?? '') || EXTRA_AXIAL.has(tokens[position + 1]?.norm ?? '');
  return tokens[before]?.sentence === sentence && LESION_NOUNS.has(tokens[before]?.norm ?? '') && !outside;
}

/**
 * Words that put a lesion outside the brain, on its coverings: "extra-axial dural-based lesion R parietal convexity" is a
 * meningioma's place, no lobe of a glioma.
 */
const EXTRA_AXIAL = new Set(['extra-axial', 'extraaxial', 'dural-based', 'dural', 'convexity']);
