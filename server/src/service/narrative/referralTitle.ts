import type { Token } from './token';

/**
 * A referral form's pre-printed title ("Suspected Upper GI Cancer - Urgent Referral (NG12 / 2WW)", "Breast Cancer Referral")
 * names the pathway the form belongs to, not a diagnosis of the patient: ANNOTATION.md reads a template's title as no mention
 * (issue 12 synoptic rule; review 23-c (b): "the form's pre-printed title and its fixed statements … are the template's"). Only
 * the encounter's first sentence, written in title or upper case as a printed heading is, is a title: an order's first line
 * "Lung cancer referral to thoracic surgery" or a letter's "suspected lung cancer - urgent referral sent" keeps its reading.
 */

/**
 * The nouns that make a first line a pre-printed form's title: a referral's, and (round 24; ANNOTATION.md round 24 (H)) a claim
 * form's, "PROSTATE CANCER DISABILITY BENEFITS QUESTIONNAIRE" (a VA DBQ) or "FIREFIGHTER CANCER PRESUMPTION - ATTENDING
 * PHYSICIAN CERTIFICATION", which every claimant files whether or not he has the disease.
 */
const FORM_TITLE_NOUNS: ReadonlySet<string> = new Set(['referral', 'questionnaire', 'dbq', 'presumption']);

/** How many tokens a title may hold before the cancer it names, and after it up to the word "referral". */
const TITLE_REACH = 12;

/** Whether the histology at `start`–`end` stands in the encounter's first sentence, which a later "referral" or claim form's noun makes a form's title. */
export function inReferralTitle(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  if (start > TITLE_REACH || tokens[0]?.sentence !== sentence) return false;
  const last = Math.min(tokens.length, end + TITLE_REACH);
  if (!capitalised(tokens[end - 1])) return false;
  for (let position = end; position < last && tokens[position]?.sentence === sentence; position++) if (FORM_TITLE_NOUNS.has(tokens[position]?.norm ?? '')) return capitalised(tokens[position]);
  return false;
}

/** Whether the word is written with a capital first letter ("Cancer", "CANCER", "Referral"), as a heading's words are. */
function capitalised(token: Token | undefined): boolean {
  const first = token?.raw.charAt(0) ?? '';
  return first !== first.toLowerCase();
}
