import type { HistologyTerm } from './histologyLexicon';
import { isSideWord } from './sideAfter';
import { isNumber } from './numberWords';
import { lateralityAt, type SiteMatch } from './siteFinder';
import { SPINAL_CORD } from './spinalGlioma';
import type { Token } from './tokens';

/**
 * Sub-sites of the organ a histology implies by itself, written as the adjectives neurosurgeons and
 * radiologists use: a glioma is in the brain, so "left temporal GBM" is the temporal lobe (Table of
 * Neoplasms: brain, temporal lobe C71.2); a meningioma is of the meninges, so "right frontal convexity
 * meningioma" is the cerebral meninges (meninges, cerebral D32.0) and "spinal meningioma" the spinal
 * meninges (D32.1), whatever row the table prints for the word alone ("parasagittal (region)" is an
 * ill-defined region, D36.7). These adjectives are not sites on their own ("temporal artery", "frontal
 * bone"), so they are read only next to a histology of that organ, within a few words before it.
 */

/** Sub-site words of the brain, each with its table path (brain, lobe / cerebellum / stem / ventricle). */
export const BRAIN_SUBSITES: ReadonlyMap<string, readonly string[]> = new Map([
  ['frontal', ['brain', 'frontal lobe']], ['temporal', ['brain', 'temporal lobe']], ['parietal', ['brain', 'parietal lobe']],
  ['occipital', ['brain', 'occipital lobe']], ['cerebellar', ['brain', 'cerebellum']], ['brainstem', ['brain', 'stem']],
  ['pontine', ['brain', 'pons']], ['thalamic', ['brain', 'thalamus']], ['intraventricular', ['brain', 'ventricle']],
  ['hippocampal', ['brain', 'hippocampus']], ['midbrain', ['brain', 'midbrain']], ['callosal', ['brain', 'corpus callosum']],
  ['frontoparietal', ['brain', 'overlapping lesion']], ['temporoparietal', ['brain', 'overlapping lesion']],
  ['parieto-occipital', ['brain', 'overlapping lesion']], ['frontotemporal', ['brain', 'overlapping lesion']],
  ['butterfly', ['brain', 'corpus callosum']], ['insular', ['brain', 'cerebrum']],
]);

const CEREBRAL_MENINGES = ['meninges', 'cerebral'];
const SPINAL_MENINGES = ['meninges', 'spinal'];

/** Where a meningioma is written: over the brain (cerebral meninges) or along the spine (spinal meninges). */
const MENINGES_SUBSITES: ReadonlyMap<string, readonly string[]> = new Map([
  ...['convexity', 'parasagittal', 'falcine', 'parafalcine', 'falx', 'frontal', 'parietal', 'temporal', 'occipital', 'sphenoid', 'tentorial', 'olfactory',
    'petroclival', 'clival', 'suprasellar', 'parasellar', 'intracranial', 'cranial', 'cerebral', 'cerebellopontine', 'intraventricular',
    'frontoparietal', 'temporoparietal', 'planum', 'tuberculum', 'cavernous'].map((word) => [word, CEREBRAL_MENINGES] as const),
  ...['spinal', 'intradural', 'thoracic', 'cervical', 'lumbar'].map((word) => [word, SPINAL_MENINGES] as const),
]);

/** The optic nerve and its pathway, where a glioma of a child with NF1 arises ("L optic pathway glioma"; table: nerve, optic C72.3-). */
const OPTIC_NERVE: readonly string[] = ['optic nerve'];

/**
 * Where a glioma is written: a brain sub-site, or the spinal cord ("spinal ependymoma", "intramedullary astrocytoma"; the Index sends
 * these types to "Neoplasm, malignant" by site: table: spinal cord / Malignant Primary C72.0).
 */
const GLIOMA_SUBSITES: ReadonlyMap<string, readonly string[]> = new Map([...BRAIN_SUBSITES, ['spinal', SPINAL_CORD], ['intramedullary', SPINAL_CORD], ['optic', OPTIC_NERVE]]);

const SUBSITES_OF: ReadonlyMap<string, ReadonlyMap<string, readonly string[]>> = new Map([['brain', GLIOMA_SUBSITES], ['meninges', MENINGES_SUBSITES]]);

/** How far before the histology word a sub-site adjective is looked for ("R frontal convexity meningioma", "left temporal WHO grade 4 GBM"). */
const LOOK_BACK = 6;

/** Words that end the look-back: another phrase starts there. */
const STOPS = new Set([',', ';', ':', '(', ')', '.', 'with', 'and', 'of', 'from', 'to', 'in', 'on']);

/** Whether the histology implies an organ whose sub-sites this file reads. */
export function isOrganBound(term: HistologyTerm): boolean {
  return SUBSITES_OF.has(term.impliedSite?.[0] ?? '');
}

/** Prepositions after which a meningioma's or glioma's location follows ("meningioma of the left sphenoid wing"). */
const LOCATING = new Set(['of', 'at', 'along', 'over', 'involving']);

/**
 * The sub-site of an organ-bound histology written just before it ("left temporal GBM") or after a
 * locating preposition ("meningioma of the left sphenoid wing"), as a site spanning those words and
 * the histology word; undefined when none is written.
 */
