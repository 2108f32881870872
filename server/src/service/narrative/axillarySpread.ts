import type { RawMention } from './rawMention';
import { LYMPH_GLAND_PATH } from './nodeLexicon';

/**
 * "The axillary metastasis is morphologically similar to the breast tumor", "axillary recurrence": a cancer's spread to the axilla
 * is to its lymph nodes, the region's only tissue a carcinoma spreads to, as a coder reads it (table: lymph gland, axilla / Malignant
 * Secondary C77.3). The table's row for the axilla as a region (C76.1, C79.89) is for a tumour of the region's soft tissues, which
 * a report names by its tissue ("axillary soft tissue", a sarcoma's own row).
 */

const AXILLARY_NODES: readonly string[] = [...LYMPH_GLAND_PATH, 'axilla, axillary'];
/** The axilla as the site finder writes its region (the word, or the table row's name). */
const AXILLA_WORDS: ReadonlySet<string> = new Set(['axilla', 'axillary', 'axilla, axillary']);
/** Qualifiers that make the site the region's soft tissue, not its nodes. */
const TISSUE_WORDS: ReadonlySet<string> = new Set(['soft', 'tissue', 'skin', 'subcutaneous', 'muscle']);

/** The mentions with each secondary at the axilla as a region read at its lymph nodes. */
export function withAxillaryNodeSpread(mentions: readonly RawMention[]): readonly RawMention[] {
  return mentions.map((mention) => {
    const site = mention.site;
    if (mention.column !== 'secondary' || site === undefined || site.lymphNode || site.path.length !== 1 || !AXILLA_WORDS.has(site.path[0] ?? '')) return mention;
    if (site.qualifiers?.some((word) => TISSUE_WORDS.has(word)) === true) return mention;
    return { ...mention, site: { ...site, path: AXILLARY_NODES, lymphNode: true } };
  });
}
