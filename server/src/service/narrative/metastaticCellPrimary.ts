import type { Token } from './tokens';

/**
 * "Peritoneal fluid: POSITIVE FOR MALIGNANCY. Metastatic high-grade serous carcinoma (WT1+, PAX8+ …), c/w ovarian primary",
 * "METASTATIC ADENOCARCINOMA, CONSISTENT WITH LUNG PRIMARY": a metastasis named by its cell type, a carcinoma, is a reading of
 * cells, which no image gives, so the "c/w <organ> primary" that concludes it is the pathologist's diagnosis on tissue or
 * cytology and present (ANNOTATION.md, round 15: "c/w <organ> primary" on tissue or cytology of a current primary is a present
 * mention of that primary), even where the sample is named in an earlier sentence or a report heading. Bounded by the hedge's
 * own sentence, a few dozen tokens back and a few after.
 */
export function concludesMetastaticCellType(tokens: readonly Token[], hedgeStart: number, hedgeEnd: number): boolean {
  return namesPrimaryAfter(tokens, hedgeEnd) && metastaticCarcinomaBefore(tokens, hedgeStart);
}

/** How far back in its sentence the hedge looks for the metastatic carcinoma, over its stains in parentheses. */
const CELL_TYPE_REACH = 30;
/** How many words after the hedge may name the organ before "primary" or "origin". */
const PRIMARY_REACH = 3;
const PRIMARY_WORDS: ReadonlySet<string> = new Set(['primary', 'origin']);

function namesPrimaryAfter(tokens: readonly Token[], hedgeEnd: number): boolean {
  const sentence = tokens[hedgeEnd - 1]?.sentence;
  for (let index = hedgeEnd; index < Math.min(tokens.length, hedgeEnd + PRIMARY_REACH + 1); index += 1) {
    const token = tokens[index] as Token;
    if (token.sentence !== sentence || token.punct) return false;
    // The organ comes first: "c/w primary ovarian serous carcinoma" names a histology, which the hedge still weighs.
    if (PRIMARY_WORDS.has(token.norm)) return index > hedgeEnd;
  }
  return false;
}

function metastaticCarcinomaBefore(tokens: readonly Token[], hedgeStart: number): boolean {
  const sentence = tokens[hedgeStart]?.sentence;
  let carcinoma = false;
  for (let index = hedgeStart - 1; index >= Math.max(0, hedgeStart - CELL_TYPE_REACH); index -= 1) {
    const token = tokens[index] as Token;
    if (token.sentence !== sentence) return false;
    if (token.norm.endsWith('carcinoma')) carcinoma = true;
    else if (carcinoma && token.norm === 'metastatic') return true;
  }
  return false;
}
