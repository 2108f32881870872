import type { Token } from './tokens';

/**
 * "MRI brain neg. CT-guided core 10/14 nondiagnostic. Metastasis from prior prostate cancer felt very unlikely", "MRI head 23/11:
 * no intracranial metastatic disease. … Adrenal - favour metastasis over adenoma": a study whose result, written right after its
 * title in the title's own sentence, is that nothing was found is a one-line summary among other results, not the title of a report
 * whose findings follow. A coder reads a metastasis in a later sentence as a finding of its own lesion, not of the study that found
 * nothing (corpus ANNOTATION.md, "Sites and columns": a site-less metastasis is coded where the note places it), so such a study
 * lends its organ to no site-less metastasis after its sentence (`studyContext.ts`). A report's title ("MRI BRAIN W/WO CONTRAST:",
 * "CT head w/o: 2.3 cm hyperdense lesion …") opens with a finding and keeps its reach, and so does a result that goes on past a
 * semicolon ("CT head w/o: no hemorrhage; 1.2 cm hypodensity R parietal … concerning for metastasis"): it reports more than the denial.
 */

/** The first word of a result that says nothing was found ("neg", "no intracranial metastatic disease", "unremarkable"). */
const NOTHING_FOUND: ReadonlySet<string> = new Set(['no', 'neg', 'negative', 'unremarkable', 'normal', 'nl', 'wnl']);
/** Words of a study's title between its modality and its result: the organ, the contrast ("w/o", "w/wo", "without contrast"). */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'brain', 'head', 'liver', 'hepatic', 'bone', 'of', 'the', 'w', 'wo', 'w/o', 'w/wo', 'w/', 'with', 'without', 'and', 'contrast', 'iv', 'non-con', 'noncontrast',
]);
/** How many tokens after the modality its sentence is read: a summary line is short. */
const RESULT_REACH = 24;

/** Whether the study titled at `modality` reports only that nothing was found, in its own sentence, which ends before `index`. */
export function answeredBefore(tokens: readonly Token[], modality: number, index: number): boolean {
  const sentence = tokens[modality]?.sentence;
  if (sentence === undefined || tokens[index]?.sentence === sentence) return false;
  let opening: string | undefined;
  let position = modality + 1;
  for (; position < Math.min(index, modality + RESULT_REACH); position++) {
    const token = tokens[position] as Token;
    if (token.sentence !== sentence) break;
    // The date and the title's punctuation ("23/11:", "(11/20)") stand before the result.
    if (opening === undefined && !token.punct && !/\d/.test(token.norm) && !TITLE_WORDS.has(token.norm)) opening = token.norm;
  }
  // A result cut by a semicolon goes on to report something else.
  const last = tokens[position - 1];
  if (position === modality + RESULT_REACH || last?.norm === ';') return false;
  return opening !== undefined && NOTHING_FOUND.has(opening);
}
