import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { SiteMatch } from './siteFinder';

/**
 * Organs where a carcinoma found on biopsy is most often a metastasis: a bare primary finding there names no primary. The Table
 * names the serosal linings' rows "peritoneum, peritoneal" and "pleura, pleural", as the site lexicon's adjectives reach them.
 */
const METASTASIS_PRONE = new Set(['liver', 'bone', 'brain', 'adrenal', 'peritoneum', 'peritoneum, peritoneal', 'omentum', 'pleura', 'pleura, pleural', 'spine', 'vertebra']);

/** Whether the finding the column names may be placed in this organ (a bare primary finding not in a metastasis-prone organ). */
export function findingFits(site: SiteMatch, column: NeoplasmColumn | null): boolean {
  return column !== 'primary' || site.lymphNode || !isMetastasisProne(site);
}

/** Whether a site is an organ where a carcinoma found without a primary named is most often a metastasis (liver, bone, brain, omentum …). */
export function isMetastasisProne(site: SiteMatch): boolean {
  return METASTASIS_PRONE.has(site.path[0] ?? '');
}

/**
 * Whether a site is an organ where another organ's cancer lodges as spread: the metastasis-prone organs and the lung, which takes
 * the spread of most cancers though a carcinoma found there is as often its own. The one list of those places for a cancer said
 * to return in another organ (returnedElsewhere.ts) and for an organ that names a metastasis's place, not its source
 * (sourceNamedMetastasis.ts).
 */
export function isMetastasisDestination(site: SiteMatch): boolean {
  return isMetastasisProne(site) || site.path[0] === 'lung';
}

/**
 * Whether a site is one where spread is the rule: a lymph node, or an organ where a carcinoma is most often a metastasis. A
 * recurrence there is a secondary (recurrenceSites.ts), as is a primary-column finding placed there by a lettered part's label
 * (letteredParts.ts), a line's label (mentions.ts) or its finding's subject (metastaticFindings.ts).
 */
export function isSpreadOrgan(site: SiteMatch): boolean {
  return site.lymphNode || isMetastasisProne(site);
}
