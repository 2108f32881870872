import { answeredBefore } from './answeredStudy';
import { IMAGING_MODALITIES } from './imagingModalities';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * What the study a report describes says about its findings. An "MRI BRAIN" report writes "Treated
 * R frontal met" and "possible early mets" without naming the brain again: the lobe adjectives
 * (frontal, parietal, temporal, occipital), which elsewhere are a sinus, a bone or a scalp, are brain
 * lobes near words about the brain, and a metastasis that names no site is in the organ the study
 * images (brain → Table of Neoplasms: brain, Malignant Secondary C79.31; liver C78.7; bone C79.51).
 */

/** Words that put the text about the brain (the lobe adjectives near them are brain lobes). */
const BRAIN_WORDS = new Set([
  'brain', 'intracranial', 'cerebral', 'cerebellar', 'cerebellum', 'supratentorial', 'infratentorial', 'intra-axial', 'extra-axial',
  'craniotomy', 'glioblastoma', 'gbm', 'glioma', 'astrocytoma', 'meningioma', 'dural', 'dural-based', 'hemisphere', 'ventricle', 'parenchyma',
]);
/** How many tokens after a brain word a lobe adjective is still read as a brain lobe. */
const BRAIN_REACH = 200;

export const LOBES: ReadonlyMap<string, string> = new Map([
  ['frontal', 'frontal lobe'], ['parietal', 'parietal lobe'], ['temporal', 'temporal lobe'], ['occipital', 'occipital lobe'],
]);
/** Nouns after a lobe adjective that name something other than the brain ("frontal sinus", "temporal artery", "occipital nodes"). */
const NOT_BRAIN_NOUNS = new Set([
  'sinus', 'sinuses', 'bone', 'bones', 'scalp', 'skin', 'artery', 'arteries', 'node', 'nodes', 'lymph', 'pleura', 'peritoneum', 'headache',
  'headaches', 'ha', 'bossing', 'wasting', 'region', 'area', 'hair', 'calvarium', 'skull', 'convexity',
]);

export function isBrainWord(token: Token | undefined): boolean {
  return token !== undefined && BRAIN_WORDS.has(token.norm);
}

/**
 * Whether a brain word stands within reach before a site, asked only at a lobe adjective: the tokens are
 * read in the reach before the sites asked about, each at most once, not every token of the note.
 */
export class BrainReach {
  #scanned = 0;
  #last = -BRAIN_REACH - 1;

  constructor(private readonly tokens: readonly Token[]) {}

  /** Whether a brain word stands at `index` or at most `BRAIN_REACH` tokens before it (asked with `index` never decreasing). */
  near(index: number): boolean {
    for (let position = Math.max(this.#scanned, index - BRAIN_REACH); position <= index; position++) {
      if (isBrainWord(this.tokens[position])) this.#last = position;
    }
    this.#scanned = Math.max(this.#scanned, index + 1);
    return index - this.#last <= BRAIN_REACH;
  }
}

/** Whether the token at `index` is a lobe adjective not followed by another organ's noun ("frontal" lobe, not "frontal sinus"). */
export function isLobeAdjective(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  return token !== undefined && (token.classes & WORD_CLASS.brainLobe) !== 0 && LOBES.has(token.norm) && !NOT_BRAIN_NOUNS.has(tokens[index + 1]?.norm ?? '');
}

/** A lobe adjective read as its brain lobe ("R frontal met", "left parietal cortex"), when the text near it is about the brain. */
export function brainLobeAt(tokens: readonly Token[], index: number, brain: BrainReach, siteStart: number): { end: number; path: readonly string[] } | undefined {
  const token = tokens[index];
  const lobe = token === undefined || (token.classes & WORD_CLASS.brainLobe) === 0 ? undefined : LOBES.get(token.norm);
  if (lobe === undefined || NOT_BRAIN_NOUNS.has(tokens[index + 1]?.norm ?? '') || !brain.near(siteStart)) return undefined;
  const end = tokens[index + 1]?.norm === 'lobe' || tokens[index + 1]?.norm === 'cortex' ? index + 2 : index + 1;
  return { end, path: ['brain', lobe] };
}

/** Imaging words that title a study ("MRI BRAIN W/WO CONTRAST", "CT head w/o", "bone scan"). */
const MODALITIES: ReadonlySet<string> = new Set([...IMAGING_MODALITIES, 'scintigraphy']);
/** The organs a study of them images, as table paths ("head" is the brain for a CT or MRI). */
const STUDY_ORGANS: ReadonlyMap<string, readonly string[]> = new Map([
  ['brain', ['brain']], ['head', ['brain']], ['liver', ['liver']], ['hepatic', ['liver']], ['bone', ['bone']],
]);
/** How far after its title a study still names the organ of a metastasis. */
const STUDY_REACH = 300;
/** How many words may stand between the modality and its organ ("MRI of the brain"). */
const TITLE_GAP = 3;

/**
 * The organ of the study whose report holds `index`: the nearest study title before it (a modality
 * with an organ word within three words either side), up to 300 tokens back. A title of another
 * study ("CT chest") ends the reach, and so does a study of a region rather than an organ.
 */
export function studyOrganAt(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], index: number): SiteMatch | undefined {
  if (!studyMayPlace(tokens, index)) return undefined;
  for (let position = index - 1; position >= Math.max(0, index - STUDY_REACH); position--) {
    if (!MODALITIES.has(tokens[position]?.norm ?? '')) continue;
    // "Bone scan not indicated", "MRI not done": a study not performed found nothing.
    if (tokens[position + 1]?.norm === 'not' || tokens[position + 2]?.norm === 'not') continue;
    const organ = studyOrganNear(tokens, sites, position);
    // "f/u MRI" names no organ and is passed over; "CT chest" is another study and ends the reach.
    if (organ === 'other study') return undefined;
    // "MRI brain neg." in a list of results found nothing: a metastasis after its sentence is no finding of it (`answeredStudy.ts`).
    if (organ !== undefined && answeredBefore(tokens, position, index)) return undefined;
    if (organ !== undefined) return { start: index, end: index, path: organ, lymphNode: false };
  }
  return undefined;
}

