import { labelBefore } from './scopeLabel';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Right axilla: one lymph node with eccentric cortical thickening to 4 mm. Indeterminate. Cannot exclude nodal
 * metastasis": an imaging report's field label that names a node-bearing region (a colon after it) heads every
 * sentence of its field, so a node metastasis written there with no region of its own is of the label's region
 * (Table of Neoplasms: lymph gland, axilla → C77.3; inguinal region → C77.4).
 */

/** The node region of a region a label may name (the site finder's table rows), keyed by the row. */
const LABEL_NODE_REGIONS: ReadonlyMap<string, string> = new Map([
  ['axilla', 'axilla, axillary'],
  ['groin', 'groin'],
  ['inguinal region', 'inguina, inguinal'],
]);

/** How far back a node mention looks for its field's label: a field of a few short sentences. */
const FIELD_REACH = 40;

/** How many tokens ("Right", "-") may stand before the region that a label opens with. */
const LABEL_OPENING = 2;

/** The region of the node-bearing label heading the field of the mention at `start`, if the nearest label is one. */
export function fieldLabelNodeRegion(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): string | undefined {
  // The nearest colon ends the field's label (`scopeLabel.ts`); a label that names no node-bearing region ends the look.
  return labelBefore(tokens, start, { tokenReach: FIELD_REACH, colon: 'nearest', read: (colon) => labelRegionBefore(tokens, sites, colon) });
}

/** The node region of the label that ends at the colon at `colon`, when the label is a region and little else. */
function labelRegionBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], colon: number): string | undefined {
  const sentence = tokens[colon]?.sentence;
  for (let position = colon - 1; position >= Math.max(0, colon - 1 - LABEL_OPENING - 2); position--) {
    const site = sites[position];
    if (site === undefined || site.end !== colon) continue;
    const opening = position - labelStart(tokens, position, sentence);
    return opening <= LABEL_OPENING ? LABEL_NODE_REGIONS.get(site.path[site.path.length - 1] ?? '') : undefined;
  }
  return undefined;
}

/** The first token of the label holding `position`: after a line's number or the end of the sentence before. */
function labelStart(tokens: readonly Token[], position: number, sentence: number | undefined): number {
  let first = position;
  while (first > 0 && position - first <= LABEL_OPENING && tokens[first - 1]?.sentence === sentence && tokens[first - 1]?.norm !== ':') first--;
  return first;
}
