import type { Assertion } from './model';
import { RECURRENCE_NOUNS } from './ownOrganRecurrence';
import type { RawMention } from './rawMention';
import { cueBeforeOver } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "No evidence of recurrent laryngeal cancer", "no PET evidence of recurrent breast cancer", "no laryngeal cancer recurrence":
 * a denied recurrence of the patient's own documented cancer is that cancer denied again, so it takes the cancer's documented side
 * and sub-site (ANNOTATION.md, round 22: "A denied recurrence of the patient's documented cancer takes that cancer's side and
 * sub-site"; were it present it would be that primary again), as a denied residual tumour does (`residualOwnCancer.ts`). The
 * reader restores the written site of other denied mentions (a new or contralateral primary, a screening "no malignancy"), and of a
 * recurrence of an organ whose only documented neoplasm is in situ: "no recurrent breast cancer" after a DCIS names an invasive
 * cancer the record does not document (ANNOTATION.md, the same rule: d58, d254, d544 stay `null` by side).
 */

/** How many words (a behaviour or an organ: "recurrent invasive breast cancer") may stand between the recurrence word and the mention. */
const RECURRENCE_REACH = 2;
/** The words that name the return before the mention ("recurrent laryngeal cancer"). */
const BEFORE_WORDS: ReadonlySet<string> = new Set(['recurrent', 'recurring']);

const isRecurrenceWord: TokenTest = (token) => BEFORE_WORDS.has(token.norm);
const isWord: TokenTest = (token) => token.punct !== true;

/**
 * Whether the mention's own words name its recurrence: "recurrent" over at most two words before it, or a recurrence word of
 * `ownOrganRecurrence.ts` right after it ("laryngeal cancer recurrence").
 */
export function namesRecurrence(tokens: readonly Token[], mention: RawMention): boolean {
  const sentence = tokens[mention.start]?.sentence;
  if (cueBeforeOver(tokens, mention.start, RECURRENCE_REACH + 1, sentence, isRecurrenceWord, isWord) >= 0) return true;
  const after = tokens[mention.end];
  // "No evidence of lung cancer recurrence in the mediastinum": a recurrence denied at a place it names is read at that place.
  return after !== undefined && after.sentence === sentence && RECURRENCE_NOUNS.has(after.norm) && !PLACE_PREPOSITIONS.has(tokens[mention.end + 1]?.norm ?? '');
}

/** Prepositions that name the place of a recurrence written after it ("recurrence in the mediastinum", "at the anastomosis"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'to', 'within', 'along', 'of']);

/**
 * A kept documented site that lost a part the mention's own words name: "No findings to suggest recurrent ACC" of a documented "L
 * adrenal" cancer is the left adrenal's cortex (C74.02), the side from the record and the part from the words.
 */
export function withWrittenPart(mention: RawMention): RawMention {
  const { site, writtenSite } = mention;
  if (site === undefined || writtenSite === undefined || writtenSite.path[0] !== site.path[0] || writtenSite.path.length <= site.path.length) return mention;
  return { ...mention, site: { ...site, path: writtenSite.path, ...(writtenSite.qualifiers === undefined ? {} : { qualifiers: writtenSite.qualifiers }) } };
}

/** Assertions under which a primary mention documents the patient's own cancer: not denied, foreseen or a relative's. */
const DOCUMENTING: ReadonlySet<Assertion> = new Set(['present', 'history', 'uncertain']);

/** The organs (first path word) of the patient's own malignant primaries, present, past or suspected, read once per note. */
export function ownCancerOrgans(mentions: readonly RawMention[], assertions: readonly Assertion[]): ReadonlySet<string> {
  const organs = new Set<string>();
  mentions.forEach((mention, index) => {
    const organ = mention.site?.path[0];
    if (mention.column === 'primary' && organ !== undefined && DOCUMENTING.has(assertions[index] ?? 'present')) organs.add(organ);
  });
  return organs;
}
