/**
 * The Alphabetic Index prints its entries noun first ("Lymphoma, follicular"; "Leukemia, chronic lymphocytic"; "Myeloma,
 * multiple"), and problem lists and older record systems copy that order ("Lymphoma, follicular, grade 2"). Each term of
 * several words that ends in one of these nouns is also read in that order, as the same Index entry.
 */
// Not melanoma: "Melanoma, nodular type, L back" sets off the subtype before the site the melanoma needs (sites round 5).
const INVERTED_NOUNS: ReadonlySet<string> = new Set(['lymphoma', 'leukemia', 'leukaemia', 'myeloma']);

export function withInvertedOrder<Term extends { readonly words: string }>(terms: readonly Term[]): Term[] {
  const written = new Set(terms.map((term) => term.words));
  const inverted: Term[] = [];
  for (const term of terms) {
    const words = term.words.split(' ');
    const noun = words[words.length - 1] ?? '';
    // Only plain words before the noun: "cll/sll" or "hodgkin lymphoma , nodular sclerosis" are no Index heading to invert.
    if (words.length < 2 || !INVERTED_NOUNS.has(noun) || words.some((word) => word === ',' || word === '(')) continue;
    const invertedWords = `${noun} , ${words.slice(0, -1).join(' ')}`;
    if (!written.has(invertedWords)) inverted.push({ ...term, words: invertedWords });
  }
  return [...terms, ...inverted];
}
