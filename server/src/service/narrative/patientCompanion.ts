import type { Token } from './token';
import { presentAtVisit } from './bedsideCompanion';

/**
 * "Explained to pt + son: tumor completely removed", "Discussed with pt and wife: stage III cecal adenocarcinoma", "Pt & daughter
 * counseled": a relative joined to the patient by "and", "+" or "&" is with the patient at the visit, hearing or telling about the
 * patient's disease, not a relative whose cancer the sentence names (ConText's experiencer stays the patient, as for an informant:
 * `informantTriggers.ts`). A family history names the relative's own disease beside them ("Mother - breast ca"), never "pt and
 * mother". The test reads at most four tokens before the relative's word.
 */

/** The words for the patient that a companion is joined to. */
const PATIENT_WORDS: ReadonlySet<string> = new Set(['pt', 'patient', 'pt.']);

/** The words that join the companion to the patient. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', '+', '&']);

/** The possessives that may stand between the joining word and the companion ("pt and his wife"). */
const POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'their']);

/** Whether the relative's word at `position` is joined to the patient right before it ("pt and wife", "patient and her daughter"). */
export function companionOfPatient(tokens: readonly Token[], position: number): boolean {
  // "2 adult sons at bedside": a relative present at the visit is a companion too (bedsideCompanion.ts).
  if (presentAtVisit(tokens, position)) return true;
  let before = position - 1;
  if (POSSESSIVES.has(tokens[before]?.norm ?? '')) before--;
  if (!JOINING_WORDS.has(tokens[before]?.norm ?? '')) return false;
  const patient = tokens[before - 1];
  return patient !== undefined && patient.sentence === tokens[position]?.sentence && PATIENT_WORDS.has(patient.norm);
}

/** The phrases that join a companion to the patient, written before the companion's word, for the assertion cues. */
export const COMPANION_OPENINGS: readonly string[] = ['pt and', 'pt +', 'pt &', 'patient and', 'pt and his', 'pt and her', 'patient and his', 'patient and her'];
