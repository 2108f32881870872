import type { MorphologyTerm } from './morphologyLexicon';
import { WALDENSTROM } from './morphologyLexicon';
import type { Token } from './tokens';

/**
 * A lymphoplasmacytic lymphoma that makes IgM is Waldenström macroglobulinemia: Tabular C88.0 includes
 * "lymphoplasmacytic lymphoma with IgM-production", and C83.0 (small cell B-cell lymphoma, whose inclusion
 * "lymphoplasmacytic lymphoma" is otherwise the code) excludes Waldenström macroglobulinemia. The IgM is read
 * where a work-up reports it: an "IgM" word (IgM, IgM-kappa, IgM-lambda) within a bounded reach either side.
 */

const LYMPHOPLASMACYTIC = new Set(['lymphoplasmacytic lymphoma', 'lpl']);

/** Tokens either side of the lymphoma searched for an IgM word: the paraprotein of the same work-up, not a whole long note. */
const IGM_REACH = 80;

export function withIgMProduction(tokens: readonly Token[], start: number, end: number, term: MorphologyTerm): MorphologyTerm {
  if (!LYMPHOPLASMACYTIC.has(term.words)) return term;
  for (let position = Math.max(0, start - IGM_REACH); position < Math.min(tokens.length, end + IGM_REACH); position++) {
    if (tokens[position]?.norm.startsWith('igm') === true) return { ...term, ...WALDENSTROM, source: 'Tabular C88.0 inclusion: lymphoplasmacytic lymphoma with IgM-production' };
  }
  return term;
}
