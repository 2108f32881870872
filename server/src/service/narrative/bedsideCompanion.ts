import type { Token } from './token';

/**
 * "Wife (Graciela) and 2 adult sons at bedside, understand the cancer has returned":
 * a relative at the bedside is hearing of the patient's disease, not a relative whose cancer the sentence
 * names (ConText's experiencer stays the patient, as for a companion joined to the patient: `patientCompanion.ts`). A family
 * history names the relative's own disease ("Son - Hodgkin lymphoma"), never where the relative stands. The test reads at most
 * a few words after the relative's word, in its clause.
 */

/** How many tokens after the relative's word its presence may be written ("sons (both adults) at the bedside"). */
const PRESENCE_REACH = 6;

/** The punctuation that ends the relative's clause before its presence could be written. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([',', ';', ':', '.', '-', '–', '—']);

/** Whether the relative's word at `position` is said to be at the patient's bedside ("at bedside", "at the bedside"). */
export function presentAtVisit(tokens: readonly Token[], position: number): boolean {
  const sentence = tokens[position]?.sentence;
  for (let at = position + 1; at <= position + PRESENCE_REACH && at < tokens.length; at++) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence || CLAUSE_ENDS.has(token.norm)) return false;
    if (token.norm === 'bedside' && (tokens[at - 1]?.norm === 'at' || (tokens[at - 1]?.norm === 'the' && tokens[at - 2]?.norm === 'at'))) return true;
  }
  return false;
}
