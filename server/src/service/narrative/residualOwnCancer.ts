import type { RawMention } from './rawMention';
import { cueBeforeOver } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "WLE R calf: no residual invasive melanoma", "no residual melanoma in WLE": what is left of the lesion the patient was treated
 * for is that lesion, so a denied residual tumour is coded at the site the note documents for it, as a denied residual
 * carcinoma or "tumor" of a proven cancer is (ANNOTATION.md, round 17's second pass: "in every assertion";
 * `residualCarcinoma.ts`), not at the organ as written. Only "residual": a recurrence may arise elsewhere in the organ.
 */

/** How many words (a behaviour or a type: "invasive", "in situ") may stand between "residual" and the mention. */
const RESIDUAL_REACH = 2;

const isResidual: TokenTest = (token) => token.norm === 'residual';
const isWord: TokenTest = (token) => token.punct !== true;

/** Whether "residual" stands right before the mention in its sentence, over at most two words. */
export function namesResidual(tokens: readonly Token[], mention: RawMention): boolean {
  return cueBeforeOver(tokens, mention.start, RESIDUAL_REACH + 1, tokens[mention.start]?.sentence, isResidual, isWord) >= 0;
}
