import type { Token } from './tokens';

/** Denial words that open a survey for lesions ("No other tumors", "otherwise no papillary tumors"). */
const SURVEY_DENIALS = new Set(['no', 'without', 'w/o']);
/** Plural lesion words: a survey counts lesions, where "no papillary tumor" at a resection site is the resected one. */
const PLURAL_LESIONS = new Set(['tumors', 'tumours']);

/**
 * Whether a site-less lesion word is a denied survey for new lesions of the organ the encounter examines, not the proven cancer
 * restated: "No other tumors" after the described bladder tumour, a surveillance cystoscopy's "no papillary tumors" (ANNOTATION.md,
 * round 17: a cystoscopy's "no papillary tumor(s)" names a new lesion, not the resected one, D49.- by site). Only "other" before
 * the word, or a plural after "papillary", both right after the denial: "no new tumors" is read as the note establishes new
 * tumours of that organ to be (ANNOTATION.md, "New tumor(s)"), and "no papillary tumor" at a scar is the resected cancer's.
 */
export function surveyedOtherLesions(tokens: readonly Token[], start: number, end = start + 1): boolean {
  const word = tokens[start];
  const before = tokens[start - 1];
  const denial = tokens[start - 2];
  if (word === undefined || before === undefined || denial === undefined || end !== start + 1) return false;
  if (before.sentence !== word.sentence || denial.sentence !== word.sentence || !SURVEY_DENIALS.has(denial.norm)) return false;
  return before.norm === 'other' || (before.norm === 'papillary' && PLURAL_LESIONS.has(word.norm));
}
