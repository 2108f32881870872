import type { RawMention } from './rawMention';

/**
 * "T11 vertebral metastasis … ventral epidural tumor abutting the cord": the epidural tumour of a note that documents a
 * vertebral metastasis is that metastasis grown into the canal, and direct extension into a neighbouring space is no
 * metastasis of its own (ANNOTATION.md, "Sites and columns": direct extension is not a metastasis; metastatic cord compression
 * "documents a metastasis of the vertebra or epidural space … coded through the vertebral metastasis the note names … never
 * as spinal cord C79.49", d311; d759 "epidural tumor" C79.51). So it is coded as the vertebral metastasis, table: bone /
 * vertebra / Malignant Secondary C79.51, not as the table's epidural row (C72.9, C79.49, D49.7). With no vertebral metastasis
 * in the note it keeps the row.
 */

/** The table rows of the epidural space. */
const EPIDURAL_ROWS = new Set(['epidural', 'extradural']);

/** The table rows whose Malignant Secondary cell is the vertebral column's C79.51. */
const SPINE_ROWS = new Set(['vertebra', 'spine']);

function isVertebralMetastasis(mention: RawMention): boolean {
  const path = mention.site?.path;
  return mention.column === 'secondary' && path !== undefined && (SPINE_ROWS.has(path[0] ?? '') || (path[0] === 'bone' && SPINE_ROWS.has(path[1] ?? '')));
}

function isEpiduralTumour(mention: RawMention): boolean {
  const site = mention.site;
  return site !== undefined && !site.lymphNode && site.path.length === 1 && EPIDURAL_ROWS.has(site.path[0] ?? '') && mention.morphology === undefined;
}

/** The mentions with each epidural tumour of a note with a vertebral metastasis coded at that metastasis's site. */
export function withEpiduralExtension(mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(isEpiduralTumour)) return mentions;
  const vertebral = mentions.find(isVertebralMetastasis)?.site;
  if (vertebral === undefined) return mentions;
  return mentions.map((mention) => {
    const site = mention.site;
    if (site === undefined || !isEpiduralTumour(mention)) return mention;
    return { ...mention, column: 'secondary' as const, site: { ...site, path: vertebral.path } };
  });
}
