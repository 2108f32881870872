/**
 * Non-neoplastic findings a differential joins to a carcinoma of the same organ ("r/o endometrial hyperplasia/carcinoma", "no
 * cervical dysplasia or carcinoma", "colonic polyp or cancer"): the organ word before them qualifies both readings, as a coder
 * reads "endometrial hyperplasia/carcinoma" as endometrial hyperplasia or endometrial carcinoma (table: endometrium / Malignant
 * Primary C54.1, d168). The site-list walk (`siteLists.ts`) steps over such a noun and its joiner to reach the organ; a neoplasm's
 * own word ("adenoma", "DCIS") is an anchor of its own and is not stepped over.
 */
const PRECURSOR_NOUNS: ReadonlySet<string> = new Set(['hyperplasia', 'dysplasia', 'atypia', 'polyp', 'polyps', 'metaplasia']);

/** Whether the word is a non-neoplastic finding that a joiner sets beside a carcinoma of the same organ. */
export function isPrecursorNoun(word: string): boolean {
  return PRECURSOR_NOUNS.has(word);
}
