import type { MorphologyTerm } from './morphologyLexicon';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './token';

/**
 * "Metastatic melanoma" found in a lymph node ("Metastatic melanoma in one lymph node (1/1)", "SLNB -> 2/3 L axillary nodes
 * positive for metastatic melanoma") names two things: the node's secondary, and the melanoma it came from. When the note
 * documents that melanoma's skin site, the phrase is two entries, the secondary and the primary at the documented site (Index:
 * Melanoma, skin, by site; ANNOTATION.md round 14, "'Metastatic melanoma' whose primary's skin site the note documents is two
 * entries"); with no documented site the secondary alone is coded. The primary is therefore written as a pending mention
 * (`restatedOnly`) that takes the site of the patient's melanoma named before it (`restatedSite.ts`), or is dropped.
 */

/** The pending primary of a metastatic melanoma found in a node, at the melanoma's words (`start`–`end`). */
export function pendingNodeMelanomaPrimary(start: number, end: number, term: MorphologyTerm): RawMention {
  return { start, end, anchorStart: start, anchorEnd: end, column: null, morphology: term, restatedOnly: true };
}

/** The memo key under which a melanoma's skin site is remembered for the pending primaries after it. */
export const MELANOMA_SITE_KEY = 'morphology:melanoma';

/** Whether the mention is a melanoma of the patient's skin written with its site: a site a later node melanoma's primary may take. */
export function documentsMelanomaSite(mention: RawMention): mention is RawMention & { readonly site: SiteMatch } {
  return mention.morphology?.siteAxis === 'melanoma' && mention.restatedOnly !== true && mention.column === null && mention.inSitu !== true
    && mention.site !== undefined && !mention.site.lymphNode;
}

/** Whether the mention is a node melanoma's pending primary (`pendingNodeMelanomaPrimary`). */
export function isPendingNodeMelanoma(mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site === undefined && mention.morphology?.siteAxis === 'melanoma';
}

/** Words right before "metastatic" that deny the spread ("negative for metastatic melanoma", "no metastatic melanoma"). */
const DENIALS: ReadonlySet<string> = new Set(['negative', 'no', 'without', 'free']);

/**
 * Whether the spread at `metastatic` is denied by the words right before it: a denied "negative for metastatic melanoma" denies the
 * spread, not the primary, and stays one negated secondary (ANNOTATION.md round 14).
 */
export function spreadDeniedRightBefore(tokens: readonly Token[], metastatic: number): boolean {
  for (let position = metastatic - 1; position >= Math.max(0, metastatic - 3); position--) {
    if (DENIALS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** The body surface of a skin site: "Skin, left upper back" and "L upper back" are one melanoma site (Index: Melanoma, skin, back). */
export function skinSurface(site: SiteMatch): SiteMatch {
  return site.path[0] === 'skin' && site.path.length > 1 ? { ...site, path: site.path.slice(1) } : site;
}
