import { type AssertionTrigger, triggersOf } from './assertionTrigger';

/**
 * Round 25 (tuner B): an exclusion still to be made is a rule-out, not a denial. "MPNST must be excluded", "Peritoneal disease
 * needs to be excluded before surgery", "Lymphoma needs to be ruled out": the writer names a diagnosis the work-up has yet to
 * exclude, so it stays possible (ANNOTATION.md: "rule out" is uncertain, Guidelines II.H / IV.H), while "excluded" and "ruled
 * out" alone, or "has been excluded", report an exclusion made (negated). The longer words are matched first, so the
 * "excluded" inside them is no denial.
 */
const STILL_TO = ['must be', 'needs to be', 'need to be', 'will need to be', 'would need to be', 'should be', 'has to be', 'have to be', 'to be', 'yet to be'];

export const PENDING_EXCLUSION_TRIGGERS: readonly AssertionTrigger[] = triggersOf('uncertain', 'post',
  ...STILL_TO.flatMap((still) => [`${still} excluded`, `${still} ruled out`]));
