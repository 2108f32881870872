import type { AnchorVocabulary } from './anchorWords';
import { histologyAt } from './anchorWords';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { skipModifiers } from './siteLists';
import type { Token } from './tokens';

/**
 * Words after a listed site that make it no secondary: the primary ("Stage IV - lung primary, liver
 * mets"), or a lymphoma's involvement ("Stage IV (marrow involved)": a lymphoma in the marrow or liver is
 * still the lymphoma's own code, C81–C85, not a secondary neoplasm).
 */
const NOT_SECONDARY_AFTER = new Set(['primary', 'involved', 'involvement']);

/**
 * The secondaries of a staging line's site list ("Stage IV - liver, bone", "Sites of metastasis: liver,
 * lung"): only the sites written after the lead, and none the words after it make something else. The
 * list itself is the ordinary site list after an anchor (`siteLists.ts`), so this adds no look of its own.
 */
export function listedSecondaries(tokens: readonly Token[], mentions: readonly RawMention[], leadEnd: number): RawMention[] {
  return mentions.filter((mention) => {
    const site = mention.site;
    return site !== undefined && site.start >= leadEnd && !NOT_SECONDARY_AFTER.has(tokens[site.end]?.norm ?? '');
  });
}

/**
 * Whether a metastasis word follows a site list ("NSCLC brain and bone mets", "PDAC liver mets"): the
 * sites written right after a primary with no preposition are then where it spread, read by that word,
 * and the primary keeps the organ it implies (NSCLC → lung).
 */
export function listOpensSpread(tokens: readonly Token[], list: readonly SiteMatch[], vocabulary: AnchorVocabulary): boolean {
  const last = list[list.length - 1];
  if (last === undefined) return false;
  const role = histologyAt(tokens, skipModifiers(tokens, last.end), vocabulary)?.value.role;
  return role === 'secondary' || role === 'metastatic';
}
