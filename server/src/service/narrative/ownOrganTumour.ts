import { lastAtOrBefore } from '../sortedSearch';
import type { RawMention } from './rawMention';

/**
 * Whether a site-less lesion word ("the tumor") in a note with distant spread restates a metastasis rather than the primary:
 * "the tumor" refers back to the neoplasm last named before it, as a reader takes it. After a brain metastasis ("2 enhancing
 * lesions … radiation necrosis vs residual tumor") it is that metastasis; after the primary, or with no sited neoplasm named
 * before it, it is the encounter's one proven cancer (ANNOTATION.md, "Tumor" of a proven cancer). The neoplasms are ordered by
 * position once and each look-up is a binary search, so a note of many mentions costs no walk over them per "tumor".
 */
export function lastNamedSpreadFinder(mentions: readonly RawMention[], relative: (mention: RawMention) => boolean): (at: number) => boolean {
  const named = mentions
    .filter((mention) => mention.site !== undefined && mention.site.lymphNode !== true && mention.restatedOnly !== true && (mention.column === 'secondary' || mention.column === 'primary') && !relative(mention))
    .sort((a, b) => a.anchorStart - b.anchorStart);
  const starts = named.map((mention) => mention.anchorStart);
  return (at) => named[lastAtOrBefore(starts, starts.length, at - 1)]?.column === 'secondary';
}
