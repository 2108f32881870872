import { findingSubject } from './findingSubject';
import type { HistologyTerm } from './histologyLexicon';
import { afterDenyingVerdict, inNodeVerdict } from './nodeVerdict';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Four peribronchial (station 12R) lymph nodes negative for malignancy (0/4)": a pathologist's verdict on lymph nodes that names
 * the neoplasm as a malignancy denies a node metastasis there, as "negative for tumor" does (`nodeVerdict.ts`; ANNOTATION.md,
 * "Negative for X in a pathology part is a negated mention at the part's own labelled site"; d745: table: lymph gland, intrathoracic
 * (bronchial) / Malignant Secondary C77.1). The nodes are the verdict's subject (`findingSubject.ts`); a site-less malignancy with no
 * node subject keeps its readings (`unspecifiedCancer.ts`).
 */

/** The untyped words of a malignancy a node verdict may deny. */
const MALIGNANCY_WORDS: ReadonlySet<string> = new Set(['malignancy', 'malignancies']);

/** The denied node metastasis of a verdict on lymph nodes written before the malignancy word, or undefined. */
export function nodeVerdictMalignancy(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number, term: HistologyTerm): RawMention | undefined {
  if (!MALIGNANCY_WORDS.has(term.words) || !afterDenyingVerdict(tokens, start) || !inNodeVerdict(tokens, start - 2)) return undefined;
  const nodes = findingSubject(tokens, siteEndingAt, start);
  if (nodes?.lymphNode !== true) return undefined;
  return { start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: nodes, histology: term };
}
