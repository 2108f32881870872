import { type AssertionTrigger, postTriggers as post, preTriggers as pre } from './assertionTrigger';

/**
 * A report's weighing of the evidence for a diagnosis, as data (ANNOTATION.md, round 18 decisions). Evidence weighed against a
 * diagnosis kept in the differential leaves it open, as "not favored", "unlikely" and "doubt" do (Guidelines II.H / IV.H): "CD103
 * negative, arguing against hairy cell leukemia" is uncertain. Evidence that would establish the diagnosis and is not there
 * denies it, as "no evidence of" does, and the pathologist declines the diagnosis: "A lung primary is not supported", "no
 * support for a carcinoma", "not supportive of lymphoma" are negated. Each entry is tested in
 * `test/service/narrative/assertionRound18.test.ts`.
 */


export const WEIGHED_EVIDENCE_TRIGGERS: readonly AssertionTrigger[] = [
  ...pre('uncertain', 'arguing against', 'argues against', 'argue against', 'argued against'),
  ...pre('negated', 'no support for', 'not supportive of', 'not supportive for', 'does not support', 'do not support', 'did not support'),
  // The criteria the diagnosis needs are not met (round 22, d941 "Features fall short of parathyroid carcinoma (WHO 2022 needs invasion)").
  ...pre('negated', 'fall short of', 'falls short of', 'fell short of', 'short of a diagnosis of', 'insufficient for a diagnosis of', 'insufficient for the diagnosis of',
    'do not meet criteria for', 'does not meet criteria for', 'not meeting criteria for'),
  ...post('negated', 'not supported', 'is not supported', 'are not supported', 'was not supported', 'unsupported'),
];
