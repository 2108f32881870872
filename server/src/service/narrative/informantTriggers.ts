import type { AssertionTrigger } from './assertionTriggers';
import { COMPANION_OPENINGS } from './patientCompanion';
import { QUESTION_CUES } from './presupposedQuestion';

/**
 * "Daughter (POA) called, asks whether her leukemia is getting worse", "Told daughter by phone - leukemia stable", "Wife
 * aware brain tumor is not curable": a relative or a spouse who reports, asks, is told or is updated is the informant
 * about the patient's disease, not the one who has it (ConText's experiencer is the patient there). These phrases are
 * pseudo-triggers: matched first, they keep the relative's word from reading as a family or other-experiencer cue. A
 * relative named with a disease of their own ("per daughter, her father had colon cancer") still reads as before.
 */

/** The people who speak for a patient or are spoken to about the patient. */
const INFORMANTS: readonly string[] = [
  'daughter', 'son', 'wife', 'husband', 'spouse', 'partner', 'mother', 'father', 'mom', 'dad', 'sister', 'brother', 'niece', 'nephew',
  'granddaughter', 'grandson', 'family', 'parents', 'caregiver',
];

/**
 * The informant's single verbs or states, written right after them ("daughter called", "wife aware"); `informantGloss.ts` reads
 * the same words after a relative's parenthesised gloss.
 */
export const INFORMANT_VERBS: readonly string[] = [
  'called', 'calls', 'calling', 'asks', 'asked', 'asking', 'reports', 'reported', 'states', 'stated', 'says', 'said', 'notes', 'aware',
  'updated', 'informed', 'notified', 'present', 'requests', 'requested', 'wonders', 'verbalized',
];

/** What the informant does, written after them: the verbs above, and the phrases and roles ("son at bedside", "wife (POA)"). */
const AFTER_INFORMANT: readonly string[] = [
  ...INFORMANT_VERBS, 'is aware', 'at bedside', 'at the bedside', 'wants to know', '( poa )', '( hcp )', 'poa', 'hcp',
];

/** What is done with the informant, written before them ("told daughter", "spoke with wife", "per son"). */
const BEFORE_INFORMANT: readonly string[] = [
  'told', 'updated', 'informed', 'notified', 'called', 'per', 'spoke with', 'spoke to', 'talked with', 'talked to', 'discussed with', 'd/w',
  'met with', 'reassured', 'explained to',
  // "Discussed with pt and wife", "Explained to pt + son": a relative joined to the patient is the patient's companion (patientCompanion.ts).
  ...COMPANION_OPENINGS,
];

export const INFORMANT_TRIGGERS: readonly AssertionTrigger[] = INFORMANTS.flatMap((person) => [
  ...AFTER_INFORMANT.map((words) => `${person} ${words}`),
  ...BEFORE_INFORMANT.map((words) => `${words} ${person}`),
]).map((words): AssertionTrigger => ({ words, assertion: 'pseudo', direction: 'both' }));

/**
 * A question the patient or a relative is putting about the patient's own disease ("Daughter called asking whether the
 * cancer has spread to his brain", "Mom calling, asking if the fever means the leukemia is back"): the words state what
 * the asker fears and the note neither confirms nor denies it there, so the disease is uncertain (ANNOTATION.md, a
 * patient's or a relative's question or worry). A question about the disease's cause, its going or a step to take ("asks
 * whether she should be screened", "asking if the AML 'is gone yet'") presupposes it and doubts nothing (`presupposedQuestion.ts`).
 */
export const QUESTION_TRIGGERS: readonly AssertionTrigger[] = QUESTION_CUES
  .map((words): AssertionTrigger => ({ words, assertion: 'uncertain', direction: 'pre' }));
