/**
 * The words a writer leans to one reading with ("favor adenocarcinoma", "findings favour de novo MDS"), in both spellings and
 * every form. `noteStatus.ts` reads them as hedges that weigh readings of a disease already established, and
 * `hedgedAlternative.ts` as the word that sets a histology right after a diagnosis as the alternative the writer leans to.
 */
export const FAVOR_WORDS: ReadonlySet<string> = new Set(['favor', 'favors', 'favored', 'favoring', 'favour', 'favours', 'favoured', 'favouring']);
