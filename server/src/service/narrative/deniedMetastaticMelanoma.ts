import type { RawMention } from './rawMention';
import { TISSUE_SAMPLE_WORDS } from './sampleWords';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Round 25: "PET/CT 11/13: no FDG-avid lesions in the allograft or elsewhere; no evidence of metastatic melanoma", "SOX10 and
 * Melan-A negative - no evidence of metastatic melanoma": a melanoma written right after "metastatic" and denied is the spread
 * the study or the stain looked for, not a primary melanoma of the skin (C43.9). With no site written in its sentence it is the
 * corpus's denied site-less metastasis (ANNOTATION.md, "Sites and columns": a denied site-less "metastatic disease" is Tabular
 * C79.9 Secondary malignant neoplasm of unspecified site, `negated`; d1009). The mention is only marked here: `codeMention.ts`
 * codes it C79.9 when its assertion is negated, and as the melanoma it names otherwise ("metastatic melanoma on nivolumab" is the
 * patient's melanoma, C43.-). A sentence that names a site ("sentinel nodes from the left groin were free of metastatic
 * melanoma") or a sample ("in this specimen") leaves the melanoma as it was: its spread would be at that site.
 */

/** The morphology families whose "metastatic" form names spread of a skin primary coded by morphology (melanoma, Merkel cell). */
const SKIN_MORPHOLOGIES: ReadonlySet<string> = new Set(['melanoma', 'merkel']);

/** The mentions, with a melanoma written right after "metastatic" in a sentence with no site marked as spread if denied. */
export function withDeniedSpreadMarked(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): RawMention[] {
  const marked: RawMention[] = [];
  for (const mention of mentions) marked.push(spreadWording(tokens, sites, mention) ? { ...mention, spreadIfDenied: true } : mention);
  return marked;
}

/** Whether the mention is a skin morphology named right after "metastatic", with no site or sample written in its sentence. */
function spreadWording(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention): boolean {
  const axis = mention.morphology?.siteAxis;
  if (axis === undefined || !SKIN_MORPHOLOGIES.has(axis) || mention.inSitu === true) return false;
  if (tokens[mention.anchorStart - 1]?.norm !== 'metastatic') return false;
  return !siteInSentence(tokens, sites, mention.anchorStart);
}

/**
 * Words of a sample a report's sentence is about ("no evidence of metastatic melanoma in this specimen"): the spread it denies is
 * at the sample's site (d360: the brain resection's C79.31), which this rule does not read, so such a sentence is left as it was.
 * The biopsy and needle words are the shared tissue samples (`sampleWords.ts`); the report's own nouns are added here.
 */
const SAMPLE_WORDS: ReadonlySet<string> = new Set([...TISSUE_SAMPLE_WORDS, 'specimen', 'specimens', 'sample', 'samples', 'tissue', 'section', 'sections']);

/** Whether a site or a sample word is written in the sentence of the token at `index` (one walk over that sentence's tokens). */
function siteInSentence(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  let first = index;
  while (first > 0 && tokens[first - 1]?.sentence === sentence) first--;
  for (let position = first; position < tokens.length && tokens[position]?.sentence === sentence; position++) {
    if (sites[position] !== undefined || SAMPLE_WORDS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}
