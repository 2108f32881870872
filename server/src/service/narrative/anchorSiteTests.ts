import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { COURSE_NOUNS } from './modifierWords';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * Tests `anchorMentions` (mentions.ts) asks of its sites and mentions, as functions of their own rather than closures in it:
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
