import { deniedNearer, doubtOfKindOnly } from './assertionConflicts';
import type { TriggerHit } from './assertionScope';
import type { Assertion, AssertionEvidence } from './model';

/** A result being built for one mention, before the flags that hold are set on it (an `AssertionResult`, named here without importing it back). */
interface FlaggableResult {
  readonly assertion: Assertion;
  readonly evidence: AssertionEvidence;
  familyNegated?: boolean;
  historyNegated?: boolean;
  hedged?: boolean;
}

/**
 * A hedge or condition found for the mention still reaches it: no denial stands between them, and it doubts more than an
 * informant's kind of cancer. A function of its own so the caller tests the two hedges without an array and a closure per mention.
 */
export function hedgeReaches(hedge: TriggerHit | undefined, found: ReadonlyMap<Assertion, TriggerHit>, start: number, assertion: Assertion): boolean {
  return hedge !== undefined && !deniedNearer(hedge, found.get('negated'), start) && !doubtOfKindOnly(hedge, assertion);
}

/**
 * Sets on the result only the flags that hold, in the order the report lists them. Setting them one by one, rather than
 * spreading a small object or an empty one for each flag, leaves no temporary object behind for every mention read.
 */
export function withFlags(result: FlaggableResult, familyNegated: boolean, historyNegated: boolean, hedged: boolean): FlaggableResult {
  if (familyNegated) result.familyNegated = true;
  if (historyNegated) result.historyNegated = true;
  if (hedged) result.hedged = true;
  return result;
}
