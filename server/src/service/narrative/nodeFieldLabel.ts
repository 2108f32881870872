import { LIST_MARKERS } from './listLead';
import { sentenceStart } from './contextNodeRegion';
import type { SiteMatch } from './siteMatch';
import type { Token } from './token';

/**
 * "Regional Lymph Nodes: 2 SLNs examined; 1 with macrometastasis; 1 with ITCs", "Regional Lymph Nodes: macrometastases 0;
 * micrometastases 0": a synoptic report's node field labels every clause of its line, and the tokenizer ends a sentence at
 * each semicolon, so a clause after the first takes the field's nodes from the line's opening (ANNOTATION.md round 18, "A
 * synoptic node-count field that names metastases is a mention by its count": the specimen's regional node code). The field's
 * name may open with "Regional" ("Regional Lymph Nodes:"), the AJCC N category's own word, which names no other site.
 */

/** How many clauses, joined by semicolons, a node field's label reaches over. */
const FIELD_CLAUSES = 4;

/** The node that opens the clause starting at `first` as a field label ("Regional Lymph Nodes:"), if it does. */
function labelNodeAt(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], first: number, anchorStart: number): SiteMatch | undefined {
  let position = LIST_MARKERS.has(tokens[first]?.norm ?? '') ? first + 1 : first;
  if (tokens[position]?.norm === 'regional') position++;
  const site = sites[position];
  return site?.lymphNode === true && site.end < anchorStart && tokens[site.end]?.norm === ':' ? site : undefined;
}

/**
 * The node field label of the line the anchor's clause belongs to, when the clause follows the label's own clause after a
 * semicolon or the label opens with "Regional"; undefined otherwise (the line label reader's own cases).
 */
export function nodeFieldLabel(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  let first = sentenceStart(tokens, anchorStart);
  if (tokens[first]?.norm === 'regional') return labelNodeAt(tokens, sites, first, anchorStart);
  for (let clause = 0; clause < FIELD_CLAUSES && tokens[first - 1]?.norm === ';'; clause++) {
    first = sentenceStart(tokens, first - 1);
    const label = labelNodeAt(tokens, sites, first, anchorStart);
    if (label !== undefined) return label;
  }
  return undefined;
}

/**
 * Whether the node site is a synoptic report's count field of the specimen's regional nodes ("Number of Lymph Nodes with
 * Micrometastases: 0", "Regional Lymph Nodes: …"): its nodes are the specimen's whatever the count, so a count of 0 denies
 * the spread in the specimen's region (ANNOTATION.md round 18), not in nodes of no region.
 */
export function isSynopticNodeField(tokens: readonly Token[], site: SiteMatch): boolean {
  const before = tokens[site.start - 1]?.norm;
  return before === 'regional' || (before === 'of' && tokens[site.start - 2]?.norm === 'number');
}
