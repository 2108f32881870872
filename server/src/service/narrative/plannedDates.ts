import type { Token } from './tokens';

/**
 * "MIS L upper back - WLE w/ 5 mm margins, scheduled 12/10": a date a plan word leads is when a procedure will be done, so
 * it does not date the procedure as past. A removal cue that needs a date (`dated` in `assertionTriggers.ts`: "Melanoma in
 * situ, R upper arm, WLE 2022" is a past one) is then a plan, and the lesion it is planned for is still there (Guideline
 * I.C.2.d: history needs the neoplasm excised; ANNOTATION.md, history: surgery planned is treatment still to come).
 */

/** Words that say the date after them is a plan's ("scheduled 12/10", "planned for 01/2027", "due 2027", "booked on 12/15"). */
const PLAN_WORDS: ReadonlySet<string> = new Set(['scheduled', 'planned', 'booked', 'due', 'pending', 'next', 'tentatively', 'rescheduled']);
/** Words that may stand between the plan word and its date. */
const DATE_LINKS: ReadonlySet<string> = new Set(['for', 'on', 'in']);

/** Whether the date at `position` is led by a plan word. */
export function plannedDate(tokens: readonly Token[], position: number): boolean {
  const before = tokens[position - 1]?.norm ?? '';
  if (PLAN_WORDS.has(before)) return true;
  return DATE_LINKS.has(before) && PLAN_WORDS.has(tokens[position - 2]?.norm ?? '');
}
