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
  return residualBefore(tokens, mention.start, RESIDUAL_REACH);
}

/**
 * Whether "residual" stands before the word at `start` in its sentence, over at most `words` words and no punctuation: the one
 * reader of "residual before the mention" for this file and `skinCancerSite.ts`. `residualCarcinoma.ts` reads a wider set of
 * qualifiers ("recurrent", "persistent") over its own words between, for the carcinoma words it places, and `residualDisease.ts`
 * "residual" or "persistent" over any two tokens, for a present tumour a removal has not ended; each walks `cueBeforeOver`.
 */
export function residualBefore(tokens: readonly Token[], start: number, words: number): boolean {
  return cueBeforeOver(tokens, start, words + 1, tokens[start]?.sentence, isResidual, isWord) >= 0;
}
