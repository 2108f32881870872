import type { DocumentedMention } from './model';

/**
 * "risk of progression to myelofibrosis or leukemia", "therapy-related leukemia risk": a leukaemia foreseen in words that name no
 * type is a disease the patient may get, not a restatement of a typed one the note documents (`noteTypes.ts`). It is coded as
 * written, by its untyped Index entry (ANNOTATION.md, round 20: the untyped code stays "for a risk or a hypothetical"; Index:
 * Leukemia C95.9-, Tabular C95.90). A foreseen "lymphoma" is left to `noteTypes.ts`: "if lymphoma recurs" foresees the return of
 * the patient's own typed lymphoma.
 */

/** The untyped words, lower-cased, with the untyped code, the categories of the types a note may give them, and its title. */
const UNTYPED: ReadonlyMap<string, { readonly code: string; readonly typed: RegExp; readonly title: string }> = new Map([
  ['leukemia', { code: 'C9590', typed: /^C9[1-5]/, title: 'C95.90 Leukemia, unspecified not having achieved remission' }],
  ['leukaemia', { code: 'C9590', typed: /^C9[1-5]/, title: 'C95.90 Leukemia, unspecified not having achieved remission' }],
]);

/** The mentions with each foreseen untyped leukaemia coded by its untyped entry. */
export function withForeseenUntyped(mentions: readonly DocumentedMention[]): readonly DocumentedMention[] {
  if (!mentions.some(typedForeseen)) return mentions;
  return mentions.map((mention) => {
    const untyped = typedForeseen(mention) ? UNTYPED.get(mention.text.toLowerCase()) : undefined;
    return untyped === undefined ? mention : { ...mention, code: untyped.code, candidates: [], source: `${mention.source}; foreseen untyped: ${untyped.title}` };
  });
}

/** A hypothetical mention written as the bare untyped word that a note's type has coded. */
function typedForeseen(mention: DocumentedMention): boolean {
  if (mention.assertion !== 'hypothetical' || mention.code === null) return false;
  const untyped = UNTYPED.get(mention.text.toLowerCase());
  return untyped !== undefined && mention.code !== untyped.code && untyped.typed.test(mention.code);
}
