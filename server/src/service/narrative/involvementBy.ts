import type { Token } from './tokens';
import { LEXICON_CLASS } from './wordClasses';

/**
 * "malignant effusion most likely, i.e. pericardial involvement by her lung cancer": a site's involvement by the patient's own
 * cancer, named right after it, is that cancer's spread to the site (table: pericardium / Malignant Secondary C79.89), as an involvement in
 * a sentence that calls the disease metastatic is (`anchorWords.ts`); the cancer named after "by" is its source, which a hedge
 * on the involvement does not reach (`assertionScope.ts`).
 */

/** The words that make the cancer after "by" the patient's own, already established ("by her lung cancer", "by the known carcinoma"). */
const OWNING_WORDS: ReadonlySet<string> = new Set(['her', 'his', 'their', 'the', 'known']);
/** How many words after the owning word may lead to the cancer's name ("by her known lung cancer"). */
const CANCER_REACH = 3;

/**
 * Whether the involvement word at `index` is followed by "by", an owning word and a cancer's name in its sentence: a histology
 * the table codes, not a lymphoma, leukaemia or myeloma, whose involvement of a site is the disease there, no metastasis
 * (`lymphomaInvolvement.ts`). A pathology report's bare "involvement by carcinoma" states where the specimen's tumour reaches
 * and is left as before.
 */
export function involvedByCancer(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  if (tokens[index + 1]?.norm !== 'by' || !OWNING_WORDS.has(tokens[index + 2]?.norm ?? '') || tokens[index + 2]?.sentence !== sentence) return false;
  let histology = false;
  for (let position = index + 3; position <= index + 2 + CANCER_REACH; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || token.punct) break;
    if ((token.classes & LEXICON_CLASS.morphology) !== 0) return false;
    if ((token.classes & LEXICON_CLASS.histology) !== 0) histology = true;
  }
  return histology;
}
