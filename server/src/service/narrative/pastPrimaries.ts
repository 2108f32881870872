import type { FamilyStatements } from './familyStatement';
import { pastLeadsWith } from './pastLeads';
import type { RawMention } from './rawMention';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './token';

/**
 * Where the note writes a cancer as the patient's past one: in a Past Medical or Past Surgical History block, or after a
 * history lead in its own sentence ("hx of papillary thyroid carcinoma s/p total thyroidectomy 2008, no recurrence",
 * "remote base-of-tongue SCC"). A tissue result written with no site in the rest of the note ("Pathology review: EUS-FNB
 * slides reviewed - ductal adenocarcinoma") reports the disease the encounter works up or treats, not a cancer excised
 * years before (Guideline I.C.2.d: such a primary is a history, Z85, and no longer the patient's disease), so the
 * restatement of a site-less carcinoma (`restatedCarcinoma.ts`) may set such past primaries aside when the note's current
 * primaries are all of one organ.
 */

/**
 * Words that, before a cancer in its sentence, write it as the patient's past one: the shared core (pastLeads.ts), the history
 * nouns and adjectives, and the headings "pmh", "pmhx" of a past-history line, which only this pass takes: it weighs the whole
 * line's primaries against the current ones, while the others read one cancer's own phrase.
 */
export const HISTORY_LEADS: ReadonlySet<string> = pastLeadsWith(['hx', 'h/o', 'history', 'remote', 'former', 'past', 'pmh', 'pmhx']);

/**
 * Words that, after a cancer in its sentence, state it treated with no disease left ("R breast ca 2012 (lumpectomy, XRT,
 * tamoxifen x5y; NED)", "testicular cancer … cured"): a history (Guideline I.C.2.d), as ANNOTATION.md's "Codes by assertion" reads them.
 */
const CLEARED_WORDS: ReadonlySet<string> = new Set(['ned', 'cured']);
/** How far after a cancer, in its sentence, its course may state it cleared. */
const CLEARED_REACH = 12;

/** How far before a mention, in its sentence, a history lead may stand ("hx of papillary thyroid carcinoma"). */
const HISTORY_LEAD_REACH = 8;

/** Whether the mention at `start` is written as the patient's past cancer: in a past-history block or after a history lead. */
export function writtenAsPast(tokens: readonly Token[], family: FamilyStatements, start: number): boolean {
  if (family.inPastHistory(start)) return true;
  const sentence = tokens[start]?.sentence;
  return wordInSentenceWindow(tokens, start, start, { words: HISTORY_LEADS, sentence, before: HISTORY_LEAD_REACH })
    || wordInSentenceWindow(tokens, start, start + 1, { words: CLEARED_WORDS, sentence, after: CLEARED_REACH });
}

/**
 * The primaries that name the encounter's current cancer organ: all of them when they are of one organ; else those not written
 * as past, when those are of one organ; else none, so that two current organs still leave a site-less result unplaced.
 */
export function currentOrganPrimaries<M extends RawMention & { readonly site: { readonly path: readonly string[] } }>(
  primaries: readonly M[], past: (mention: RawMention) => boolean,
): readonly M[] {
  if (oneOrgan(primaries)) return primaries;
  const current = primaries.filter((primary) => !past(primary));
  return oneOrgan(current) ? current : [];
}

/** Whether the primaries are all of one organ (and there is at least one). */
function oneOrgan(primaries: readonly { readonly site: { readonly path: readonly string[] } }[]): boolean {
  const organ = primaries[0]?.site.path[0];
  return organ !== undefined && primaries.every((primary) => primary.site.path[0] === organ);
}
