import type { AssertionTrigger } from './assertionTrigger';

/**
 * "Likely progression of liver metastases vs biliary obstruction", "Decline is consistent w/ progression of the tumor": a
 * hedge about a progression weighs the course of a disease the note already has, so the disease progressing is current
 * (ANNOTATION.md: "consistent with" is uncertain only when the text does not establish the diagnosis otherwise; a progression
 * presupposes the disease). The phrases are the hedge, "progression of" and an optional determiner, read as one `active` cue.
 */
const PROGRESSION_HEDGE_PHRASES: readonly string[] = [
  'likely', 'most likely', 'probable', 'possible', 'suspected', 'presumed', 'concerning for', 'concern for', 'suspicious for',
  'worrisome for', 'suggestive of', 'compatible with', 'c/w', 'consistent with', 'consistent w /', 'most c/w', 'most consistent with',
].flatMap((hedge) => ['', ' the', ' his', ' her'].map((determiner) => `${hedge} progression of${determiner}`));

/**
 * "Increasing bone pain, likely from osseous mets": the hedge weighs what causes the symptom, as "likely due to" does (a
 * terminator, NegEx's), and the disease named as the cause is not its object (d869: "likely" governs the cause of pain, not
 * the documented mets). Read as a pseudo-trigger, so "likely" before "from" hedges nothing.
 */
const CAUSE_HEDGE_PHRASES: readonly string[] = ['likely from', 'most likely from', 'probably from'];

/** The hedges that weigh a disease's course or a symptom's cause rather than the disease, for `assertionTriggers.ts`. */
export const WEIGHED_COURSE_TRIGGERS: readonly AssertionTrigger[] = [
  ...PROGRESSION_HEDGE_PHRASES.map((words): AssertionTrigger => ({ words, assertion: 'active', direction: 'both' })),
  ...CAUSE_HEDGE_PHRASES.map((words): AssertionTrigger => ({ words, assertion: 'pseudo', direction: 'both' })),
];
