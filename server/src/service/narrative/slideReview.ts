import { isProcedure, TISSUE_WORDS } from './findingOrgan';
import type { SiteMatch } from './siteFinder';
import { cueBeforeOver } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import type { Token } from './token';

/**
 * A pathologist's review of the slides, written as the label of a tissue result: "path reviewed here: invasive adenocarcinoma, mod
 * diff", "EUS-FNB slides reviewed - moderately differentiated adenocarcinoma", "FNB cell block reviewed - well to moderately
 * differentiated ductal adenocarcinoma". The review's words stand between the sample or pathology word and the result's colon or
 * dash, and what follows is the tissue diagnosis (ANNOTATION.md, "A cytology or tissue result"): a site-less one restates the
 * encounter's cancer (`restatedCarcinoma.ts`). It gives the result no lesion of its own to look back for: a reviewed slide
 * restates the diagnosis, not the nearest nodule of the report before it.
 */

/** Words of a slide review between the sample word and the cue ("slides reviewed here:", "cell block reviewed -"). */
const REVIEW_WORDS: ReadonlySet<string> = new Set(['review', 'reviewed', 'slides', 'slide', 'cell', 'block', 'here']);

/** How many words a histology's modifiers may put between the cue and the histology ("- well to moderately differentiated ductal"). */
const MODIFIER_GAP = 6;
/** How many words the review and its sample may take before the cue ("EUS-FNB cell block reviewed -"). */
const LABEL_GAP = 5;

/** Whether the site-less histology at `anchorStart` follows a slide review's colon or dash, in its sentence and with no site between. */
export function reviewedSlidesResult(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): boolean {
  const sentence = tokens[anchorStart]?.sentence;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - MODIFIER_GAP); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || sites[position] !== undefined) return false;
    if (token.norm === ':' || token.norm === '-') return reviewLabelBefore(tokens, position);
    if (token.punct) return false;
  }
  return false;
}

const isSampleWord: TokenTest = (token) => TISSUE_WORDS.has(token.norm) || isProcedure(token.norm);
const isReviewWord: TokenTest = (token) => REVIEW_WORDS.has(token.norm);

/** Whether the words right before the cue are a review ("reviewed", "review") after a sample or pathology word. */
function reviewLabelBefore(tokens: readonly Token[], cue: number): boolean {
  const sentence = tokens[cue]?.sentence;
  const last = tokens[cue - 1]?.norm;
  if (last !== 'reviewed' && last !== 'review' && last !== 'here') return false;
  return cueBeforeOver(tokens, cue - 1, LABEL_GAP, sentence, isSampleWord, isReviewWord) >= 0;
}
