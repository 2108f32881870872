import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import { BARE_ADENOMA_WORDS } from './restatedAdenoma';
import { nearestInSentenceBefore } from './sentenceWindow';
import { COLON } from './siteTermFamilies';
import type { Token } from './tokens';

/**
 * An adenoma a colonoscopy found or did not find, written with no site ("colonoscopy 3/2024 with 1 hyperplastic polyp, no
 * adenomas", "Colonoscopy not needed pre-transplant per pt's GI 2025 (no adenomas)"): the study looks at the colon only, so its
 * adenoma is the colon's, as a tubular adenoma's is (table: intestine, large, colon / Benign D12.6; ANNOTATION.md "Codes by
 * assertion": a denied one is coded as if present). Only a bare "adenoma(s)" with no other reading, in the sentence of the
 * colonoscopy and a few words after it, is read so.
 *
 * Why a second route beside `polypPhraseAdenoma.ts`: the two serve different notes with different cues and run at different
 * places. This one reads a colonoscopy's result, present or denied, with no history word ("no adenomas"), only when the
 * scope itself is named, and last in `findMentions`, when no other reading took the word. The polyp-phrase one reads a
 * problem line's history ("pers hx adenomas") where a polyp, snare or colon word stands but the scope may not, as a line label
 * inside `anchorMentions`, before the restatement readings there. One route would need both cues and both places, so each
 * stays at its own place and the readings stay as they are.
 */

const COLONOSCOPY_WORDS: ReadonlySet<string> = new Set(['colonoscopy', 'colonoscopies', 'colonoscopic']);
/** How many tokens before the adenoma the colonoscopy may be named. */
const COLONOSCOPY_REACH = 16;

/** The colon adenoma a colonoscopy's sentence names at `start`, when the word has no other reading. */
export function colonoscopyAdenoma(tokens: readonly Token[], start: number, end: number, term: HistologyTerm): RawMention | undefined {
  if (!BARE_ADENOMA_WORDS.has(term.words) || term.impliedSite !== undefined) return undefined;
  const colonoscopy = nearestInSentenceBefore(tokens, start, COLONOSCOPY_REACH, tokens[start]?.sentence, (token) => COLONOSCOPY_WORDS.has(token.norm));
  if (colonoscopy < 0) return undefined;
  return { start, end, anchorStart: start, anchorEnd: end, column: 'benign', site: { start, end: start, path: COLON, lymphNode: false }, histology: term };
}
