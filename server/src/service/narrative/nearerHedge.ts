import type { TriggerHit } from './assertionScope';
import type { Assertion } from './model';
import type { Token } from './tokens';

/**
 * Round 22: a hedge written right after the mention outranks a denial that reaches it from an earlier item of a list ("CT:
 * no liver lesions, small volume ascites, subtle peritoneal nodularity - carcinomatosis cannot be excluded", d910). The
 * denial's "no" opens the list and speaks for its first item; the mention's own clause, set off by a comma, dash or
 * semicolon, closes with the hedge, which is nearer (ConText: the nearer trigger wins; ANNOTATION.md: "cannot exclude" is
 * uncertain). A denial of the mention's own clause ("no carcinomatosis, cannot be excluded" is no such case) stays.
 */

/** The marks that set off a list's items, and so the mention's clause from the denial's. */
const ITEM_MARKS: ReadonlySet<string> = new Set([',', '-', ';']);

/** Deletes the denial of `found` when a hedge follows the mention at once and a list mark parts the denial from the mention. */
export function settleNearerHedge(tokens: readonly Token[], found: Map<Assertion, TriggerHit>, start: number, end: number): void {
  const denial = found.get('negated');
  const hedge = found.get('uncertain');
  if (denial === undefined || hedge === undefined || denial.end > start || hedge.start !== end || hedge.trigger.direction === 'pre') return;
  if (ITEM_MARKS.has(tokens[start - 1]?.norm ?? '')) found.delete('negated');
}
