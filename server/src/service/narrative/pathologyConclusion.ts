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

/** The words that name a metastasis typed by its cells, which only tissue or cytology can type. */
const TYPED_CARCINOMAS: ReadonlySet<string> = new Set(['adenocarcinoma', 'carcinoma']);
/** The nouns that make the hedged mention the source a metastasis came from ("c/w colorectal primary", "c/w ovarian origin"). */
const SOURCE_NOUNS: ReadonlySet<string> = new Set(['primary', 'origin']);

/**
 * "Diagnosis: Metastatic adenocarcinoma, consistent with colorectal primary (CK20+, CDX2+)", "METASTATIC ADENOCARCINOMA,
 * CONSISTENT WITH LUNG PRIMARY": a metastasis typed by its cells is a reading of tissue or cytology wherever its report's
 * diagnosis line stands, so the source it is "consistent with" is the pathologist's diagnosis on tissue, present (ANNOTATION.md,
 * "'c/w <organ> primary' … on tissue or cytology of a current primary is a present mention", d81, d828). An image types no
 * carcinoma, and one read in the sentence keeps the hedge.
 */
export function typedMetastasisSource(tokens: readonly Token[], hedgeStart: number, mentionEnd: number): boolean {
  if (!SOURCE_NOUNS.has(tokens[mentionEnd - 1]?.norm ?? '')) return false;
  const sentence = tokens[hedgeStart]?.sentence;
  let typed = false;
  for (let index = hedgeStart - 1; index >= Math.max(0, hedgeStart - SENTENCE_START_REACH); index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) break;
    if (TISSUE_RESULT_STOPS.has(token.norm)) return false;
    typed ||= TYPED_CARCINOMAS.has(token.norm) && tokens[index - 1]?.norm === 'metastatic';
  }
  return typed;
}
