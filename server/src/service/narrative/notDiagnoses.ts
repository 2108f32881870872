import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/** Words around a site that make it no diagnosis: the region an imaging study covers (an institution's name: anchorWords.ts). */

/**
 * "No metastatic disease in the chest, abdomen or pelvis": the regions an imaging study covers are where
 * it looked, not secondary sites (the table's C79.89 for "chest" is the chest wall's).
 */
const BODY_REGIONS = new Set(['chest', 'abdomen', 'pelvis', 'thorax', 'abdomen/pelvis', 'torso', 'body']);

export function isBodyRegion(tokens: readonly Token[], site: SiteMatch | undefined): boolean {
  // "chest wall metastasis" names the wall, a site of its own.
  return site !== undefined && !site.lymphNode && site.path.length === 1 && BODY_REGIONS.has(site.path[0] ?? '') && tokens[site.end]?.norm !== 'wall';
}
