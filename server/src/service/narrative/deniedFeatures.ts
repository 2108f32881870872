import type { TriggerHit } from './assertionScope';
import type { Token } from './tokens';

/**
 * Round 25 review: a denial written after the features it denies ("embryonal RMS, botryoid features absent", "Ewing sarcoma, atypical
 * features not seen") denies those features, a finding of the tumour named before them, not the tumour: the pathologist names the
 * diagnosis and then a variant's features it lacks. Only a "feature" noun right before the trigger, after the mention, reads so.
 */

/** The nouns of a tumour's features. */
const FEATURE_NOUNS: ReadonlySet<string> = new Set(['feature', 'features']);

/** Whether the post denial `hit` denies a features noun written right before it and after the mention ending at `end`. */
export function deniesFeaturesAfter(tokens: readonly Token[], hit: TriggerHit, end: number): boolean {
  return hit.trigger.direction === 'post' && hit.start - 1 >= end && FEATURE_NOUNS.has(tokens[hit.start - 1]?.norm ?? '');
}
