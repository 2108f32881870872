import { type AssertionTrigger, postTriggers as post } from './assertionTrigger';

/**
 * A working diagnosis held until tissue decides, as data: "anterior mediastinal mass = thymoma until proven otherwise" names the
 * reading the clinician acts on while it is still to be proven, which Guidelines II.H / IV.H code as uncertain ("probable",
 * "suspected", "still to be ruled out"; d937, whose plan calls it "the probable thymoma"). Each entry is tested in
 * `test/service/narrative/assertionRound22.test.ts`.
 */
export const WORKING_DIAGNOSIS_TRIGGERS: readonly AssertionTrigger[] = [
  ...post('uncertain', 'until proven otherwise', 'until proved otherwise', 'unless proven otherwise', 'until otherwise proven', 'until proven different'),
];
