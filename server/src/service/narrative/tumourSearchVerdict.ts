import type { Token } from './tokens';

/**
 * A pathologist's search for tumour that found none, written with "tumor" as the object of "no evidence of" ("2. Omentum: benign
 * adipose tissue, no evidence of tumor"): the words deny a tumour of the part they speak of (ANNOTATION.md, "Negative for X in a
 * pathology part is a negated mention at the part's own labelled site"; round 17's "'Tumor' of a proven cancer"), so "tumor" there
 * is a diagnosis denied, not the object of a measure ("10% of tumor"), and "evidence of tumor regression" or "no evidence of tumor
 * lysis" keep their property noun and stay no mention. The mention finder then places it only where it places any lesion word: at
 * its line's label, or at the encounter's tumour. A bare "negative for tumor" stays with the margin and node verdicts that read it
 * (`anchorWords.ts`): outside them its sample is too often a fluid or a stain the reader has no site for.
 */

/** The words that deny the evidence after them ("no evidence of tumor", "without evidence of tumor"). */
const NO_EVIDENCE_WORDS: ReadonlySet<string> = new Set(['no', 'without', 'w/o']);

/** Whether "tumor" at `index` is the object of "no evidence of" ("no evidence of tumor", "without evidence of tumor"). */
export function deniedTumourSearch(tokens: readonly Token[], index: number): boolean {
  return tokens[index - 1]?.norm === 'of' && tokens[index - 2]?.norm === 'evidence' && NO_EVIDENCE_WORDS.has(tokens[index - 3]?.norm ?? '');
}
