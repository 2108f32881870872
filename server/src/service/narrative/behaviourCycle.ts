import { possessiveOwner } from './charCodes';
import { opensWithDigit } from './numberWords';
import type { Token } from './tokens';

/**
 * "reassurance-seeking / body-checking cycle maintaining anxiety", "menstrual cycle", "sleep cycle": a cycle of a behaviour or
 * of the body is no course of chemotherapy, so it is no cue that a cancer is being treated now (Guideline I.C.2.d reads a
 * treatment still directed at the cancer; "C3 of FOLFOX", "cycle 8", "next cycle of gem" are such courses). The word before
 * the cycle names what cycles: a behaviour written as a hyphenated "-ing" word ("body-checking", "binge-eating") or one of
 * the body's and the mind's cycles below; a number after it still counts a course ("worry cycle" has none).
 */
const NON_TREATMENT_CYCLES: ReadonlySet<string> = new Set([
  'menstrual', 'sleep', 'sleep-wake', 'circadian', 'cell', 'vicious', 'life', 'ovulatory', 'anovulatory', 'worry', 'anxiety', 'panic', 'avoidance', 'habit',
]);

/** Whether the one-word cue "cycle" at `index` names a behaviour's or the body's cycle rather than a course of treatment. */
export function namesNonTreatmentCycle(tokens: readonly Token[], index: number, end: number): boolean {
  if (end !== index + 1 || tokens[index]?.norm !== 'cycle') return false;
  const before = tokens[index - 1]?.norm ?? '';
  const counted = opensWithDigit(tokens[end]);
  return !counted && (NON_TREATMENT_CYCLES.has(before) || (before.includes('-') && before.endsWith('ing')));
}

/** People other than the patient whose course a note may tell ("triggered by peer's relapse", "her friend's recurrence"). */
const OTHER_PEOPLE: ReadonlySet<string> = new Set([
  'peer', 'friend', 'colleague', 'coworker', 'co-worker', 'neighbor', 'neighbour', 'roommate', 'classmate', 'husband', 'wife', 'partner', 'spouse',
]);

/**
 * Whether an active cue at `index` is another person's course, named by a possessive right before it ("triggered by peer's
 * relapse", "after her friend's recurrence"): the person's relapse says nothing of the patient's cancer.
 */
export function namesOthersCourse(tokens: readonly Token[], index: number, assertion: string): boolean {
  if (assertion !== 'active') return false;
  return OTHER_PEOPLE.has(possessiveOwner(tokens[index - 1]?.norm ?? ''));
}
