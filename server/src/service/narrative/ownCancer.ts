import { firstInSentenceAfter, wordInSentence } from './sentenceWindow';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import { LEXICON_CLASS } from './wordClasses';

/**
 * The patient's own cancer named by an owning word: a possessive or the definite article before the cancer's name makes it the
 * cancer the encounter documents, restated (ANNOTATION.md: every occurrence of a diagnosis is its own mention; a site-less
 * restatement takes the documented site). Its two callers differ only in what may follow the owning word: a bare cancer word
 * that `restatedCarcinoma.ts` places ("not related to his cancer", "his cancer is progressing despite treatment"), and a named
 * cancer after a site's "involvement by" that `anchorWords.ts` and `assertionScope.ts` read as its spread ("pericardial
 * involvement by her lung cancer").
 */

/** The determiners that make a cancer's name the patient's own. */
const OWNING_WORDS: ReadonlySet<string> = new Set(['his', 'her', 'their', 'the', 'your', 'my']);
/** After "involvement by", "known" owns the cancer as well ("by the known carcinoma", "by known lung cancer"): it is already established. */
const ESTABLISHED = 'known';

/** Words that make the sentence about where the cancer went, not the cancer itself. */
const SPREAD_WORDS: ReadonlySet<string> = new Set(['spread', 'spreading', 'gone', 'metastasized', 'metastasised', 'moved', 'reached', 'in']);
/** Nouns that make "her cancer" a modifier of a risk, a service or a programme ("her cancer risk", "the cancer center"), no diagnosis. */
const MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'risk', 'risks', 'screening', 'genetics', 'genetic', 'center', 'centre', 'clinic', 'institute', 'team', 'care', 'program', 'programme', 'navigator',
  'navigation', 'support', 'survivorship', 'prevention', 'registry',
]);
/** How far after the word its sentence is read for a site or a spread. */
const SENTENCE_REACH = 12;
/** Auxiliaries and degree words that may stand between the cancer and its course ("is still", "is highly", "has been"). */
const LINKING_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'has', 'had', 'been', 'still', 'now', 'highly', 'very', 'not', 'no', 'longer']);
/** At most this many linking words are read ("has still been"). */
const MAX_LINKING_WORDS = 3;
/**
 * Words of the course or outlook of a cancer already there: they restate the cancer the encounter treats even where a site or a
 * spread follows (ANNOTATION.md, round 17: words that name "a proven cancer's own lesion, residual, recurrence or progression"
 * take the cancer's code), as "the cancer has returned" does (`relapseWords.ts`).
 */
const COURSE_WORDS: ReadonlySet<string> = new Set([
  'progressing', 'progressed', 'growing', 'spreading', 'responding', 'shrinking', 'worsening', 'curable', 'incurable', 'treatable',
]);
/** How many words after the owning word may lead to the cancer's name ("by her known lung cancer"). */
const CANCER_REACH = 3;

/**
 * Whether the untyped cancer word at `[start, end)` ("cancer", "malignancy") is the patient's own: an owning word before it, and
 * either words of its course after it ("his cancer is progressing") or, where it modifies no noun ("her cancer risk"), no site
 * or spread in the rest of its sentence ("the cancer may have spread to his liver" is about the liver, which other rules read).
 */
export function ownCancerRestated(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  if (!OWNING_WORDS.has(wordInSentence(tokens, start - 1, sentence))) return false;
  if (statesCourse(tokens, end, sentence)) return true;
  if (MODIFIED_NOUNS.has(tokens[end]?.norm ?? '')) return false;
  return firstInSentenceAfter(tokens, end, SENTENCE_REACH, sentence, (token, position) => sites[position] !== undefined || SPREAD_WORDS.has(token.norm)) < 0;
}

/** Whether a few linking words from `end` lead to a word of the cancer's course ("is still growing"). */
function statesCourse(tokens: readonly Token[], end: number, sentence: number | undefined): boolean {
  let position = end;
  while (position - end < MAX_LINKING_WORDS && LINKING_WORDS.has(wordInSentence(tokens, position, sentence))) position++;
  return position > end && COURSE_WORDS.has(wordInSentence(tokens, position, sentence));
}

/**
 * Whether the involvement word at `index` is followed by "by", an owning word and a cancer's name in its sentence: a histology
 * the table codes, not a lymphoma, leukaemia or myeloma, whose involvement of a site is the disease there, no metastasis
 * (`lymphomaInvolvement.ts`). The site's involvement is then that cancer's spread to it (table: pericardium / Malignant Secondary
 * C79.89), and a hedge on the involvement does not reach its source (`assertionScope.ts`). A pathology report's bare
 * "involvement by carcinoma" states where the specimen's tumour reaches and is left as before.
 */
export function involvedByCancer(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  const owner = wordInSentence(tokens, index + 2, sentence);
  if (tokens[index + 1]?.norm !== 'by' || !(OWNING_WORDS.has(owner) || owner === ESTABLISHED)) return false;
  let histology = false;
  for (let position = index + 3; position <= index + 2 + CANCER_REACH; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || token.punct) break;
    if ((token.classes & LEXICON_CLASS.morphology) !== 0) return false;
    if ((token.classes & LEXICON_CLASS.histology) !== 0) histology = true;
  }
  return histology;
}
