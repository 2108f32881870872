import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Uterus, cervix, bilateral tubes and ovaries:\n- Sentinel lymph nodes, R and L obturator: negative for metastatic carcinoma":
 * a list item under a specimen's label that opens with a label of its own naming lymph nodes reports those nodes, not the
 * organ of the label above it (ANNOTATION.md, "Sites and columns": a node metastasis is coded by the node region, Table of
 * Neoplasms, lymph gland rows), so the label above lends it nothing and the item's own node label is read by the finding's
 * organ (`findingOrgan.ts`). A field of the specimen ("- Histologic type: …") names no node and keeps the label above.
 */

/** How many tokens an item's own label may hold before its colon ("- Sentinel lymph nodes, R and L obturator:"). */
const LABEL_REACH = 12;

/** Whether the sentence opening at `first` opens with its own label, before `anchorStart`, that names lymph nodes. */
export function hasOwnNodeLabel(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], first: number, anchorStart: number): boolean {
  let node = false;
  for (let position = first; position < Math.min(anchorStart, first + LABEL_REACH); position++) {
    if (tokens[position]?.norm === ':') return node;
    node ||= sites[position]?.lymphNode === true;
  }
  return false;
}
