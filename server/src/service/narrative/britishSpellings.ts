/**
 * British and Commonwealth spellings of the reviewed vocabulary ("tumour", "leukaemia", "haemangioma",
 * "oesophageal"): notes written elsewhere spell the same diagnoses so, and a phrase is matched word for
 * word. Each term whose words have a British form gains a copy under that form, unless the lexicon
 * already lists it; the copy keeps everything else (site, column, codes), so its codes are the term's own.
 */

const SPELLINGS: readonly (readonly [RegExp, string])[] = [
  [/tumor/g, 'tumour'],
  [/leukemi/g, 'leukaemi'],
  // "Haemangioma", "haematological", "haemopoietic", "haemorrhage", "haemoptysis": the Greek haem- before a vowel ("hemi-" keeps its e).
  [/\bhem(?=a|o)/g, 'haem'],
  // "Anaemia", "polycythaemia", "thrombocythaemia", "macroglobulinaemia": the blood's -aemia.
  [/(?<![a])emia(?=s?\b)/g, 'aemia'],
  [/\bgastroesophag/g, 'gastro-oesophag'],
  [/\besophag/g, 'oesophag'],
  // "Caecum", "caecal", "ileocaecal".
  [/(?<=\b|ileo)cec(?=um|al\b)/g, 'caec'],
  // "Oedema", "oestrogen", "aetiology", "aesthesioneuroblastoma": the Greek diphthongs the American spelling drops.
  [/(?<=\b|lymph)edem/g, 'oedem'],
  [/\bestrogen/g, 'oestrogen'],
  [/\betiolog/g, 'aetiolog'],
  [/\besthesio/g, 'aesthesio'],
  // "Naevus", "naevi", "naevoid"; "paediatric", "orthopaedic"; "gynaecological"; "foetal"; "coeliac"; "ischaemic".
  [/\bnev(?=us|i\b|oid|ocyt)/g, 'naev'],
  [/\bpediatric/g, 'paediatric'],
  [/\borthopedic/g, 'orthopaedic'],
  [/\bgynecolog/g, 'gynaecolog'],
  [/\bfet(?=al\b|us\b)/g, 'foet'],
  [/\bceliac/g, 'coeliac'],
  [/ischemi/g, 'ischaemi'],
  // "Localised", "metastasised", "generalised": the -ise verbs, after a stem of three letters or more (never "size").
  [/(?<=[a-z]{3})iz(?=e|ed|es|ing|ation)/g, 'is'],
  // "Ano-rectal", "recto-sigmoid": the hyphen British notes keep in these compounds (a hyphenated word is one token).
  [/\banorectal/g, 'ano-rectal'],
  [/\brectosigmoid/g, 'recto-sigmoid'],
];

/**
 * Any of the spellings' patterns, tested once per term: the lexicons run to thousands of terms, few of
 * which have a British form, and every start of the service (every command-line check) made them all.
 */
const ANY_SPELLING = new RegExp(SPELLINGS.map(([pattern]) => pattern.source).join('|'));

/** The words in British spelling (the same string when none of them has one). */
export function british(words: string): string {
  if (!ANY_SPELLING.test(words)) return words;
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
