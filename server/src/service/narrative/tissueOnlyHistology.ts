import type { Assertion } from './model';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Screening for … sarcomas (WBMRI)", "very small risk of radiation-associated sarcoma", "MDM2 FISH negative (not dedifferentiated
 * liposarcoma)": a tumour type the Index sends to a tissue ("Sarcoma — see Neoplasm, connective tissue, malignant"), written
 * with no site and restating none named with its site (`restatedSite.ts`), is coded at that tissue's own row when it is denied
 * or foreseen. ANNOTATION.md: a negated or hypothetical mention is coded as written and takes no site from the lesion or
 * cancer the note documents elsewhere (d158, d301 "not dedifferentiated liposarcoma": table: connective tissue NOS / Malignant
 * Primary C49.9; d541, d758 a sarcoma as a risk or screening target, C49.9, hypothetical). Affirmed, hedged or past, the same
 * words name a tumour whose site the note writes elsewhere, so they stay unread here, as a site-less "cancer" does
 * (`unspecifiedCancer.ts`).
 */

/**
 * The Index's tissues whose own row codes a tumour type with no site written (table: connective tissue NOS, nerve); a bone tumour
 * restating none already has its bone's row (`restatedSite.ts`).
 */
const TISSUE_ROWS: ReadonlySet<string> = new Set(['connective tissue', 'nerve']);

/** A pending tumour of a tissue that restated none, at the tissue's own row (kept only denied or foreseen), or undefined. */
export function pendingTissueOnly(mention: RawMention): RawMention | undefined {
  const tissue = mention.histology?.tissue;
  if (tissue === undefined || !TISSUE_ROWS.has(tissue) || mention.histology?.impliedSite !== undefined) return undefined;
  return { ...mention, restatedOnly: false, site: { start: mention.anchorStart, end: mention.anchorStart, path: [tissue], lymphNode: false }, tissueOnly: true };
}

/** Whether a tissue-only mention is coded under this assertion: only denied or foreseen, as written. */
export function codedAsTissueOnly(mention: RawMention, assertion: Assertion): boolean {
  return mention.tissueOnly !== true || assertion === 'negated' || assertion === 'hypothetical';
}

/**
 * Nouns a tumour type only modifies: "not relevant to sarcoma tx" denies a relevance, not a sarcoma; "sarcoma risk", "Sarcoma
 * clinic", "sarcoma tumor board" name a risk, a place or a meeting, as "cancer" before them does (`unspecifiedCancer.ts`).
 */
const MODIFIED_NOUNS: ReadonlySet<string> = new Set([
  'tx', 'treatment', 'treatments', 'therapy', 'therapies', 'risk', 'risks', 'clinic', 'center', 'centre', 'board', 'service', 'team',
  'program', 'programme', 'surgery', 'surgeon', 'surgeons', 'survivorship', 'care', 'history', 'hx', 'screening', 'syndrome',
  'syndromes', 'predisposition', 'protocol', 'protocols', 'trial', 'trials', 'surveillance', 'specialist', 'oncologist', 'tumor', 'tumour',
]);

/**
 * The read's mentions without the tissue-only ones that are no tumour of their own: one whose word modifies the noun after it,
 * and one whose words another mention already reads ("second cancers: osteosarcoma, soft tissue sarcoma", where a site list
 * read "soft tissue" with the osteosarcoma). The mentions come in order of their starts, so only the neighbours are compared.
 */
export function withoutModifyingTissueOnly(tokens: readonly Token[], mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some((mention) => mention.tissueOnly === true)) return mentions;
  return mentions.filter((mention, index) => mention.tissueOnly !== true
    || (!MODIFIED_NOUNS.has(tokens[mention.anchorEnd]?.norm ?? '') && !overlaps(mention, mentions[index - 1]) && !overlaps(mention, mentions[index + 1])));
}

function overlaps(mention: RawMention, other: RawMention | undefined): boolean {
  return other !== undefined && other.tissueOnly !== true && other.start < mention.end && mention.start < other.end;
}
