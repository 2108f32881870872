import { isProcedure, TISSUE_WORDS } from './findingOrgan';
import { isModifier } from './modifierWords';
import { cueBeforeOver } from './sentenceWindow';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * Tissue results whose label the colon-and-label reading (`findingOrgan.ts`' result cue) does not reach, read as a coder reads a
 * report: what follows a sample's or a pathology's label is its tissue diagnosis (ANNOTATION.md, "A cytology or tissue result"),
 * and a site-less one restates the encounter's cancer (`restatedCarcinoma.ts`).
 * - A label naming who read the sample or where it was taken: "Biopsy by Dr. Ibarra (OMFS) 10/08/26: invasive keratinizing
 *   SCC", "Frozen section (Dr. Lemieux): Endometrioid carcinoma", "biopsy on 10/09/2026 at Lakeside OB GYN showed invasive … SCC".
 * - A rapid on-site evaluation's label, a cytology reading: "ROSE: squamous cell carcinoma".
 */

/** How many modifier words may stand between the cue and the histology ("invasive well differentiated keratinizing"). */
const MODIFIER_GAP = 6;
/** How many words a label with its reader or place may take before its cue ("Biopsy by Dr . Ibarra ( OMFS ) 10/08/26 :"). */
const ATTRIBUTED_LABEL_WORDS = 12;

/** Words that name who read a sample or where it was taken, inside its label ("by Dr. X", "(Dr. X)", "at Lakeside"). */
const ATTRIBUTION_WORDS: ReadonlySet<string> = new Set(['by', 'dr', 'dr.', 'at', 'per']);
/** Words that state a result after a label ("showed"), as a colon does. */
const RESULT_VERBS: ReadonlySet<string> = new Set(['showed', 'shows', 'revealed', 'reveals', 'demonstrated', 'demonstrates']);

const namesTissue = (token: Token): boolean => TISSUE_WORDS.has(token.norm) || isProcedure(token.norm) || token.norm === 'rose';

/** Whether the site-less histology at `anchorStart` is the result of a tissue label of one of the two shapes above. */
export function labelledTissueResult(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): boolean {
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
