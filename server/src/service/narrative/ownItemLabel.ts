import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Uterus, cervix, bilateral tubes and ovaries:\n- Sentinel lymph nodes, R and L obturator: negative for metastatic carcinoma\n-
 * Peritoneal washings: negative for malignant cells": a list item under a specimen's label that opens with a label of its own
 * naming a site (lymph nodes, the washings of the peritoneum) reports that site, not the organ of the label above it (a node
 * metastasis is coded by the node region, ANNOTATION.md "Sites and columns"; a washing by the cavity washed), so the label above
 * lends it nothing and the item's own label is read by the finding's organ (`findingOrgan.ts`). A field of the specimen
 * ("- Histologic type: …") names no site and keeps the label above.
 */

/** How many tokens an item's own label may hold before its colon ("- Sentinel lymph nodes, R and L obturator:"). */
const LABEL_REACH = 12;

/** Whether the sentence opening at `first` opens with its own label, before `anchorStart`, that names a site. */
export function hasOwnSiteLabel(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], first: number, anchorStart: number): boolean {
  let named = false;
  for (let position = first; position < Math.min(anchorStart, first + LABEL_REACH); position++) {
    if (tokens[position]?.norm === ':') return named;
    named ||= sites[position] !== undefined;
  }
  return false;
}
