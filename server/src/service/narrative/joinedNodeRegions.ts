import { LYMPHOMA_NODE_DIGIT, NODE_BEARING_REGION_DIGIT } from './morphologySites';
import type { SentenceSites } from './sentenceSites';
import { onlyWordsWithMark } from './sentenceWindow';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Two node regions joined in the phrase a nodal metastasis takes its region from ("Retroperitoneal and L common iliac LAD
 * (to 1.8 cm) c/w nodal metastases", d311): the metastasis is in both, and the classification names their combination, C77.8
 * Secondary and unspecified malignant neoplasm of lymph nodes of multiple regions (ANNOTATION.md, "Lymph node metastasis by
 * region": node regions joined in one phrase are one entry of C77.8), not the region written last.
 */

/** The table row of the lymph nodes of multiple regions (table: lymph, lymphatic channel NEC › gland › multiple sites in categories C77.0 - C77.5 / Malignant Secondary C77.8). */
export const MULTIPLE_NODE_REGIONS_PATH: readonly string[] = ['lymph', 'gland', 'multiple sites in categories C77.0 - C77.5'];

/** The words that join two regions of one phrase ("and", "&", "+", a comma); "or" and "/" offer alternatives instead. */
const JOINING_WORDS: ReadonlySet<string> = new Set(['and', '&', '+', ',']);

/** The words of a side, or an article, that may stand between two joined regions ("and L common iliac"). */
const SIDE_WORDS: ReadonlySet<string> = new Set(['l', 'r', 'left', 'right', 'bilateral', 'the']);

/** How many tokens may stand between two joined regions: the joining word and a side ("and L common iliac"). */
const JOIN_GAP = 3;

/**
 * The C77.0–C77.5 category (as the lymphoma fifth character's digit, which follows the same regions) of a site, if it names one;
 * the site finder reads "Retroperitoneal and … LAD" as the region's organ when no node word follows it at once.
 */
function regionDigit(site: SiteMatch): string | undefined {
  if (!site.lymphNode) return site.path.length === 1 ? NODE_BEARING_REGION_DIGIT.get(site.path[0] ?? '') : undefined;
  return LYMPHOMA_NODE_DIGIT.get(site.path[site.path.length - 1] ?? '');
}

/** Whether only joining words and sides stand between two token positions, and at least one joining word. */
function joinedBetween(tokens: readonly Token[], from: number, to: number): boolean {
  return to - from <= JOIN_GAP && to > from && onlyWordsWithMark(tokens, from, to, JOINING_WORDS, SIDE_WORDS);
}

/**
 * Whether the node site at `position` is the second of two regions of different categories joined in one phrase: the site
 * before it in its sentence names another C77.0–C77.5 region and only a joining word (and a side) stands between them.
 */
export function joinsAnotherRegion(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sentences: SentenceSites, position: number): boolean {
  const site = sites[position];
  const digit = site === undefined ? undefined : regionDigit(site);
  if (site === undefined || digit === undefined) return false;
  const before = sentences.siteBefore(position);
  const other = before >= 0 ? sites[before] : undefined;
  if (other === undefined || tokens[before]?.sentence !== tokens[position]?.sentence) return false;
  const otherDigit = regionDigit(other);
  return otherDigit !== undefined && otherDigit !== digit && joinedBetween(tokens, other.end, site.start);
}
