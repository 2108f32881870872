import type { SiteMatch } from './siteFinder';

/**
 * "MRI R femur: 7.5 cm intramedullary chondroid lesion distal femur … concerning for a low grade chondrosarcoma rather than an
 * enchondroma": a bone tumour named with no site of its own, restating none, is the tumour of the one bone the note wrote
 * before it (issue 12: a coder codes the most specific site the record documents for the lesion, and an uncertain mention of
 * the same lesion takes its documented site, ANNOTATION.md round 20). With two bones, or two sides of one, written within
 * reach it stays the bone's own row (C41.9, D16.9, D48.0), as before. The bones are listed once per read, in token order, so
 * each tumour looks back over the few bone sites within reach only.
 */

/** How far back a bone tumour looks for the bone the note wrote (the reach of a restated histology, restatedSite.ts). */
const BONE_REACH = 400;

interface WrittenBone {
  readonly at: number;
  readonly site: SiteMatch;
}

/** The bone sub-sites of one read (a bone and its part: "R femur", "distal femur", "L iliac wing"), listed when first asked. */
export class DocumentedBones {
  private bones: WrittenBone[] | undefined;

  constructor(private readonly sites: readonly (SiteMatch | undefined)[]) {}

  /** The one bone sub-site written within reach before token `at`, its side from a sided writing of it; undefined if none or two. */
  before(at: number): SiteMatch | undefined {
    const bones = this.listed();
    let chosen: SiteMatch | undefined;
    for (let index = lastBefore(bones, at); index >= 0; index--) {
      const bone = bones[index] as WrittenBone;
      if (at - bone.at > BONE_REACH) break;
      if (chosen === undefined) chosen = bone.site;
      else if (boneOf(chosen) !== boneOf(bone.site)) return undefined;
      else if (chosen.laterality === undefined) chosen = bone.site;
      else if (bone.site.laterality !== undefined && bone.site.laterality !== chosen.laterality) return undefined;
    }
    return chosen;
  }

  private listed(): WrittenBone[] {
    if (this.bones !== undefined) return this.bones;
    const bones: WrittenBone[] = [];
    this.sites.forEach((site, at) => {
      if (site !== undefined && !site.lymphNode && boneOf(site) !== undefined) bones.push({ at, site });
    });
    this.bones = bones;
    return bones;
  }
}

/**
 * The jaw bones the table prints as rows of their own as well as under "bone" (mandible C41.1 / D16.5-, maxilla C41.0 / D16.4-):
 * "expansile radiolucency L mandible" documents the bone as "L mandibular body" ("bone › mandible") does, so an odontogenic
 * tumour named after it with no site is of that jaw (Index: Ameloblastoma — see also Neoplasm, bone, benign).
 */
const JAW_BONE_ROWS: ReadonlySet<string> = new Set(['mandible', 'maxilla']);

/** The bone a site names ("bone › femur" and "mandible" alike), or undefined for a site that is no bone's sub-site. */
function boneOf(site: SiteMatch): string | undefined {
  if (site.path[0] === 'bone') return site.path.length > 1 ? site.path.slice(1).join('/') : undefined;
  return site.path.length === 1 && JAW_BONE_ROWS.has(site.path[0] ?? '') ? site.path[0] : undefined;
}

/** The index of the last bone written before token `at` (binary search), or -1. */
function lastBefore(bones: readonly WrittenBone[], at: number): number {
  let low = 0;
  let high = bones.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((bones[middle] as WrittenBone).at < at) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
