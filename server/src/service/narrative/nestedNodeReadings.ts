import type { RawMention } from './rawMention';

/**
 * "B. LYMPH NODES, CENTRAL COMPARTMENT (LEVEL VI), DISSECTION: - METASTATIC PAPILLARY CARCINOMA IN TWO OF SIX LYMPH NODES": the
 * metastasis word read at its label's region and the whole phrase read at the nodes it counts are one finding read twice, so
 * they are one mention: the phrase's words with the label's region (the counted nodes name no region of their own).
 */

/** Whether the site is a lymph node with no region ("lymph nodes" alone: the table's site NEC row). */
function regionlessNode(mention: RawMention): boolean {
  const path = mention.site?.path;
  return mention.site?.lymphNode === true && path !== undefined && path[path.length - 1] === 'site NEC';
}

/** Whether the two mentions open at one word and in one column, one a node of a region and the other the region-less nodes. */
function oneNodeFinding(first: RawMention, second: RawMention): boolean {
  if (first.start !== second.start || first.column !== second.column || first.site?.lymphNode !== true || second.site?.lymphNode !== true) return false;
  return regionlessNode(first) !== regionlessNode(second);
}

/** The mentions (in text order) with each node finding read twice at one word kept once, as the longer words at the region. */
export function withoutNestedNodeReadings(mentions: RawMention[]): RawMention[] {
  const kept: RawMention[] = [];
  for (const mention of mentions) {
    const previous = kept[kept.length - 1];
    if (previous === undefined || !oneNodeFinding(previous, mention)) {
      kept.push(mention);
      continue;
    }
    const [regional, counted] = regionlessNode(previous) ? [mention, previous] : [previous, mention];
    const longer = counted.end >= regional.end ? counted : regional;
    kept[kept.length - 1] = { ...longer, site: regional.site };
  }
  return kept;
}
