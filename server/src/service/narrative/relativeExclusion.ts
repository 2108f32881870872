import type { AssertionTrigger } from './assertionTrigger';
import type { TriggerHit } from './assertionScope';
import type { Assertion } from './model';
import type { Token } from './tokens';

/**
 * "the phenotype overlaps with APL, which is excluded by FISH below", "The differential includes lymphoma, which was ruled
 * out": a relative clause that opens right after the mention concludes about the mention itself, so its denial outranks a
 * hedge before the mention and a present reading (ConText: the nearer trigger wins; a diagnosis considered and then excluded
 * is negated, ANNOTATION.md).
 */

/** The verbs of the relative clause before the denial ("which is", "which was", "which has been"). */
const RELATIVE_VERBS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'been']);
/** The auxiliaries that may stand before "been" ("which has been excluded"). */
const PERFECT_AUXILIARIES: ReadonlySet<string> = new Set(['has', 'have', 'had']);
/** The participles that deny ("excluded", "ruled out"); "ruled" needs its "out". */
const DENYING_PARTICIPLES: ReadonlySet<string> = new Set(['excluded', 'ruled']);

const RELATIVE_DENIAL: AssertionTrigger = { words: 'which is excluded', assertion: 'negated', direction: 'post' };

/** The denial of a relative clause ", which is (has been) excluded / ruled out" opening at `comma`, if the clause is one. */
function relativeDenialAt(tokens: readonly Token[], comma: number): TriggerHit | undefined {
  if (tokens[comma]?.norm !== ',' || tokens[comma + 1]?.norm !== 'which') return undefined;
  let position = comma + 2;
  if (PERFECT_AUXILIARIES.has(tokens[position]?.norm ?? '')) position++;
  if (!RELATIVE_VERBS.has(tokens[position]?.norm ?? '')) return undefined;
  const participle = tokens[position + 1]?.norm ?? '';
  if (!DENYING_PARTICIPLES.has(participle)) return undefined;
  if (participle === 'ruled' && tokens[position + 2]?.norm !== 'out') return undefined;
  return { start: position + 1, end: participle === 'ruled' ? position + 3 : position + 2, trigger: RELATIVE_DENIAL };
}

/** Reads the mention ending at `end` (its last token or the one after it) as denied when a relative clause right after it denies it. */
export function settleRelativeExclusion(tokens: readonly Token[], found: Map<Assertion, TriggerHit>, end: number): void {
  const denial = relativeDenialAt(tokens, end) ?? relativeDenialAt(tokens, end + 1);
  if (denial === undefined) return;
  found.delete('uncertain');
  found.set('negated', denial);
}
