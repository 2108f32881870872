import { spanOf } from '../spans';
import type { CriterionCells } from './eligibility';
import type { AssertionEvidence } from './model';

/**
 * A policy's or protocol's own words quoted in a note ("Reviewed per center SOP 7.4 ("donor with history of malignancy is
 * acceptable if …; non-melanoma skin cancer and cervical carcinoma in situ are not exclusions")"): the quotation states a rule
 * about donors or patients in general, not this person's history, so every diagnosis in it is hypothetical, as a trial's
 * eligibility criterion is (eligibility.ts). A quotation without such a lead (a patient's own words, "stomach cancer" in a
 * relative's history) keeps its usual reading.
 */
const POLICY_LEAD = /\b(sop|policy|policies|protocol|guidelines?|criteria|standards?)\b[^"\n]{0,30}$/i;
/** The evidence of a history a quoted policy speaks of ("donor with history of malignancy"): coded as that history (Z85.9). */
export const POLICY_HISTORY = 'policy: history of';
/** How far before the opening quote its lead may stand, and how long a quotation may run. */
const LEAD_REACH = 40;
const QUOTE_REACH = 600;

/** The quoted policy texts in `[from, to)` of `text`, in one pass over its quotation marks. */
export function findQuotedPolicies(text: string, from: number, to: number): CriterionCells {
  const cells: (readonly [number, number])[] = [];
  const evidence: AssertionEvidence[] = [];
  let open = text.indexOf('"', from);
  while (open >= 0 && open < to) {
    const close = text.indexOf('"', open + 1);
    if (close < 0 || close >= to) break;
    const lead = POLICY_LEAD.exec(text.slice(Math.max(from, open - LEAD_REACH), open));
    if (lead !== null && close - open <= QUOTE_REACH) {
      cells.push([open + 1, close]);
      const word = open - lead[0].length;
      evidence.push({ trigger: 'policy', span: spanOf(word, word + (lead[1] ?? '').length) });
    }
    open = text.indexOf('"', close + 1);
  }
  return { cells, evidence };
}
