import type { AssertionResult } from './assertion';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Liver, wedge: Metastatic adenocarcinoma, c/w colorectal primary" in a note that has already stated the colon
 * adenocarcinoma plainly: the hedge names which primary the deposit came from, and that primary is the note's
 * established cancer, so the mention is present (ANNOTATION.md, "c/w" in a report the same note's tissue settles;
 * Guidelines II.H make a diagnosis uncertain only when it is not established). Only a "primary" or "origin" phrase
 * and a haematologic malignancy's tissue are read so: a lesion "c/w metastasis" beside known metastases may be a new,
 * unproven one, and stays uncertain.
 */

/** The concluding hedges whose object is the primary of a specimen ("c/w", "consistent with"). */
const CONCLUDING_HEDGES = new Set(['c/w', 'consistent with', 'consistent w /', 'most c/w', 'most consistent with']);
/**
 * Lymphomas, leukaemias, myeloma and Waldenström (Tabular C81–C96): a marrow or node "c/w relapsed AML" of the AML the
 * note has stated is that disease's tissue, not a new lesion that could be something else.
 */
const HAEMATOLOGIC = /^C(?:8[1-9]|9[0-6])/;
/** The last words of a phrase naming a metastasis's primary ("colorectal primary", "ovarian origin"). */
const PRIMARY_WORDS = new Set(['primary', 'origin']);

export function withEstablishedPrimaries(
  tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[], codeOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  if (!assertions.some((assertion, index) => concludesPrimary(tokens, raw[index], assertion))) return [...assertions];
  const established = new Set<string>();
  return assertions.map((assertion, index) => {
    const mention = raw[index];
    if (mention === undefined) return assertion;
    const plain = assertion.assertion === 'present' && assertion.evidence === undefined;
    if (!plain && !concludesPrimary(tokens, mention, assertion)) return assertion;
    const code = codeOf(mention);
    if (code === undefined) return assertion;
    if (plain) {
      established.add(code);
      return assertion;
    }
    return established.has(code) ? { assertion: 'present' } : assertion;
  });
}

function concludesPrimary(tokens: readonly Token[], mention: RawMention | undefined, assertion: AssertionResult): boolean {
  if (mention === undefined || assertion.assertion !== 'uncertain' || !CONCLUDING_HEDGES.has(assertion.evidence?.trigger ?? '')) return false;
  return PRIMARY_WORDS.has(tokens[mention.end - 1]?.norm ?? '') || HAEMATOLOGIC.test(mention.morphology?.code ?? '');
}
