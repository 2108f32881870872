import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/** Skin sites: a skin histology's body surface set off after its subtype, and "skin of <site>" read as one site. */

/**
 * "Basal cell carcinoma, nodular, L nasal tip": a skin histology's body surface set off after its
 * subtype words, ending the apposition. The site is returned as the surface; the code adds the skin.
 */
export function apposedSkinSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], implied: SiteMatch, end: number): SiteMatch | undefined {
  if (implied.path[0] !== 'skin' || tokens[end]?.norm !== ',') return undefined;
  const sentence = tokens[end]?.sentence;
  for (let position = end + 1; position < Math.min(tokens.length, end + 6) && tokens[position]?.sentence === sentence; position++) {
    const site = sites[position];
    if (site !== undefined) {
      const next = tokens[site.end];
      const closes = next === undefined || next.sentence !== sentence || [',', '(', '.', ';', '-'].includes(next.norm);
      return !site.lymphNode && tokens[position - 1]?.norm === ',' && closes ? site : undefined;
    }
    if (tokens[position]?.punct === true && tokens[position]?.norm !== ',') return undefined;
  }
  return undefined;
}

/** "skin of the R forearm": the skin of that site, one site. */
export function mergeSkin(list: readonly SiteMatch[]): SiteMatch[] {
  const merged: SiteMatch[] = [];
  for (const site of list) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.path.length === 1 && previous.path[0] === 'skin' && site.path[0] !== 'skin' && !site.lymphNode) {
      merged[merged.length - 1] = { ...site, start: previous.start, path: ['skin', ...site.path] };
    } else {
      merged.push(site);
    }
  }
  return merged;
}
