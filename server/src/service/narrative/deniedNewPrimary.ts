import type { Token } from './tokens';

/**
 * A registrar's or a board's denial of a new primary ("no new primary on this specimen", "Not a new primary - this is a
 * recurrence of the 2019 prostate cancer", "the lytic lesions are part of the myeloma; no separate primary", round 25): a
 * generic new primary denied is a mention of C80.1, negated (ANNOTATION.md: "a denied generic new primary on surveillance keeps
 * C80.1, negated"; Tabular C80.1 Malignant (primary) neoplasm, unspecified). An affirmed or doubted "new primary" or "separate
 * primary" designates a lesion and is coded as that lesion, which the words alone do not give ("favor new primary", "abstract
 * as new primary"), so the bare noun is read as the generic new primary (`histologyLexicon.ts`' `DENIED_NEW_PRIMARY`) only after its
 * qualifier right after their denial; elsewhere it keeps its own reading ("c/w lung primary").
 */

/** Words that deny what follows them. */
const DENIALS = new Set(['no', 'not', 'without', 'nor', 'negative']);
/** Words that may stand between a denial and the words ("no evidence of a new primary", "not a separate primary"). */
const BETWEEN = new Set(['a', 'an', 'any', 'evidence', 'of', 'for', 'sign', 'signs', 'suggestion', 'definite', 'definitive']);
/** The most words read back from the words to their denial. */
const MAX_BACK = 4;

/** Qualifiers that make a primary another one than the tumour the text speaks of. */
const QUALIFIERS = new Set(['new', 'separate']);

/** Whether the bare "primary" at `index` follows its qualifier ("new", "separate") and their denial, within its sentence. */
export function deniedQualifiedPrimary(tokens: readonly Token[], index: number): boolean {
  return QUALIFIERS.has(tokens[index - 1]?.norm ?? '') && tokens[index - 1]?.sentence === tokens[index]?.sentence && deniedRightBefore(tokens, index - 1);
}

/** Whether the qualifier at `index` follows its denial within its sentence, across at most four linking words. */
function deniedRightBefore(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let back = index - 1; back >= 0 && back >= index - 1 - MAX_BACK; back--) {
    const token = tokens[back];
    if (token === undefined || token.sentence !== sentence) return false;
    if (DENIALS.has(token.norm)) return true;
    if (!BETWEEN.has(token.norm)) return false;
  }
  return false;
}
