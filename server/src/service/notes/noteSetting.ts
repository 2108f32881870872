/**
 * The setting a note states for itself. It matters for uncertain diagnoses: an outpatient encounter
 * codes "probable", "suspected" or "rule out" as the sign or symptom (ICD-10-CM Guidelines IV.H), an
 * inpatient admission codes them as if established (II.H, III.C). Only explicit words count; a note
 * that says neither has no setting, and the rules say which guideline applies in which setting.
 */

/** Words that name an inpatient admission (a discharge summary, an admission H&P, a hospital course). */
const INPATIENT = /\b(?:discharge summary|admission (?:h&p|history and physical|date)|date of admission|admitted (?:on|to)|hospital course|inpatient|patient class:\s*inpatient)\b/i;

/** Words that name an outpatient encounter (clinic or office visit, emergency department, outpatient). */
const OUTPATIENT = /\b(?:outpatient|clinic (?:visit|note)|office visit|emergency department visit|ed visit|patient class:\s*outpatient)\b/i;

/** The setting the encounter text states, inpatient words first; undefined when it states none. */
export function findSetting(encounterText: string): 'inpatient' | 'outpatient' | undefined {
  if (INPATIENT.test(encounterText)) return 'inpatient';
  if (OUTPATIENT.test(encounterText)) return 'outpatient';
  return undefined;
}
