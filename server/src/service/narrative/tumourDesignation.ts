import type { Token } from './tokens';

/**
 * A tumour's designation in a multiple-primary determination or a case with several tumours ("Tumor A: R breast 10:00 …",
 * "Tumor 2 (new, dx 10/21/2026):", "Tumor 2 is NOT a recurrence of Tumor 1", round 25): the word names which of the tumours
 * the text speaks of, whose diagnosis its own words give ("Core bx: ductal carcinoma in situ"), so it is no mention of a
 * neoplasm of unspecified behaviour of its own (ANNOTATION.md: every mention is a diagnosis written in words). Only a digit
 * or a capital letter standing alone after the word designates: "tumor 2 cm" gives a size, "Tumor A" a name, and a letter or
 * digit closed by a full stop or a bracket is the next list item's mark ("B. Deep base of L lateral wall tumor\nC. …").
 */

/** Marks that close a list item's letter or number ("C.", "2)"). */
const LIST_MARKS = new Set(['.', ')']);
/** Units after which a number measures the tumour rather than numbering it. */
const SIZE_UNITS = new Set(['cm', 'mm', 'm', 'x']);

/** Whether the token at `next`, right after a lesion word, designates the tumour: "1" to "9" or "A" to "H", in the same sentence. */
export function designatesTumour(tokens: readonly Token[], next: number): boolean {
  const token = tokens[next];
  if (token === undefined || token.sentence !== tokens[next - 1]?.sentence) return false;
  const raw = token.raw;
  if (raw.length !== 1 || LIST_MARKS.has(tokens[next + 1]?.raw ?? '')) return false;
  const code = raw.charCodeAt(0);
  if (code >= 0x41 && code <= 0x48) return true;
  return code >= 0x31 && code <= 0x39 && !SIZE_UNITS.has(tokens[next + 1]?.norm ?? '');
}
