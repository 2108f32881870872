import type { RawMention } from './rawMention';

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
