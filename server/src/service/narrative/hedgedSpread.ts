import type { TriggerHit } from './assertionScope';
import type { Assertion } from './model';
import type { Token } from './tokens';

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

/** How many tokens after a "metastatic" cue a hedge written after it may stand ("metastatic laryngeal SCC to the lung less likely"). */
const HEDGE_AFTER_REACH = 12;

/**
 * "Prior glottic SCC: metastatic laryngeal SCC to the lung less likely": a spread that a hedge written after it doubts keeps no
 * cancer current, as one hedged before it does not ("suspicious for osseous metastatic disease given hx of breast cancer"). The
 * hits come in text order; only those of the cue's sentence within a few tokens after it are looked at, so the scan is bounded.
 */
export function hedgedAfterCue(
  tokens: readonly Token[], hits: readonly TriggerHit[], position: number, cue: TriggerHit, reachesCue: (hedge: TriggerHit) => boolean,
): boolean {
  const sentence = tokens[cue.start]?.sentence;
  for (let next = position + 1; next < hits.length; next++) {
    const hit = hits[next];
    if (hit === undefined || hit.start > cue.end + HEDGE_AFTER_REACH || tokens[hit.start]?.sentence !== sentence) return false;
    if (hit.trigger.assertion === 'uncertain' && hit.trigger.direction !== 'pre' && !clauseBreakBetween(tokens, cue.end, hit.start) && reachesCue(hit)) return true;
  }
  return false;
}

/** The marks that close the spread's clause before a hedge written after it, which then weighs another clause. */
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([',', ';', '(', ')']);

function clauseBreakBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (CLAUSE_BREAKS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}
