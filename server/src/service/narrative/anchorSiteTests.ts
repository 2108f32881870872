import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { COURSE_NOUNS } from './modifierWords';
import type { RawMention } from './rawMention';
import type { Laterality } from './siteLexicon';
import { isModifier } from './siteLists';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Tests `anchorMentions` (mentions.ts) asks of its sites, mentions and the words before an anchor, as functions of their own rather than closures in it:
 * a closure there made every anchor allocate a context for what it captured, whether or not the closure was reached.
 */

/** "NSCLC brain mets": the sites after an anchor that may be its own, without nodes and without a site a course noun follows. */
export function placedSitesAfter(tokens: readonly Token[], sites: readonly SiteMatch[]): SiteMatch[] {
  return sites.filter((site) => !site.lymphNode && !COURSE_NOUNS.has(tokens[site.end]?.norm ?? ''));
}

/** Whether a mention's site starts at or after `end` (a mention with no site counts as starting at 0). */
export function someSiteFrom(mentions: readonly RawMention[], end: number): boolean {
  for (const mention of mentions) if ((mention.site?.start ?? 0) >= end) return true;
  return false;
}

/** Whether a mention is in `column`. */
export function someInColumn(mentions: readonly RawMention[], column: NeoplasmColumn | null): boolean {
  for (const mention of mentions) if (mention.column === column) return true;
  return false;
}

const SIDE_WORDS: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['right', 'right'], ['left', 'left'], ['bilateral', 'bilateral'], ['rt', 'right'], ['lt', 'left']]);

/** A side word just before an anchor, over at most three modifiers ("left high-grade Krukenberg tumor"); "R" and "L" only in capitals. */
export function sideBefore(tokens: readonly Token[], start: number): Laterality | undefined {
  const sentence = tokens[start]?.sentence;
  for (let position = start - 1; position >= Math.max(0, start - 4); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return undefined;
    const side = token.raw === 'R' ? 'right' : token.raw === 'L' ? 'left' : SIDE_WORDS.get(token.norm);
    if (side !== undefined) return side;
    if (!isModifier(token.norm)) return undefined;
  }
  return undefined;
}
