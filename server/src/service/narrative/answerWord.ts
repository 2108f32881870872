import type { TriggerHit } from './assertionScope';
import type { Token } from './tokens';

/**
 * Round 23 (specialty notes): a "no" that answers the question right before it ("Bone disease: lytic mets? - no, lytic lesions are
 * myeloma, not mets"; "Breast ca? - no, the mass is a fibroadenoma") denies the question's diagnosis (`answeredQuestion.ts`), and
 * the clause after its comma is the answer's reason, stated: the "no" is no NegEx cue for the words that follow it.
 */

/** Tokens that may stand between a question mark and its answer. */
const ANSWER_OPENERS: ReadonlySet<string> = new Set(['-', '–', '—', ':', '--']);
/** The answer words read so. */
const ANSWER_WORDS: ReadonlySet<string> = new Set(['no', 'nope']);
/** What closes a one-word answer. */
const ANSWER_CLOSES: ReadonlySet<string> = new Set([',', ';', '-', ':', '.']);

/** Whether the negation `hit` is a one-word answer to a question mark just before it. */
export function questionAnswerWord(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.end !== hit.start + 1 || !ANSWER_WORDS.has(tokens[hit.start]?.norm ?? '') || !ANSWER_CLOSES.has(tokens[hit.end]?.norm ?? '')) return false;
  let position = hit.start - 1;
  // At most two opener tokens ("? - no", "? -- no", "?: no").
  for (let skipped = 0; skipped < 2 && ANSWER_OPENERS.has(tokens[position]?.norm ?? ''); skipped++) position--;
  return tokens[position]?.norm === '?';
}