export function organSubsite(tokens: readonly Token[], term: HistologyTerm, anchorStart: number, anchorEnd: number): SiteMatch | undefined {
  const words = SUBSITES_OF.get(term.impliedSite?.[0] ?? '');
  if (words === undefined) return undefined;
  const sentence = tokens[anchorStart]?.sentence;
  let nearest: readonly string[] | undefined;
  let first = anchorStart;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - LOOK_BACK); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || STOPS.has(token.norm)) break;
    const path = words.get(token.norm);
    // The nearest adjective names the sub-site; the span reaches the farthest ("R frontal convexity meningioma").
    if (path !== undefined) {
      nearest ??= path;
      first = position;
    }
  }
  if (nearest === OPTIC_NERVE) return withSideBefore(tokens, { start: first, end: anchorEnd, path: nearest, lymphNode: false });
  if (nearest !== undefined) return { start: first, end: anchorEnd, path: nearest, lymphNode: false };
  const apposed = apposedSubsite(tokens, words, anchorEnd);
  if (apposed !== undefined) return { start: anchorStart, end: anchorEnd, path: apposed, lymphNode: false };
  // "meningioma of the left sphenoid wing", or a side then the sub-site with no preposition: "meningioma L parafalcine 9 mm".
  const sideNext = isSideWord(tokens, anchorEnd);
  if (!LOCATING.has(tokens[anchorEnd]?.norm ?? '') && !sideNext) return undefined;
  for (let position = anchorEnd + 1; position <= anchorEnd + LOOK_BACK; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || (STOPS.has(token.norm) && token.norm !== 'of')) break;
    const path = words.get(token.norm);
    if (path !== undefined) return { start: anchorStart, end: position + 1, path, lymphNode: false };
  }
  return undefined;
}

/** A paired sub-site with the side written right before it ("L optic pathway glioma": table: nerve, optic, left C72.32). */
function withSideBefore(tokens: readonly Token[], site: SiteMatch): SiteMatch {
  const side = tokens[site.start - 1]?.sentence === tokens[site.start]?.sentence ? lateralityAt(tokens, site.start - 1) : undefined;
  return side === undefined ? site : { start: site.start - 1, end: site.end, path: site.path, lymphNode: false, laterality: side };
}

/** How many of the organ's sub-site words a sub-site set off after the histology may take ("L frontal convexity"). */
const APPOSED_WORDS = 3;

/** How far a parenthesis after the histology may run before the sub-site set off after it ("GBM (IDH-wildtype, MGMT unmethylated), R frontoparietal"). */
const PARENTHESIS_REACH = 12;

/**
 * "GBM (IDH-wildtype, MGMT unmethylated), R\nfrontoparietal, s/p subtotal resection": the sub-site set off
 * by a comma after the histology (and after a parenthesis of its markers), with its side, closing the apposition.
 */
function apposedSubsite(tokens: readonly Token[], words: ReadonlyMap<string, readonly string[]>, anchorEnd: number): readonly string[] | undefined {
  const sentence = tokens[anchorEnd - 1]?.sentence;
  let position = anchorEnd;
  if (tokens[position]?.norm === '(') {
    const limit = Math.min(tokens.length, position + PARENTHESIS_REACH);
    while (position < limit && tokens[position]?.norm !== ')' && tokens[position]?.sentence === sentence) position++;
    if (tokens[position]?.norm !== ')') return undefined;
    position++;
  }
  if (tokens[position]?.norm !== ',') return undefined;
  position++;
  if (isSideWord(tokens, position)) position++;
  const path = words.get(tokens[position]?.norm ?? '');
  // "Meningioma, L frontal convexity, 1.2 cm": the sub-site may take two or three of the organ's words; the first names it.
  let last = position;
  while (last < position + APPOSED_WORDS - 1 && words.has(tokens[last + 1]?.norm ?? '')) last++;
  const next = tokens[last + 1];
  const closes = next === undefined || next.punct || next.sentence !== tokens[last]?.sentence || measuredAt(tokens, last + 1);
  return path !== undefined && tokens[last]?.sentence === sentence && closes ? path : undefined;
}

/** A size that closes the apposition as its punctuation would ("Meningioma, R frontal convexity 1.1 cm, incidental"). */
function measuredAt(tokens: readonly Token[], position: number): boolean {
  return isNumber(tokens[position]) && SIZE_UNITS.has(tokens[position + 1]?.norm ?? '');
}

const SIZE_UNITS = new Set(['cm', 'mm']);

/** Whether a site lies in the organ the histology implies (a brain site for a glioma, a meningeal one for a meningioma). */
export function withinOrgan(term: HistologyTerm, site: SiteMatch): boolean {
  return site.path[0] === term.impliedSite?.[0];
}

/**
 * The nervous system outside the brain, where a glioma also arises (table: spinal cord, conus medullaris, filum terminale C72.0;
 * cauda equina C72.1; optic nerve, chiasm C72.3-): written with a glioma, the table reads it as its own site.
 */
const GLIOMA_SITES_OUTSIDE_BRAIN = new Set(['conus medullaris', 'filum terminale', 'cauda equina', 'optic nerve', 'chiasm']);

/** Whether the table reads a site written with the histology as the tumour's own: a site of its organ, or a glioma's nervous site. */
export function readsWrittenSite(term: HistologyTerm, site: SiteMatch): boolean {
  if (withinOrgan(term, site)) return true;
  if (term.impliedSite?.[0] !== 'brain' || term.impliedSite.length !== 1) return false;
  return GLIOMA_SITES_OUTSIDE_BRAIN.has(site.path[0] ?? '') || (site.path[0] === SPINAL_CORD[0] && site.path[1] === SPINAL_CORD[1]);
}
