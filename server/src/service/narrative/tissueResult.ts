import { IMAGING_MODALITIES } from './imagingModalities';
import type { Token } from './tokens';

/**
 * "FNA L parotid: cellular smear c/w pleomorphic adenoma", "Bx liver: metastatic adenocarcinoma, c/w lung primary":
 * "consistent with" in a tissue or cytology result is the pathologist's diagnosis, not a hedge (corpus ANNOTATION.md:
 * "c/w" is present when tissue establishes the disease; a cytology or tissue result read "c/w X" is present). An image
 * read "c/w" stays uncertain, so an imaging word after the tissue word, or a biopsy still to come, keeps the hedge.
 */
// Sampling and cytology words only: findingOrgan.ts's procedure and tissue words also name operations and report headings
// ("resection", "total", "final diagnosis") that say nothing of whether a "c/w" is a pathologist's reading. The report names
// here ("path", "histology") are evidence of tissue, unlike `sampleLabels.ts`' report words, which turn a sample label away.
const SAMPLE_WORDS: ReadonlySet<string> = new Set(['bx', 'biopsy', 'biopsies', 'fna', 'fnb', 'ebus-tbna', 'tbna', 'cytology', 'smear', 'smears',
  'brushings', 'brushing', 'bmbx', 'aspirate', 'pathology', 'path', 'histology', 'specimen', 'ihc', 'immunostains', 'immunohistochemistry',
  // "Flow cytometry on peripheral blood c/w precursor B-cell ALL": the immunophenotype of cells sampled is a laboratory diagnosis.
  'cytometry', 'immunophenotyping']);
/**
 * Words that name a sample's reading only where no image is read in the same sentence: "Marrow 2022 (reviewed): normocellular …,
 * c/w ET", "Immunophenotype c/w chronic lymphocytic leukemia", "Bethesda VI - malignant, c/w papillary thyroid carcinoma" (a
 * cytology category); "MRI: marrow signal c/w metastases" is an image of the marrow.
 */
const RESULT_WORDS: ReadonlySet<string> = new Set(['marrow', 'immunophenotype', 'bethesda']);
const IMAGING_WORDS: ReadonlySet<string> = new Set([...IMAGING_MODALITIES, 'mammogram', 'radiograph', 'echo', 'cta', 'mra', 'study', 'appearance', 'enhancement', 'uptake', 'avid']);
// A measured level read "c/w" is a clinician's inference from a number, not a reading of cells, even on a sampled node
// ("FNA R level IV node: thyroglobulin washout elevated, c/w metastatic papillary thyroid carcinoma").
const LEVEL_WORDS: ReadonlySet<string> = new Set(['washout', 'elevated', 'rising']);
const NOT_YET_WORDS: ReadonlySet<string> = new Set(['pending', 'planned', 'scheduled', 'recommend', 'recommended', 'will', 'consider', 'considered',
  'needed', 'obtain', 'awaiting', 'await', 'ordered', 'refer', 'referral', 'if', 'prior', 'before', 'nondiagnostic', 'non-diagnostic']);

/** The words that keep a "c/w" a hedge however near a sample it stands: an image read, a level measured, a sample still to come. */
export const TISSUE_RESULT_STOPS: ReadonlySet<string> = new Set([...IMAGING_WORDS, ...LEVEL_WORDS, ...NOT_YET_WORDS]);

