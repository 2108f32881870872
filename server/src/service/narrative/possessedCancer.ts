import { OWNING_WORDS } from './cancerCourse';
import { firstInSentenceAfter } from './sentenceWindow';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Pt understands the cancer is 'everywhere now'", "not related to his cancer", "his worry that the cancer is 'eating him
 * alive'": a bare "cancer" or "malignancy" after a definite or possessive word is the patient's own cancer, the one the encounter
 * documents, restated (ANNOTATION.md: every occurrence of a diagnosis is its own mention; a site-less restatement takes the
 * documented site). It is read so only where nothing after it in its sentence names a site or a spread ("the cancer may have
 * spread to his liver", "worried the cancer is in his hip"): there the words are about that site, which other rules read; nor
 * where it modifies a noun after it ("her cancer risk", "the cancer center").
 */

/** Words that make the sentence about where the cancer went, not the cancer itself. */
const SPREAD_WORDS: ReadonlySet<string> = new Set(['spread', 'spreading', 'gone', 'metastasized', 'metastasised', 'moved', 'reached', 'in']);
/** Nouns that make "her cancer" a modifier of a risk, a service or a programme ("her cancer risk", "the cancer center"), no diagnosis. */
const MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'risk', 'risks', 'screening', 'genetics', 'genetic', 'center', 'centre', 'clinic', 'institute', 'team', 'care', 'program', 'programme', 'navigator',
  'navigation', 'support', 'survivorship', 'prevention', 'registry',
]);
/** How far after the word its sentence is read for a site or a spread. */
const SENTENCE_REACH = 12;

/** Whether the untyped cancer word at `[start, end)` is the patient's cancer named by a determiner, with no site or spread after it. */
export function possessedCancer(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  const before = tokens[start - 1];
  // The determiners that make it the patient's own are `cancerCourse.ts`' ("his cancer is progressing").
  if (before === undefined || before.sentence !== sentence || !OWNING_WORDS.has(before.norm) || MODIFIED_NOUNS.has(tokens[end]?.norm ?? '')) return false;
  return firstInSentenceAfter(tokens, end, SENTENCE_REACH, sentence, (token, position) => sites[position] !== undefined || SPREAD_WORDS.has(token.norm)) < 0;
}
