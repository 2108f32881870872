import { ORGAN_PART_WORDS } from './joinedParts';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "3 cm papillary bladder tumor L lateral wall on cystoscopy … highly likely high-grade urothelial carcinoma of the bladder": the
 * tumour is written with its organ before the lesion noun and the part of the organ after it, so the site finder's site at the
 * organ word is the organ as a whole while the tumour's own mention is placed at the part (table: bladder, wall, lateral). A coder
 * reads the one lesion at its lateral wall, the part the record documents for the organ's cancer (corpus ANNOTATION.md, "Side and
 * sub-site documented elsewhere in the note"). So `lesionSubSites.ts` reads such a lesion at the part its mention is placed at, not
 * as a lesion of the whole organ (which would leave the sub-site open).
 *
 * Only a tumour of unspecified behaviour (Index: Tumor — see Neoplasm, unspecified behavior, D49.-) is read so: it names the lesion
 * found, while a cancer's own placed mention already documents its part through `encounterSites.ts`. A tumour named by a part word
 * the site finder does not read as a site ("Bladder tumor L lateral wall … Dome tumor resected") is a second lesion at another
 * part, so the note's tumours then document no one part and none is placed.
 */
export function placedTumourSites(tokens: readonly Token[], mentions: readonly RawMention[]): ReadonlyMap<number, SiteMatch> {
  const placed = new Map<number, SiteMatch>();
  for (const mention of mentions) {
    if (mention.column === 'unspecified' && namedByUnreadPart(tokens, mention)) return NONE;
    const site = mention.site;
    if (mention.column !== 'unspecified' || site === undefined || site.lymphNode) continue;
    // The part was found after the organ word: the mention's path is deeper than the words at its site's tokens.
    if (mention.writtenSite !== undefined) continue;
    placed.set(site.start, site);
  }
  return placed;
}

const NONE: ReadonlyMap<number, SiteMatch> = new Map();

/** Whether a part word stands right before the tumour's noun while its site was found elsewhere ("Dome tumor", "wall tumor"). */
function namedByUnreadPart(tokens: readonly Token[], mention: RawMention): boolean {
  const before = tokens[mention.start - 1];
  if (before === undefined || !(ORGAN_PART_WORDS.has(before.norm) || before.norm === 'wall')) return false;
  const site = mention.site;
  return site === undefined || site.start > mention.start - 1 || site.end < mention.start;
}
