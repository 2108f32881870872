import type { RawMention } from './rawMention';

/**
 * Where a mention stands for the one-mention-per-site-and-column rule (mentions.ts): its site's end, so two
 * anchors that reach one site are one mention; but a metastasis whose site was taken from the text before it
 * stands at its own end. "Cervical nodal mets on PET/CT (largest 2.3 cm; FNA positive for metastatic SCC)": the
 * FNA result is a finding of its own about the nodes named before (Table: lymph gland, cervical / Malignant
 * Secondary C77.0), not the imaging mention read twice. A primary keeps its site's end: a report restates its one
 * tumour in many fields (a synoptic report's lines, a specimen label's findings), and each is that tumour again.
 */
export function siteKeyEnd(mention: RawMention): number {
  const site = mention.site;
  return site !== undefined && (site.end > mention.start || mention.column !== 'secondary') ? site.end : mention.end;
}

/**
 * The mention kept for a restated site, reaching over a second site of the same row listed before the same
 * anchor: "T11 and L2 osseous metastases" is one mention of bone, vertebra (Table: Malignant Secondary C79.51)
 * whose words run to the anchor, not the first level alone.
 */
export function withListedSiteJoined(previous: RawMention, mention: RawMention): RawMention {
  return previous.anchorStart === mention.anchorStart && mention.end > previous.end ? { ...previous, end: mention.end } : previous;
}
