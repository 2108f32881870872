import type { Token } from './tokens';

/**
 * "Secondary malignancy risk on lenalidomide (MDS/AML, skin ca)": the diagnoses listed in parentheses after a risk
 * name what the risk is of, so they are hypothetical (ANNOTATION.md: a risk is hypothetical), as "risk of skin ca" is.
 * Only a mention inside the parentheses, with "risk" a few words before their opening, is read so.
 */

/** The nouns of a risk: also a relative's risk (`relativeRisk.ts`) and a heading that names risks (`headerMeaning.ts`). */
export const RISK_WORDS: ReadonlySet<string> = new Set(['risk', 'risks']);
/** How many words may stand between the risk and the parenthesis ("risk on lenalidomide ("). */
const RISK_REACH = 4;
/** How many words of the list may stand before the mention inside the parenthesis ("(CRS, ICANS, prolonged cytopenias, infections, secondary T-cell malignancy"). */
const LIST_REACH = 16;

/** The risk word whose parenthesised list holds the mention starting at `start`, or undefined. */
export function riskListCue(tokens: readonly Token[], start: number): Token | undefined {
  const sentence = tokens[start]?.sentence;
  let open = -1;
  for (let position = start - 1; position >= Math.max(0, start - LIST_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || token.norm === ')') return undefined;
    if (token.norm === '(') {
      open = position;
      break;
    }
  }
  if (open < 0) return undefined;
  for (let position = open - 1; position >= Math.max(0, open - RISK_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return undefined;
    if (RISK_WORDS.has(token.norm)) return token;
  }
  return undefined;
}
