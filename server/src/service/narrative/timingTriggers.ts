import type { AssertionTrigger } from './assertionTrigger';

/**
 * Cues of plans, as data: their timing and need (NegEx's pseudo-triggers: words that contain a trigger but do not assert it)
 * and the checks they order; each entry is tested in `test/service/narrative/assertionRound21.test.ts`.
 */

const pseudo = (...words: string[]): AssertionTrigger[] => words.map((entry) => ({ words: entry, assertion: 'pseudo', direction: 'both' }));

export const TIMING_TRIGGERS: readonly AssertionTrigger[] = [
  // "Prior to" says when a planned step comes ("CT prior to gyn onc visit to r/o distant metastases"; "Prior to chemo, check for
  // brain metastases"), not that a disease is past as the adjective "prior" does ("prior breast cancer").
  ...pseudo('prior to'),
  // What a plan has no need for is a test or a treatment, not the disease it would be done for ("No need for repeat adrenal
  // imaging for the adenoma"): NegEx's "no" denies nothing here.
  ...pseudo('no need for', 'no need to'),
  // A "<cancer> check" is a screening exam for that cancer, hypothetical as "<cancer> screening" is ("derm referral for LN2 +
  // skin cancer check"): it reaches only the cancer written right before it, with nothing between.
  ...(['check', 'checks'] as const).map((words): AssertionTrigger => ({ words, assertion: 'hypothetical', direction: 'post', postScope: 0 })),
];
