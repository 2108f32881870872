import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/** Words around a histology or a site that make it no diagnosis: an institution's name, the region an imaging study covers. */

/**
 * "No metastatic disease in the chest, abdomen or pelvis": the regions an imaging study covers are where
 * it looked, not secondary sites (the table's C79.89 for "chest" is the chest wall's).
 */
const BODY_REGIONS = new Set(['chest', 'abdomen', 'pelvis', 'thorax', 'abdomen/pelvis', 'torso', 'body']);

export function isBodyRegion(tokens: readonly Token[], site: SiteMatch | undefined): boolean {
  // "chest wall metastasis" names the wall, a site of its own.
  return site !== undefined && !site.lymphNode && site.path.length === 1 && BODY_REGIONS.has(site.path[0] ?? '') && tokens[site.end]?.norm !== 'wall';
}

/** Nouns that make "Breast Cancer Clinic", "Lung Cancer Screening Program" a place or service, not a diagnosis. */
const INSTITUTION_NOUNS = new Set([
  'clinic', 'center', 'centre', 'program', 'programme', 'institute', 'society', 'foundation', 'service', 'services', 'team', 'navigator',
  'navigation', 'coordinator', 'alliance', 'association', 'network', 'conference', 'registry', 'unit', 'department', 'hospital',
]);

/** Whether the histology word names an institution: an institution noun follows, at most one word after it ("Cancer Screening Program"). */
export function namesInstitution(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end - 1]?.sentence;
  for (let position = end; position < Math.min(tokens.length, end + 2) && tokens[position]?.sentence === sentence; position++) {
    if (INSTITUTION_NOUNS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}
