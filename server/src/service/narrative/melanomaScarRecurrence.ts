import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { lastCancerBefore, siteInOwnWords } from './skinScarRecurrence';
import type { Token } from './tokens';

/**
 * "Hx MIS - no evidence of recurrence at the R cheek scar", "Hx melanoma L forearm s/p WLE - no recurrence at L forearm": a
 * recurrence written at a skin site right after the patient's melanoma of its item is that melanoma's local recurrence at the
 * site, coded by the melanoma's morphology there (ANNOTATION.md, round 15 and round 21 (f): "a denied recurrence at a named site
 * is a mention of the cancer there, negated"; d112: Index Melanoma, in situ, face D03.3-; cheek → Tabular D03.39 Melanoma in situ
 * of other parts of face), as `skinScarRecurrence.ts` reads a basal or squamous cell carcinoma's. The recurrence keeps its own
 * words and site, so its assertion is read from them; the melanoma must be in the recurrence's sentence and written before it.
 */

/** Whether a mention is the patient's melanoma, invasive or in situ, of the skin (not a node's spread). */
function isSkinMelanoma(mention: RawMention): boolean {
  return mention.morphology?.siteAxis === 'melanoma' && mention.column !== 'secondary' && mention.site?.lymphNode !== true;
}

/** The local recurrence of the melanoma written before a pending recurrence at a skin site in its sentence, or undefined. */
export function melanomaScarRecurrence(tokens: readonly Token[], recurrence: RawMention & { readonly site: SiteMatch }, melanoma: RawMention | undefined): RawMention | undefined {
  if (melanoma === undefined || tokens[melanoma.start]?.sentence !== tokens[recurrence.start]?.sentence) return undefined;
  // "Hx MIS … no recurrence on exams": a site the recurrence's own words do not name leaves it a bare denial.
  if (!siteInOwnWords(recurrence)) return undefined;
  return asMelanomaRecurrence(recurrence, melanoma);
}

/** What a melanoma's local recurrence keeps of its own: its words, span and site. */
type RecurrenceWords = Pick<RawMention, 'start' | 'end' | 'anchorStart' | 'anchorEnd' | 'site' | 'histology'>;

/**
 * The recurrence's words, span and site coded by the melanoma's column and morphology (invasive or in situ), never in remission
 * or relapse: the one shape of a melanoma's local recurrence here and at "the scar" (`scarRecurrence.ts`).
 */
export function asMelanomaRecurrence(recurrence: RecurrenceWords, melanoma: RawMention): RawMention {
  const { start, end, anchorStart, anchorEnd, site, histology } = recurrence;
  return { start, end, anchorStart, anchorEnd, column: melanoma.column, site, histology, morphology: melanoma.morphology, inSitu: melanoma.inSitu, remission: false, relapse: false };
}

/** The finder of the patient's last melanoma written before a position (`lastCancerBefore`). */
export function lastMelanomaBefore(mentions: readonly RawMention[], isPatients: (mention: RawMention) => boolean): (at: number) => RawMention | undefined {
  return lastCancerBefore(mentions, isSkinMelanoma, isPatients);
}