const METASTASIS_WORD = /^(?:mets?|metasta\w*|micrometasta\w*|macrometasta\w*)$/;

/** Words after "MET" that make it the gene ("MET amp", "MET exon 14 skipping"), not a metastasis. */
const GENE_WORDS = new Set(['amp', 'amplification', 'amplified', 'exon', 'mutation', 'mutant', 'alteration', 'alterations', 'inhibitor', 'fusion', 'overexpression']);

/** Whether the metastasis word may take the study's organ: not "distant" metastases (elsewhere than the study) and not the MET gene. */
function studyMayPlace(tokens: readonly Token[], index: number): boolean {
  // Only a metastasis word ("mets", "metastases", "metastatic disease"): "no recurrence" of an old cancer is no finding of the study.
  // The finding may start at its modifiers ("additional small metastases").
  let word = index;
  while (word < index + 4 && !METASTASIS_WORD.test(tokens[word]?.norm ?? '')) word++;
  if (word === index + 4) return false;
  if (tokens[index - 1]?.norm === 'distant' || tokens[index - 2]?.norm === 'distant') return false;
  return !(tokens[index]?.raw === 'MET' && GENE_WORDS.has(tokens[index + 1]?.norm ?? '')) && !deniedJustBefore(tokens, index);
}

/** How many tokens before a metastasis word a denial of it may stand ("No evidence of new metastatic disease"). */
const DENIAL_REACH = 4;
const DENIALS = new Set(['no', 'without', 'negative']);

/**
 * "MRI BRAIN … No evidence of metastatic disease": a site-less metastasis the study denies is coded as written, Tabular C79.9
 * `negated` (ANNOTATION.md, "Sites and columns": a denied site-less "metastatic disease"), not placed in the organ imaged.
 */
function deniedJustBefore(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let position = index - 1; position >= Math.max(0, index - DENIAL_REACH) && tokens[position]?.sentence === sentence; position--) {
    if (DENIALS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/**
 * The organ a study's title names next to its modality, 'other study' for the title of a study of some
 * other site or region ("CT chest", "MRI pelvis", "CT and bone scan"), or undefined for no title.
 */
function studyOrganNear(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], modality: number): readonly string[] | 'other study' | undefined {
  const sentence = tokens[modality]?.sentence;
  for (let offset = -TITLE_GAP; offset <= TITLE_GAP; offset++) {
    const token = tokens[modality + offset];
    if (offset === 0 || token === undefined || token.sentence !== sentence) continue;
    const organ = STUDY_ORGANS.get(token.norm);
    // "CT head", "MRI brain", "brain MRI", "bone scan"; a head before the modality is no study title ("head CT" is, but rare).
    // "CT and bone scan": studies joined by "and" image more than the one organ.
    if (organ !== undefined && offset < 0 && ['and', '&', '/'].includes(tokens[modality + offset - 1]?.norm ?? '')) return 'other study';
    if (organ !== undefined && (offset > 0 || token.norm !== 'head')) return organ;
    if (offset > 0 && sites[modality + offset] !== undefined) return 'other study';
  }
  return undefined;
}
