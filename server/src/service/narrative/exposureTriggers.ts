import { type AssertionTrigger, triggersOf } from './assertionTrigger';

/**
 * Cues of round 24's occupational and environmental exposure notes (VA medical opinions, IMEs, workers' compensation and
 * compensation-programme letters), as data. Each entry is tested in `test/service/narrative/exposureRound24.test.ts`.
 */

/**
 * The standards of proof a medical-legal opinion states a nexus by: "It is at least as likely as not (50% or greater
 * probability) that the Veteran's L temporal glioblastoma was incurred in … service", "as likely as not that benzene
 * contributed to his MDS", "more likely than not". They weigh whether an exposure caused the disease, not whether the
 * disease is there: the diagnosis the opinion is about stays as the note documents it (a coder reads the nexus as no
 * hedge of the diagnosis), so the "not" and "likely" inside them are neither a denial nor a hedge. Pseudo-triggers,
 * matched first, keep those words from reading as cues.
 */
const CAUSATION_STANDARDS: readonly string[] = [
  'at least as likely as not', 'as likely as not', 'more likely than not', 'less likely than not', 'not at least as likely as not',
  'more probable than not', 'less probable than not', 'as probable as not', 'at least as probable as not',
];

/** How many tokens before a list's closing answer the answer reaches ("CLL, multiple myeloma and bladder cancer not diagnosed"). */
const LIST_ANSWER_REACH = 12;

export const EXPOSURE_TRIGGERS: readonly AssertionTrigger[] = [
  ...triggersOf('pseudo', 'both', ...CAUSATION_STANDARDS),
  // A treatment denied to be going on ("Prostate cancer 2014 treated with brachytherapy, PSA stable <0.2, no active
  // treatment"; a DBQ's "currently in active treatment? … No") is no active cue: the words a form uses to say the treatment
  // is over leave the course's own cues to decide, as "no active issues" does.
  ...triggersOf('pseudo', 'both', 'no active treatment', 'not in active treatment', 'not on active treatment', 'no current treatment', 'no ongoing treatment'),
  // A claim review answers the programme's other covered conditions for the claimant: "Other presumptives reviewed: CLL,
  // multiple myeloma and bladder cancer not diagnosed" denies each (ANNOTATION.md: a denied diagnosis is negated), as "not
  // found" does.
  // The answer closes the list, so it reaches back over the list's items (a dozen tokens), not only the last.
  ...triggersOf('negated', 'post', 'not diagnosed', 'never diagnosed', 'has not been diagnosed', 'have not been diagnosed')
    .map((trigger) => ({ ...trigger, postScope: LIST_ANSWER_REACH })),
  // A diagnosis made late is still made ("Colon cancer was not diagnosed until 2019, when she presented with anemia"): the longer
  // words are no denial of the cancer before them.
  ...triggersOf('pseudo', 'both', ...['until', 'till', 'before'].map((when) => `not diagnosed ${when}`)),
];
