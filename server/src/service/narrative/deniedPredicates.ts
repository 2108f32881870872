/**
 * Round 25 (tuner B): the predicate a denial negates when it is written between the denial and a diagnosis. "No IS change
 * needed for a single BCC", "not related to his cancer", "BM bx not needed per heme for localized ocular adnexal MZL",
 * "LNG-IUD not ideal w/ FIGO 1 … myomectomy of the submucosal fibroid": the writer denies a need, a relation or a fitness,
 * and the diagnosis after it is what the need or the relation is about, not what is denied (NegEx's termination terms end a
 * denial at the reason or the cause that follows it, as "due to" and "secondary to" do). These words stop a denial only: a
 * hedge or a plan before them still reaches the diagnosis ("biopsy needed to exclude lymphoma" keeps its rule-out, which
 * stands after them anyway), and a history lead reads through them.
 */
export const DENIED_PREDICATES: readonly string[] = [
  'needed', 'is needed', 'are needed', 'necessary', 'required', 'warranted', 'indicated', 'ideal', 'related to', 'relevant',
];

/** The terminators that stop only one kind of trigger, with that kind (the others read through them). */
export function oneKindTerminators(historyOnly: readonly string[]): ReadonlyMap<string, string> {
  const kinds = new Map<string, string>();
  for (const word of historyOnly) kinds.set(word, 'history');
  for (const word of DENIED_PREDICATES) kinds.set(word, 'negated');
  return kinds;
}
