import { isWholeNumber } from './numberWords';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "B. Metastatic papillary thyroid carcinoma, 1 of 1 lymph node (1.1 cm, no ENE)", "Metastatic adenocarcinoma, 2/19 lymph nodes":
 * a pathology answer that names the finding first and then, after a comma, the nodes it was counted in. The nodes are where the
 * metastatic finding was found, as "in 2 of 19 lymph nodes" would say (ANNOTATION.md round 13/14, "'Metastatic <histology>' is
 * two entries"), so they are its secondary site (`metastaticFindings.ts`). A count of positive nodes is read only: a count of
 * zero ("0 of 3 lymph nodes") is the denial `resectionNodes.ts` reads.
 */

/** "2/19": a count written with a slash, positive. */
const SLASHED_COUNT = /^([1-9]\d{0,2})\/\d{1,3}$/;

/** The position after a positive count of nodes at `position` ("1 of 1", "2/19"), or undefined. */
function afterPositiveCount(tokens: readonly Token[], position: number): number | undefined {
  const first = tokens[position];
  if (first !== undefined && SLASHED_COUNT.test(first.norm)) return position + 1;
  if (!isWholeNumber(first) || first?.norm === '0' || tokens[position + 1]?.norm !== 'of' || !isWholeNumber(tokens[position + 2])) return undefined;
  return position + 3;
}

/** The lymph node site counted right after a comma at `anchorEnd`, in the anchor's sentence, or undefined. */
export function countedNodesAfter(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorEnd: number): SiteMatch | undefined {
  if (tokens[anchorEnd]?.norm !== ',') return undefined;
  const nodes = afterPositiveCount(tokens, anchorEnd + 1);
  const site = nodes === undefined ? undefined : sites[nodes];
  return site?.lymphNode === true && tokens[site.start]?.sentence === tokens[anchorEnd]?.sentence ? site : undefined;
}
