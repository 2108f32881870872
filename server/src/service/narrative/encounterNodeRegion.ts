import type { RawMention } from './rawMention';
import { LYMPHOMA_NODE_DIGIT } from './morphologySites';
import { samePath } from './siteMatch';
import { isSynopticNodeField } from './nodeFieldLabel';
import type { Token } from './token';

/**
 * "B. Sentinel lymph node #1, left axilla: Metastatic melanoma in one lymph node … Regional Lymph Nodes: 1 of 2
 * sentinel nodes involved by melanoma": a nodal metastasis written with no region is in the region the encounter
 * documents for its nodal metastases, when it documents one region only (Table of Neoplasms: lymph gland, axilla
 * C77.3), as ANNOTATION.md's "Side and sub-site documented elsewhere in the note" codes the most specific site the
 * record documents. Two regions leave it at site NEC (C77.9; both regions together are no reason to code C77.8
 * for one mention), and a denied or hypothetical one keeps its written site (`writtenSite`), save a synoptic count field's
 * nodes, which are the specimen's whatever the count (`nodeFieldLabel.ts`).
 */
export function withEncounterNodeRegion(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  if (!mentions.some(isRegionless)) return [...mentions];
  const region = onlyNodeRegion(mentions);
  if (region === undefined) return [...mentions];
  return mentions.map((mention) => {
    const site = mention.site;
    if (site === undefined || !isRegionless(mention)) return mention;
    // A synoptic count field's nodes are the specimen's in any assertion ("Number of Lymph Nodes with Micrometastases: 0"). Not
    // redundant with the reader's `countsNone`, which knows a field only by its answer "0": a field answered in words ("…
    // Micrometastases: none", "not identified") is denied by another trigger and keeps the specimen's region only here.
    const writtenSite = isSynopticNodeField(tokens, site) ? mention.writtenSite : mention.writtenSite ?? site;
    return { ...mention, site: { ...site, path: region }, writtenSite };
  });
}

const NO_REGION = 'site NEC';

function isNodalMetastasis(mention: RawMention): boolean {
  return mention.column === 'secondary' && mention.site?.lymphNode === true;
}

function isRegionless(mention: RawMention): boolean {
  return isNodalMetastasis(mention) && mention.site?.path[mention.site.path.length - 1] === NO_REGION;
}

/** The one node region path the encounter's nodal metastases name, or undefined when they name none or two. */
function onlyNodeRegion(mentions: readonly RawMention[]): readonly string[] | undefined {
  let found: readonly string[] | undefined;
  for (const mention of mentions) {
    const path = mention.site?.path;
    if (path === undefined || !isNodalMetastasis(mention) || isRegionless(mention)) continue;
    if (found !== undefined && !samePath(found, path) && !sameTableRegion(found, path)) return undefined;
    found = path;
  }
  return found;
}

/**
 * Whether two node rows lie in one region of the Table's node list (round 20): "perigastric/celiac nodes" are two rows of the
 * intra-abdominal nodes, one region (C77.2), as the lymphomas' fifth character reads them (`morphologySites.ts`).
 */
function sameTableRegion(first: readonly string[], second: readonly string[]): boolean {
  const region = LYMPHOMA_NODE_DIGIT.get(first[first.length - 1] ?? '');
  return region !== undefined && region === LYMPHOMA_NODE_DIGIT.get(second[second.length - 1] ?? '');
}
