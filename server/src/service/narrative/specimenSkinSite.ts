import type { RawMention } from './rawMention';
import type { SideIndex } from './sideIndex';
import type { SiteMatch } from './siteMatch';
import { synopticSide } from './synoptic';
import type { Token } from './tokens';

/**
 * "Specimen Laterality: Left / Tumor Site: Upper back / Histologic Type: Superficial spreading melanoma": the
 * histology field of a synoptic (CAP) melanoma report names no site, and the report's "Tumor Site:" field (or
 * its SPECIMEN line) is where the tumour is (specimen.ts). A melanoma or Merkel cell carcinoma with no site of
 * its own takes that site and the laterality field's side, and is coded through the skin there (melanoma of
 * the back: C43.59); a specimen of a lymph node is the melanoma's spread, read elsewhere (metastaticFindings.ts).
 */
export function withSpecimenSkinSite(tokens: readonly Token[], sides: SideIndex, mention: RawMention, specimen: SiteMatch | undefined): RawMention {
  const axis = mention.morphology?.siteAxis;
  if (specimen === undefined || specimen.lymphNode || mention.site !== undefined || (axis !== 'melanoma' && axis !== 'merkel')) return mention;
  const laterality = specimen.laterality ?? synopticSide(tokens, sides, mention.start);
  const site: SiteMatch = { ...specimen, start: mention.anchorStart, end: mention.anchorEnd, ...(laterality === undefined ? {} : { laterality }) };
  return { ...mention, site };
}
