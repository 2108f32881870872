import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * A site the text calls normal ("R testis normal", "left kidney unremarkable") is the organ without the
 * tumour: it gives no side or sub-site to a tumour of the same organ named near it.
 */
const NORMAL_WORDS = new Set(['normal', 'unremarkable', 'wnl', 'nl']);

/** Whether the word right after the site (or after "is" / "was" / "appears") calls it normal. */
export function isCalledNormal(tokens: readonly Token[], site: SiteMatch): boolean {
  const next = tokens[site.end];
  if (next === undefined || next.sentence !== tokens[site.end - 1]?.sentence) return false;
  const word = next.norm === 'is' || next.norm === 'was' || next.norm === 'appears' ? tokens[site.end + 1]?.norm : next.norm;
  return NORMAL_WORDS.has(word ?? '');
}
