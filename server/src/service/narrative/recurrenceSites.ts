import { isMetastasisProne } from './findingOrgan';
import type { RawMention } from './rawMention';

/**
 * The sites of a recurrence ("nodal recurrence", "recurrence in the liver"): a recurrence is a secondary in
 * lymph nodes or in an organ where spread is the rule, while one in another organ may be the primary's own
 * local recurrence and is left to it. A recurrence that names such a distant organ is a distant one, so the
 * other organs listed with it are distant too ("recurrence in bone (T11, sacrum) and R lung" after a breast
 * cancer: Table: bone / Malignant Secondary C79.51, lung / Malignant Secondary C78.0-).
 */
export function recurrenceSites(mentions: readonly RawMention[]): RawMention[] {
  const distant = mentions.some((mention) => mention.site !== undefined && !mention.site.lymphNode && isMetastasisProne(mention.site));
  return mentions.filter((mention) => mention.site !== undefined && (distant || mention.site.lymphNode || isMetastasisProne(mention.site)));
}