/** Whether the hedge starting at `hedgeStart` concludes a tissue or cytology result written earlier in its line. */
export function concludesTissueResult(tokens: readonly Token[], hedgeStart: number): boolean {
  const hedge = tokens[hedgeStart];
  if (hedge === undefined) return false;
  let tissue = false;
  let result = false;
  let imaged = false;
  // Back to the start of the sentence (a label's colon does not end one: "Left parotid, FNA: c/w …"), and into the specimen's
  // part label (its part letter first) when the sentence is an item under it ("A. SKIN, LEFT BUTTOCK, PUNCH BIOPSY:\n - … CONSISTENT WITH MYCOSIS FUNGOIDES").
  let sentence = hedge.sentence;
  let crossed = 0;
  let wordsBefore = false;
  for (let index = hedgeStart - 1; index >= 0; index--) {
    const token = tokens[index] as Token;
    if (token.sentence !== sentence && token.norm === ':' && sentence === hedge.sentence && opensWithPartLetter(tokens, index)) sentence = token.sentence;
    else if (token.sentence !== sentence && continuesEarlierResult(token, wordsBefore, crossed, hedgeStart - index)) {
      sentence = token.sentence;
      crossed++;
    }
    if (token.sentence !== sentence) break;
    if (!token.punct && token.sentence === hedge.sentence) wordsBefore = true;
    if ((IMAGING_WORDS.has(token.norm) || LEVEL_WORDS.has(token.norm)) && !tissue) return false;
    if (NOT_YET_WORDS.has(token.norm)) return false;
    if (SAMPLE_WORDS.has(token.norm) || sampledThrough(token.norm)) tissue = true;
    if (RESULT_WORDS.has(token.norm)) result = true;
    if (IMAGING_WORDS.has(token.norm)) imaged = true;
  }
  return tissue || (result && !imaged);
}

/** How many sentences, and tokens, a conclusion may reach back over to the result it concludes. */
const EARLIER_SENTENCES = 2;
const EARLIER_REACH = 80;

/**
 * Whether the scan back from a hedge goes on into the sentence ending at `last`: the sentence it is in is the content of a
 * dated sample label that ends its line ("-> BMBx 08/2023:\nMF-3 reticulin fibrosis, c/w post-PV MF"), or the hedge opens a
 * sentence of its own that concludes the results listed before it ("Flow: CD19+, CD10+, TdT+. c/w RELAPSED B-ALL"), as a
 * pathologist's comment sums up the findings above it. Bounded in sentences and tokens, so one hedge reads a few results only.
 */
function continuesEarlierResult(last: Token, hedgeHasWordsBefore: boolean, crossed: number, distance: number): boolean {
  if (crossed >= EARLIER_SENTENCES || distance > EARLIER_REACH) return false;
  return last.norm === ':' || !hedgeHasWordsBefore;
}

/** How many tokens a specimen's part label may hold before its colon ("A. SKIN, LEFT BUTTOCK, PUNCH BIOPSY:"). */
const PART_LABEL_REACH = 16;

/** Whether the label whose colon is at `colon` opens with a specimen's part letter ("A.", "B)", "A-C."). */
function opensWithPartLetter(tokens: readonly Token[], colon: number): boolean {
  const sentence = tokens[colon]?.sentence;
  let first = colon;
  while (first > 0 && colon - first < PART_LABEL_REACH && tokens[first - 1]?.sentence === sentence) first--;
  if (tokens[first - 1]?.sentence === sentence) return false;
  // The letter's full stop may end a sentence of its own ("A." then "SKIN, LEFT BUTTOCK, …:").
  const letter = partLetterAt(tokens, first) ? first : first - 2;
  return letter >= 0 && partLetterAt(tokens, letter);
}

function partLetterAt(tokens: readonly Token[], position: number): boolean {
  return /^[A-Z](-[A-Z])?$/.test(tokens[position]?.raw ?? '') && (tokens[position + 1]?.norm === '.' || tokens[position + 1]?.norm === ')');
}

/**
 * "EUS-FNB 11/2026: spindle cells, CD117+ … c/w GIST", "EBUS-FNA": a sampling written with the route it went by is the
 * sampling; only the part after the hyphen is read, so "CT-guided" names no sample of its own.
 */
function sampledThrough(word: string): boolean {
  const hyphen = word.lastIndexOf('-');
  return hyphen > 0 && SAMPLE_WORDS.has(word.slice(hyphen + 1));
}
