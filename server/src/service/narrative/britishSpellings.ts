/**
 * British and Commonwealth spellings of the reviewed vocabulary ("tumour", "leukaemia", "haemangioma",
 * "oesophageal"): notes written elsewhere spell the same diagnoses so, and a phrase is matched word for
 * word. Each term whose words have a British form gains a copy under that form, unless the lexicon
 * already lists it; the copy keeps everything else (site, column, codes), so its codes are the term's own.
 */

const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/tumor/g, 'tumour'],
  [/leukemi/g, 'leukaemi'],
  [/\bhem(?=angio|atolog|atopoiet)/g, 'haem'],
  [/\bgastroesophag/g, 'gastro-oesophag'],
  [/\besophag/g, 'oesophag'],
];

/**
 * Any of the spellings' patterns, tested once per term: the lexicons run to thousands of terms, few of
 * which have a British form, and every start of the service (every command-line check) made them all.
 */
const ANY_SPELLING = new RegExp(SPELLINGS.map(([pattern]) => pattern.source).join('|'));

function british(words: string): string {
  return SPELLINGS.reduce((text, [pattern, replacement]) => text.replace(pattern, replacement), words);
}

/** The terms followed by the British copies of those that have one. */
export function withBritishSpellings<T extends { readonly words: string }>(terms: readonly T[]): T[] {
  const listed = new Set(terms.map((term) => term.words));
  const copies: T[] = [];
  for (const term of terms) {
    if (!ANY_SPELLING.test(term.words)) continue;
    const words = british(term.words);
    if (listed.has(words)) continue;
    listed.add(words);
    copies.push({ ...term, words });
  }
  return [...terms, ...copies];
}
