import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "metastatic gastric, NOT breast, origin", "metastatic colorectal or pancreatic origin": sites after
 * "metastatic" that the word "origin" closes name where the tumour came from (its primary), not where it
 * spread. The walk goes on over commas, "not", "or" and further sites, at most eight tokens past the
 * first list, inside its sentence.
 */
const ORIGIN_WORDS = new Set(['origin', 'origins']);
const BETWEEN_ORIGINS = new Set([',', 'not', 'or', 'and', 'vs', 'versus', 'rather', 'than', 'likely', 'probable', 'probably', 'favor', 'favored']);
const ORIGIN_REACH = 8;

/** All the sites the origin word closes, the written list first; undefined when no origin word closes it. */
export function originSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], written: readonly SiteMatch[]): SiteMatch[] | undefined {
  const last = written[written.length - 1];
  if (last === undefined) return undefined;
  const sentence = tokens[last.start]?.sentence;
  const found = [...written];
  let position = last.end;
  while (position < Math.min(tokens.length, last.end + ORIGIN_REACH) && tokens[position]?.sentence === sentence) {
    const site = sites[position];
    const word = tokens[position]?.norm ?? '';
    if (site !== undefined && !site.lymphNode) {
      found.push(site);
      position = site.end;
    } else if (ORIGIN_WORDS.has(word)) {
      return found;
    } else if (BETWEEN_ORIGINS.has(word)) {
      position++;
    } else {
      return undefined;
    }
  }
  return undefined;
}
