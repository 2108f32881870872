import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * A solid tumour found in the bone marrow is a secondary there: the Table of Neoplasms' row "marrow
 * (bone)" prints Malignant Primary C96.9, a malignant neoplasm of lymphoid and haematopoietic tissue,
 * which a carcinoma, sarcoma or neuroblastoma cannot be; its Malignant Secondary is C79.52 ("BM
 * aspirate/bx: no residual Ewing sarcoma", "Bone marrow, biopsy: metastatic adenocarcinoma"). Histologies
 * classified by morphology (leukaemia, myeloma, lymphoma) are not table mentions and keep their codes.
 */
export function withMarrowAsSecondary(mention: RawMention): RawMention {
  const inMarrow = mention.site?.path[0] === 'marrow' && mention.site.path.length === 1;
  return inMarrow && mention.column === 'primary' && mention.histology !== undefined && mention.morphology === undefined
    ? { ...mention, column: 'secondary' } : mention;
}

/**
 * "Bone marrow (bilat): neuroblastoma cells in both aspirates", "Bone marrow biopsy: neuroblastoma cells present": a
 * tumour whose name implies another organ, found in a labelled marrow specimen, is its spread there (C79.52), unless
 * its own sentence names where it is.
 */
export function marrowSample(tokens: readonly Token[], nearby: SiteMatch | undefined, label: SiteMatch | undefined, start: number): SiteMatch | undefined {
  if (label === undefined || label.path[0] !== 'marrow' || label.path.length !== 1) return undefined;
  return nearby === undefined || tokens[nearby.start]?.sentence !== tokens[start]?.sentence ? label : undefined;
}
