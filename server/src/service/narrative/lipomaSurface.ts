import type { SiteMatch } from './siteMatch';
import { mergeSkin } from './skinSites';
import type { Token } from './tokens';

/**
 * "4 cm soft mobile subcutaneous lipoma R upper back", "subcutaneous mass R upper back c/w known lipoma", "subcutaneous lipoma
 * of the L thigh": the subcutaneous tissue is read as the skin (table: skin NOS), and the body surface written a few words after
 * it says which skin: Tabular D17.- codes a lipoma of the skin and subcutaneous tissue by that surface (trunk D17.1, left leg
 * D17.24), not as "other sites" (D17.39). The surface is the first site after the skin word within a few words of its phrase.
 */

/** How many words (the lipoma or mass noun, "of the") may stand between the skin word and the surface. */
const SURFACE_REACH = 4;

export function withSurfaceAfterSkin(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], site: SiteMatch): SiteMatch {
  if (site.lymphNode || site.path.length !== 1 || site.path[0] !== 'skin') return site;
  const sentence = tokens[site.start]?.sentence;
  for (let position = site.end; position < Math.min(tokens.length, site.end + SURFACE_REACH); position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || token.punct) return site;
    const surface = sites[position];
    if (surface === undefined) continue;
    if (surface.lymphNode || surface.path[0] === 'skin') return site;
    const merged = mergeSkin([site, surface])[0];
    return merged === undefined ? site : { ...merged, start: site.start, end: site.end };
  }
  return site;
}
