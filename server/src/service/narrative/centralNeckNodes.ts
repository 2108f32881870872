import type { RawMention } from './rawMention';
import { encounterDrainage } from './regionalNodes';
import type { Token } from './tokens';

/**
 * "Frozen section: L paratracheal node - metastatic papillary carcinoma" in a thyroidectomy with central neck dissection: the
 * paratracheal nodes of a thyroid, larynx or other head and neck cancer are its central compartment (neck level VI), which
 * the surgeon dissects through the neck, so they are the neck's nodes (table: lymph gland / neck, Malignant Secondary C77.0),
 * not the chest's tracheal nodes a lung cancer's mediastinal staging names (C77.1). Read so only when every cancer of the
 * encounter drains to the neck (`regionalNodes.ts`); beside a lung or any other cancer the node keeps its tracheal row.
 */

/** The node region a paratracheal node word is read as (`nodeLexicon.ts`). */
const TRACHEAL = 'tracheal';
const NECK = 'cervical';

function isTrachealNode(mention: RawMention): boolean {
  const path = mention.site?.path;
  return mention.site?.lymphNode === true && path !== undefined && path[path.length - 1] === TRACHEAL;
}

/** The mentions with each paratracheal node of a neck-draining encounter placed in the neck. */
export function withCentralNeckNodes(tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): RawMention[] {
  if (!mentions.some(isTrachealNode) || encounterDrainage(tokens, mentions, relatives) !== NECK) return [...mentions];
  return mentions.map((mention) => {
    const site = mention.site;
    if (site === undefined || !isTrachealNode(mention)) return mention;
    return { ...mention, site: { ...site, path: [...site.path.slice(0, -1), NECK] } };
  });
}
