/**
 * What may stand between a sample word and the tissue result it reports, besides the result's histologic modifiers: a comma or
 * a dash that sets the result off as a colon does ("Core biopsy, invasive carcinoma", "US-guided core bx - invasive ductal
 * carcinoma"), and the reporting category UK and Commonwealth pathology writes before its words ("core bx B5b, invasive
 * carcinoma NST": the RCPath breast categories B1–B5 and the cytology categories C1–C5, Thy1–Thy5), which restates the result.
 */

/** The RCPath and NHSBSP reporting categories, in lower case ("b5b", "c5", "thy3f"). */
const REPORTING_CATEGORY = /^(?:b[1-5][abc]?|c[1-5]|thy[1-5][a-f]?)$/;

/** Whether the word between a sample word and its result is a separator or a reporting category (see above). */
export function isResultSeparator(norm: string): boolean {
  return norm === ',' || norm === '-' || REPORTING_CATEGORY.test(norm);
}

/** Whether the word before the dash at `dash`, past one reporting category ("core bx B5b - …"), is a sample word. */
export function sampleWordBefore(tokens: readonly { readonly norm: string; readonly sentence: number }[], dash: number, isSample: (norm: string) => boolean): boolean {
  const sentence = tokens[dash]?.sentence;
  let position = dash - 1;
  if (REPORTING_CATEGORY.test(tokens[position]?.norm ?? '')) position--;
  const word = tokens[position];
  return word !== undefined && word.sentence === sentence && isSample(word.norm);
}
