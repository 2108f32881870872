/**
 * British and Commonwealth spellings of the reviewed vocabulary ("tumour", "leukaemia", "haemangioma",
 * "oesophageal"): notes written elsewhere spell the same diagnoses so, and a phrase is matched word for
 * word. The phrase matcher (`phraseMatcher.ts`) reads every lexicon's phrases in this spelling too, after
 * the phrases as written, so a term's British form keeps everything else (site, column, codes) and a
 * lexicon that lists both spellings keeps its own entry for each. Round 23 made this the one route: the
 * three lexicons that copied their terms under the British form before no longer do.
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
