import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "TA" is a tubular adenoma in a colonoscopy or its pathology ("Sigmoid polyp, 8 mm, cold snare: TA", "colon polyps (TA x2,
 * 2021)") and something else elsewhere (a muscle, a transabdominal scan, a bladder tumour's stage "pTa"). It is read as the
 * adenoma only where a polyp word stands near it in its sentence.
 */

/**
 * Words of a colon polyp's phrase: the polyp, its removal, the scope that found it, and the colon itself ("TA of colon removed
 * 2022", "3 yr colo due"), since no other reading of the abbreviation is written of the colon.
 */
const POLYP_WORDS = new Set(['polyp', 'polyps', 'polypectomy', 'polypectomies', 'snare', 'snared', 'colonoscopy', 'sessile', 'pedunculated', 'colon', 'colonic', 'colo']);

/** How many words before and after the abbreviation are looked at, in its sentence. */
const BEFORE = 10;
const AFTER = 4;

/** Whether the abbreviation at `index`–`end` stands in a colon polyp's phrase. */
export function inPolypPhrase(tokens: readonly Token[], index: number, end: number): boolean {
  return wordInSentenceWindow(tokens, index, end, { words: POLYP_WORDS, sentence: tokens[index]?.sentence, before: BEFORE, after: AFTER });
}
