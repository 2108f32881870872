import { PART_NOUNS, withPartAfterAnchor } from './apposedPart';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Office flex cysto: 3 cm papillary tumor L lateral wall", "Bladder: 3.2 cm papillary tumor on L lateral wall": a site-less
 * tumour or carcinoma that the restatement passes placed at the encounter's organ (`restatedCarcinoma.ts`, `unprovenTumour.ts`)
 * still says which part of that organ it is on, so the part written right after it is its sub-site (table: bladder / wall /
 * lateral C67.2), as a part set off after a histology that names its organ is (`apposedPart.ts`; ANNOTATION.md, "Side and
 * sub-site documented elsewhere in the note": the statement's own words come first). Only a site carried whole, with no part
 * of its own, takes one: a tumour placed at a documented sub-site keeps it.
 */

/** Whether the mention's site was carried to its histology word by a restatement pass (a site of no words of its own). */
function carriedOrganSite(mention: RawMention): boolean {
  const site = mention.site;
  return site !== undefined && !site.lymphNode && site.start === mention.anchorStart && site.end === mention.anchorStart
    && site.path.length === 1 && !(site.qualifiers ?? []).some(namesPart);
}

/** Whether a qualifier of the site names a part of its organ ("lateral wall"), not a word of the phrase ("the"). */
function namesPart(qualifier: string): boolean {
  return PART_NOUNS.has(qualifier.slice(qualifier.lastIndexOf(' ') + 1));
}

/** The mentions, with each restated organ site given the part written right after its histology. */
export function withRestatedParts(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  return mentions.map((mention) => {
    if (!carriedOrganSite(mention) || mention.site === undefined) return mention;
    const parted = withPartAfterAnchor(tokens, mention.site, mention.anchorEnd);
    return parted === undefined ? mention : { ...mention, site: { ...parted, start: mention.site.start, end: mention.site.end } };
  });
}
