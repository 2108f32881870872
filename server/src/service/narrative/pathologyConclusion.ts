import type { SectionKind } from './model';
import { SENTENCE_START_REACH } from './sentenceWindow';
import { TISSUE_RESULT_STOPS } from './tissueResult';
import type { Token } from './tokens';

/**
 * "ADDENDUM - CYTOLOGY: Peritoneal fluid: POSITIVE FOR MALIGNANCY. Metastatic high-grade serous carcinoma (WT1+, PAX8+), c/w
 * ovarian primary", "FLOW CYTOMETRY … Interpretation: CD10-positive monotypic B cells, consistent with a germinal center B-cell
 * lymphoma", "FINAL DIAGNOSIS … Findings c/w myeloproliferative neoplasm": under a pathology report's own heading every
 * "consistent with" is the pathologist's reading of the cells, the diagnosis on tissue that ANNOTATION.md codes present ("A
 * cytology or tissue result read 'c/w X'", "Flow cytometry read 'c/w X' is a diagnosis on cells"), even when the sample was
 * named sentences above it (d798, d836, d568). An image read in the same sentence ("correlates with the CT, c/w metastasis"),
 * a sample still to be taken or a level read "c/w" keeps the hedge, as in `tissueResult.ts`.
 */
export function concludedInPathology(tokens: readonly Token[], hedgeStart: number, section: SectionKind | undefined): boolean {
  if (section !== 'pathology') return false;
  const sentence = tokens[hedgeStart]?.sentence;
  for (let index = hedgeStart - 1; index >= Math.max(0, hedgeStart - SENTENCE_START_REACH); index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) break;
    if (TISSUE_RESULT_STOPS.has(token.norm)) return false;
  }
  return true;
}
