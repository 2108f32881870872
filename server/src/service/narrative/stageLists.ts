import type { RawMention } from './rawMention';
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
