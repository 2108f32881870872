import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import { firstInSentenceAfter, nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * A recurrence at the place the primary was removed from ("no recurrence at the anastomosis", "Ileocolic anastomosis …, no
 * recurrence", "No evidence of recurrence at the ileocecal anastomosis", "TURBT scar well healed, no recurrence at the scar") names
 * its site by the operation's own mark: ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention" ("recurrence
 * at the ileocolic anastomosis"; "a recurrence in the primary's own bed or at its anastomosis is the primary"). The words name no
 * organ, so the recurrence restates the encounter's one cancer and is placed at its site by `restatedCarcinoma.ts`, which leaves it
 * unread when the note's current cancers are of two organs. A scar counts only after the recurrence word: "well-healed Mohs scar, no
 * recurrence" of an excised skin cancer is the history's cue, not a recurrence's site.
 */

/** Words of an anastomosis, the join the resection left: it names the primary's own place before or after the recurrence word. */
const ANASTOMOSIS_WORDS: ReadonlySet<string> = new Set(['anastomosis', 'anastomotic']);
/** Words of the primary's own place that name it only after the recurrence word and its preposition ("recurrence at the scar"). */
const PLACE_AFTER_WORDS: ReadonlySet<string> = new Set(['anastomosis']);
/** Prepositions that join the place to the recurrence word. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['at', 'in', 'along', 'near']);
/** How many words after the recurrence word the place may stand ("recurrence at the ileocecal anastomosis"). */
const AFTER_REACH = 5;
/** How many words before the recurrence word an anastomosis may stand ("anastomosis intact, no recurrence"). */
const BEFORE_REACH = 6;

/** The position of the place word that makes the recurrence at `start` the primary's local one, or -1. */
export function primaryPlaceOfRecurrence(tokens: readonly Token[], start: number, end: number): number {
  const sentence = tokens[start]?.sentence;
  if (PLACE_PREPOSITIONS.has(tokens[end]?.norm ?? '') && tokens[end]?.sentence === sentence) {
    const after = firstInSentenceAfter(tokens, end + 1, AFTER_REACH, sentence, (token) => token.punct || PLACE_AFTER_WORDS.has(token.norm));
    if (after >= 0 && tokens[after]?.punct !== true) return after;
  }
  return nearestInSentenceBefore(tokens, start, BEFORE_REACH, sentence, (token) => ANASTOMOSIS_WORDS.has(token.norm));
}

/**
 * Whether a site names the anastomosis written right after it ("No recurrence at ileocecal anastomosis", "the ileocolic
 * anastomosis"): the organs it names are the ends the resection joined, not an organ the recurrence lies in, so the recurrence is
 * the primary's own local one, not a spread to the cecum.
 */
export function namesAnastomosis(tokens: readonly Token[], site: { readonly end: number }): boolean {
  return ANASTOMOSIS_WORDS.has(tokens[site.end]?.norm ?? '');
}

/**
 * The recurrence at the primary's own place as a mention waiting for the encounter's one cancer (`restatedOnly`, no site), spanning
 * the recurrence word and the place after it; none when the words name no such place.
 */
export function anastomoticRecurrence(tokens: readonly Token[], term: HistologyTerm, start: number, end: number): RawMention | undefined {
  const place = primaryPlaceOfRecurrence(tokens, start, end);
  if (place < 0) return undefined;
  const last = Math.max(end, place + 1);
  return { start, end: last, anchorStart: start, anchorEnd: end, column: 'primary', histology: term, restatedOnly: true };
}
