import type { DocumentedMention } from './model';

/**
 * "risk of progression to myelofibrosis or leukemia", "therapy-related leukemia risk": a leukaemia foreseen in words that name no
 * type is a disease the patient may get, not a restatement of a typed one the note documents (`noteTypes.ts`). It is coded as
 * written, by its untyped Index entry (ANNOTATION.md, round 20: the untyped code stays "for a risk or a hypothetical"; Index:
 * Leukemia C95.9-, Tabular C95.90). A foreseen return of the patient's leukaemia ("possible leukemia recurrence in skin") restates
 * it and keeps its type. A foreseen "lymphoma" is left to `noteTypes.ts`: "if lymphoma recurs" foresees the return of
 * the patient's own typed lymphoma.
 */

/** An untyped word's code and the code's title. */
interface UntypedEntry { readonly code: string; readonly title: string }

/** Index: Leukemia C95.9-. */
const UNTYPED_LEUKAEMIA: UntypedEntry = { code: 'C9590', title: 'C95.90 Leukemia, unspecified not having achieved remission' };

/** The untyped words, lower-cased, in both spellings. */
const UNTYPED: ReadonlyMap<string, UntypedEntry> = new Map([['leukemia', UNTYPED_LEUKAEMIA], ['leukaemia', UNTYPED_LEUKAEMIA]]);

/** Words right after the leukaemia that foresee the patient's own disease coming back ("possible leukemia recurrence in skin"). */
const RETURN_AFTER = /^\s*(?:recurrence|relapse|recurs|relapses|returns|returning|is back|comes back|coming back)\b/i;
/** Words right before it that do ("recurrent leukemia", "relapsed leukemia", "residual leukemia"). */
const RETURN_BEFORE = /\b(?:recurrent|relapsed|residual|persistent)\s+$/i;
/** How many characters around the mention are read for those words. */
const RETURN_REACH = 24;

/** Whether the words around the mention foresee the return of the patient's own leukaemia, which keeps its type. */
function foreseesReturn(text: string, mention: DocumentedMention): boolean {
  const end = mention.span.offset + mention.span.length;
  return RETURN_AFTER.test(text.slice(end, end + RETURN_REACH)) || RETURN_BEFORE.test(text.slice(Math.max(0, mention.span.offset - RETURN_REACH), mention.span.offset));
}

/**
 * The mentions with each foreseen untyped leukaemia coded by its untyped entry. `typedByNote` tells the mentions whose words
 * `noteTypes.ts` gave the note's type (it marks them), so what that pass did is undone by its own mark, not by reading codes.
 */
export function withForeseenUntyped(text: string, mentions: readonly DocumentedMention[], typedByNote: (mention: DocumentedMention) => boolean): readonly DocumentedMention[] {
  const foreseen = (mention: DocumentedMention): boolean => typedForeseen(mention, typedByNote) && !foreseesReturn(text, mention);
  if (!mentions.some(foreseen)) return mentions;
  return mentions.map((mention) => {
    const untyped = foreseen(mention) ? UNTYPED.get(mention.text.toLowerCase()) : undefined;
    return untyped === undefined ? mention : { ...mention, code: untyped.code, candidates: [], source: `${mention.source}; foreseen untyped: ${untyped.title}` };
  });
}

/** A hypothetical mention written as the bare untyped word that a note's type has coded. */
function typedForeseen(mention: DocumentedMention, typedByNote: (mention: DocumentedMention) => boolean): boolean {
  if (mention.assertion !== 'hypothetical' || mention.code === null) return false;
  const untyped = UNTYPED.get(mention.text.toLowerCase());
  return untyped !== undefined && mention.code !== untyped.code && typedByNote(mention);
}
