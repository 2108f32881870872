import { type AssertionTrigger, triggersOf } from './assertionTrigger';

/**
 * Cues of round 21's primary-care and general-medicine notes (problem lists, survivorship shorthand, a patient's history
 * told in the past tense), as data. Each entry is tested in `test/service/narrative/primaryCareRound21.test.ts`.
 */

export const PRIMARY_CARE_TRIGGERS: readonly AssertionTrigger[] = [
  // "Hx BCC - no active lesion": a denied activity is no active cue but the status NED states (Guideline I.C.2.d), while
  // "active" alone keeps an item current.
  ...triggersOf('history', 'post', 'no active lesion', 'no active lesions', 'no active disease', 'no evidence of active disease', 'no active malignancy', 'no active cancer'),
  // Destruction by freezing on a date ends a skin lesion as Mohs or ED&C does ("SCC in situ on R forearm frozen by derm 2025, healed").
  ...triggersOf('history', 'post', 'frozen by', 'frozen off', 'cryo', 'cryotherapy', 'liquid nitrogen').map((trigger) => ({ ...trigger, dated: true })),
  // "He was treated for a low-risk prostate cancer with radiation in 2016": the past passive leads as "treated for" does; its
  // own "was treated" (a cue read after the diagnosis) would otherwise take the words.
  ...triggersOf('history', 'pre', 'was treated for', 'were treated for'),
  // An infinitive denied is advice or a decision, not a finding denied ("sister told her not to wait - sister dx'd w/ breast
  // cancer at 47", "decided not to pursue chemotherapy for his lung cancer").
  ...triggersOf('pseudo', 'both', 'not to'),
];
