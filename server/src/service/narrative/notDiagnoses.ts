import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/** Words around a site that make it no diagnosis: the region an imaging study covers, a complication (an institution's name: anchorWords.ts). */

/**
 * "No metastatic disease in the chest, abdomen or pelvis": the regions an imaging study covers are where
 * it looked, not secondary sites (the table's C79.89 for "chest" is the chest wall's).
 */
const BODY_REGIONS = new Set(['chest', 'abdomen', 'pelvis', 'thorax', 'abdomen/pelvis', 'torso', 'body']);

export function isBodyRegion(tokens: readonly Token[], site: SiteMatch | undefined): boolean {
  // "chest wall metastasis" names the wall, a site of its own.
  return site !== undefined && !site.lymphNode && site.path.length === 1 && BODY_REGIONS.has(site.path[0] ?? '') && tokens[site.end]?.norm !== 'wall';
}

/** Nouns of a complication named after a site ("spinal cord compression", "cord compression"). */
const COMPLICATION_NOUNS = new Set(['compression', 'compromise']);

/**
 * "Metastatic spinal cord compression at T10": the words name a complication of the metastases (its own
 * code, G95.20), not a secondary site of their own; the vertebra the metastasis is in is written elsewhere.
 */
export function namesComplication(tokens: readonly Token[], site: SiteMatch | undefined): boolean {
  if (site === undefined || site.lymphNode) return false;
  // "Metastatic epidural spinal cord compression": the space the compressing tumour fills may stand before the cord.
  const cord = tokens[site.end]?.norm === 'spinal' && tokens[site.end + 1]?.norm === 'cord' ? site.end + 1 : site.end;
  const next = tokens[cord]?.norm ?? '';
  return COMPLICATION_NOUNS.has(next) || (next === 'cord' && COMPLICATION_NOUNS.has(tokens[cord + 1]?.norm ?? ''));
}

/** Whether a secondary mention's site is no secondary site: a study's region or a complication's. */
export function isNoSecondarySite(tokens: readonly Token[], site: SiteMatch | undefined): boolean {
  return isBodyRegion(tokens, site) || namesComplication(tokens, site);
}
