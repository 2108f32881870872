/**
 * Four passes read a cancer as the patient's past one from a word written before it: a site-less cancer restating the past one
 * (`restatedPastCancer.ts`), a plain adenoma in a polyp phrase (`polypPhraseAdenoma.ts`), a cancer in a history line
 * (`pastPrimaries.ts`) and a cancer named as a new finding's source (`namedSourceHistory.ts`). They read different stretches of
 * text (the word right before the cancer, a window of several words, the words after "from"), so one list for all four would
 * change what each reads; the words all four take are written here once, and each pass adds its own with the reason the
 * others must not take them.
 */

/** The words every one of the four passes takes as writing a cancer as the patient's past one ("prior malignancy", "previous polyps"). */
export const PAST_LEAD_CORE: readonly string[] = ['prior', 'previous'];

/** The core past leads and a pass's own words, as the set the pass looks its words up in. */
export function pastLeadsWith(own: readonly string[]): ReadonlySet<string> {
  return new Set([...PAST_LEAD_CORE, ...own]);
}
