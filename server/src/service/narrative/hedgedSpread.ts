import type { TriggerHit } from './assertionScope';
import type { Assertion } from './model';

/**
 * A metastasis that a hedge and a history cue both reach ("in a pt w/ prior lung cancer -> high concern for brain metastasis",
 * "Ddx includes metastasis (… prostate ca remote …)", "metastasis from prior glottic SCC considered much less likely") is the
 * new lesion being weighed, not the old cancer: the history cue names the primary treated in the past, whose former site
 * Guideline I.C.2.d codes by Z85, while the spread is a current question coded at its secondary site with the hedge's
 * uncertainty (Guidelines II.H / IV.H). So for a secondary the hedge outranks the history cue.
 */
export function settleHedgedSpread(found: Map<Assertion, TriggerHit>, column: string | null | undefined): void {
  if (column === 'secondary' && found.has('uncertain') && found.has('history')) found.delete('history');
}
