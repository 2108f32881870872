import type { TriggerHit } from './assertionScope';
import type { Token } from './tokens';

/**
 * "metastasis to the ovary from her prior breast cancer (less likely given the long interval)", "Metastasis from the prior
 * renal cell carcinoma considered unlikely", "The remote testicular germ cell tumor is not considered related": a past
 * cancer named with its own adjective of the past is a fact of the record; the hedge after it weighs whether the new disease
 * comes from it, not whether the patient had it. So the history stands (ANNOTATION.md: a former primary named as a
 * metastasis's source is its Z85.- history "whatever hedge the metastasis carries"; Guideline I.C.2.d), where a history lead
 * set apart from the mention ("Hx breast ca, likely recurrent") still yields to the hedge after it.
 */

/** History leads that are the mention's own adjective of the past. */
const PAST_ADJECTIVES: ReadonlySet<string> = new Set(['prior', 'previous', 'remote', 'former']);
/** Words the adjective must follow: a determiner or possessive ("her prior"), or the "from" of a named source ("met from prior RCC"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'her', 'his', 'their', 'a', 'an', 'this', 'from']);

/** Whether the history lead is a past adjective written right before the mention ("her prior breast cancer"). */
export function pastAdjectiveOf(tokens: readonly Token[], history: TriggerHit, start: number): boolean {
  return pastAdjectiveRightBefore(history, start) && DETERMINERS.has(tokens[history.start - 1]?.norm ?? '');
}

/**
 * Whether the history lead is a past adjective right before the mention, whatever precedes it ("67F w/ remote L breast cancer,
 * now w/ 2 intra-axial brain lesions"): "now with" after such a mention opens what is new since, not the cancer's own status
 * (`assertionActive.ts`).
 */
export function pastAdjectiveRightBefore(history: TriggerHit | undefined, start: number): boolean {
  return history !== undefined && history.end === start && PAST_ADJECTIVES.has(history.trigger.words);
}

/**
 * Whether the history lead is a survivor's, written right before the mention ("34F, survivor of Hodgkin lymphoma (cured), now with L
 * breast IDC"): the survivor's cancer is over, and "now with" after it opens the new disease (a second malignant neoplasm of a
 * childhood-cancer survivor), not the old cancer's status, as after a past adjective.
 */
export function survivorLeadRightBefore(tokens: readonly Token[], history: TriggerHit | undefined, start: number): boolean {
  return history !== undefined && history.trigger.words === 'survivor' && history.end + 1 === start && tokens[history.end]?.norm === 'of';
}
