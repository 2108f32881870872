/**
 * The words a writer leans to one reading with ("favor adenocarcinoma", "findings favour de novo MDS"), in both spellings and
 * every form. `noteStatus.ts` reads them as hedges that weigh readings of a disease already established, and
 * `hedgedAlternative.ts`, in the forms below, as the word that sets a histology right after a diagnosis as the alternative the
 * writer leans to.
 */
export const FAVOR_WORDS: ReadonlySet<string> = new Set(['favor', 'favors', 'favored', 'favoring', 'favour', 'favours', 'favoured', 'favouring']);

/**
 * The "favor" words that can lean to a histology right after a diagnosis ("Non-small cell carcinoma, favor adenocarcinoma"):
 * every form but the finite "favors", whose subject is a writer or a test of its own ("Radiology: favors adenocarcinoma"), so
 * no diagnosis stands before it.
 */
export const LEANING_FAVOR_WORDS: ReadonlySet<string> = new Set([...FAVOR_WORDS].filter((word) => !word.endsWith('s')));
