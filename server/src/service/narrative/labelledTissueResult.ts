import { isProcedure, resultCueBefore, TISSUE_WORDS } from './findingOrgan';
import { isModifier } from './modifierWords';
import { cueBeforeOver, nearestInSentenceBefore } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * A tissue result told by its label, read as a coder reads a report: what follows a sample's or a pathology's label is its tissue
 * diagnosis (ANNOTATION.md, "A cytology or tissue result"), and a site-less one restates the encounter's cancer
 * (`restatedCarcinoma.ts`). This is the one reader of such labels; a label takes one of four shapes:
 * - A label naming the sample or the pathology in words before the colon or result word the finding follows (`findingOrgan.ts`'
 *   result cue): "Brushings: adenocarcinoma", "Final path: …", "Outside pathology showed …". A colon left by a section header alone
 *   ("Radiology: favors … adenocarcinoma") may be imaging, whose finding is a lesion's, not the cancer's.
 * - A pathologist's review of the slides, where that cue finds none: "path reviewed here: invasive adenocarcinoma, mod diff",
 *   "EUS-FNB slides reviewed - moderately differentiated adenocarcinoma", "FNB cell block reviewed - well to moderately
 *   differentiated ductal adenocarcinoma". The review's words stand between the sample or pathology word and the result's colon or
 *   dash. It gives the result no lesion of its own to look back for: a reviewed slide restates the diagnosis, not the nearest
 *   nodule of the report before it.
 * - A label naming who read the sample or where it was taken, which the result cue does not reach: "Biopsy by Dr. Ibarra (OMFS)
 *   10/08/26: invasive keratinizing SCC", "Frozen section (Dr. Lemieux): Endometrioid carcinoma", "biopsy on 10/09/2026 at
 *   Lakeside OB GYN showed invasive … SCC".
 * - A rapid on-site evaluation's label, a cytology reading: "ROSE: squamous cell carcinoma".
 */

/** Whether the site-less histology at `anchorStart` is the result of a tissue label of one of the shapes above. */
export function labelledTissueResult(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): boolean {
  return namedTissueResult(tokens, sites, anchorStart) || attributedTissueResult(tokens, sites, anchorStart);
}

/** How many modifier words may stand between the cue and the histology ("invasive well differentiated keratinizing"). */
const MODIFIER_GAP = 6;
/** How many words before its colon or result word a tissue label may name the sample ("EUS-FNB cell block reviewed -", "Outside pathology showed"). */
const LABEL_REACH = 6;

/** A word naming a sample or the pathology ("biopsy", "FNB", "path", "cytology"). */
const isSampleWord: TokenTest = (token) => TISSUE_WORDS.has(token.norm) || isProcedure(token.norm);

/** Whether the histology follows the result cue of a label naming its sample or pathology, or a slide review's label. */
function namedTissueResult(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): boolean {
  const cue = resultCueBefore(tokens, sites, anchorStart);
  if (cue === undefined) return reviewedSlidesResult(tokens, sites, anchorStart);
  return nearestInSentenceBefore(tokens, cue, LABEL_REACH, tokens[cue]?.sentence, isSampleWord) >= 0;
}

/** Words of a slide review between the sample word and the cue ("slides reviewed here:", "cell block reviewed -"). */
const REVIEW_WORDS: ReadonlySet<string> = new Set(['review', 'reviewed', 'slides', 'slide', 'cell', 'block', 'here']);
/** How many words the review and its sample may take before the cue ("EUS-FNB cell block reviewed -"). */
const REVIEW_LABEL_GAP = 5;

/** Whether the site-less histology at `anchorStart` follows a slide review's colon or dash, in its sentence and with no site between. */
function reviewedSlidesResult(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): boolean {
  const sentence = tokens[anchorStart]?.sentence;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - MODIFIER_GAP); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || sites[position] !== undefined) return false;
    if (token.norm === ':' || token.norm === '-') return reviewLabelBefore(tokens, position);
    if (token.punct) return false;
  }
  return false;
}

const isReviewWord: TokenTest = (token) => REVIEW_WORDS.has(token.norm);

/** Whether the words right before the cue are a review ("reviewed", "review") after a sample or pathology word. */
function reviewLabelBefore(tokens: readonly Token[], cue: number): boolean {
  const sentence = tokens[cue]?.sentence;
  const last = tokens[cue - 1]?.norm;
  if (last !== 'reviewed' && last !== 'review' && last !== 'here') return false;
  return cueBeforeOver(tokens, cue - 1, REVIEW_LABEL_GAP, sentence, isSampleWord, isReviewWord) >= 0;
}

/** How many words a label with its reader or place may take before its cue ("Biopsy by Dr . Ibarra ( OMFS ) 10/08/26 :"). */
const ATTRIBUTED_LABEL_WORDS = 12;

/** Words that name who read a sample or where it was taken, inside its label ("by Dr. X", "(Dr. X)", "at Lakeside"). */
const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(['by', 'dr', 'dr.', 'at', 'per']);
/** Words that state a result after a label ("showed"), as a colon does. */
const RESULT_VERBS: ReadonlySet<string> = new Set(['showed', 'shows', 'revealed', 'reveals', 'demonstrated', 'demonstrates']);

const namesTissue = (token: Token): boolean => TISSUE_WORDS.has(token.norm) || isProcedure(token.norm) || token.norm === 'rose';

/** Whether the site-less histology at `anchorStart` is the result of a label naming its reader or place, or of a ROSE label. */
function attributedTissueResult(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): boolean {
  // The colon or result verb the histology follows in its sentence, with only modifiers between and no site.
  const isCue = (token: Token, position: number): boolean => sites[position] === undefined && (token.norm === ':' || RESULT_VERBS.has(token.norm));
  const mayPass = (token: Token, position: number): boolean => sites[position] === undefined && isModifier(token.norm);
  const cue = cueBeforeOver(tokens, anchorStart, MODIFIER_GAP, tokens[anchorStart]?.sentence, isCue, mayPass);
  return cue >= 0 && attributedOrRoseLabel(tokens, cue);
}

/** Whether the cue closes "ROSE" or a tissue label that names its reader or place ("Biopsy by Dr. Ibarra (OMFS) 10/08/26:"). */
function attributedOrRoseLabel(tokens: readonly Token[], cue: number): boolean {
  if (tokens[cue - 1]?.norm === 'rose' && tokens[cue]?.norm === ':') return true;
  const sentence = tokens[cue]?.sentence;
  let attributed = false;
  for (let position = cue - 1; position >= Math.max(0, cue - ATTRIBUTED_LABEL_WORDS); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (namesTissue(token)) return attributed;
    if (ATTRIBUTION_WORDS.has(token.norm)) attributed = true;
  }
  return false;
}
