import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';

/**
 * The shape the two passes over site-less benign restatements share (`restatedAdenoma.ts`: a bare "the adenoma";
 * `restatedBenignWords.ts`: a typed benign histology such as "benign pleomorphic adenoma"): a mention that waits for a site
 * (`restatedOnly`) restates the patient's neoplasm that the encounter places, under the same key, at one site and side, and
 * is coded there (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"); with two sites or sides, or none, it
 * is no mention, as before. Each pass states which mentions wait, which are placed namings, and the key that pairs them.
 * `restatedBenignSite.ts` is not of this shape: it narrows a placed organ to a part and keeps what it cannot narrow.
 */
export interface PendingRestatement {
  /** A site-less mention waiting for the site of a placed naming. */
  readonly isPending: (mention: RawMention) => boolean;
  /** A naming the encounter places at a site of its own (never a node's), with its site. */
  readonly isPlaced: (mention: RawMention) => boolean;
  /** What pairs a waiting mention with the placed namings it may restate. */
  readonly keyOf: (mention: RawMention) => string;
}

/**
 * The one site a restated benign neoplasm's placed namings give it: all at one path, at most one side (the first sided one
 * kept, else the first), or undefined.
 */
export function onePlacedSite(placed: readonly SiteMatch[]): SiteMatch | undefined {
  const paths = new Set(placed.map((site) => site.path.join('/')));
  const sides = new Set(placed.map((site) => site.laterality).filter((side) => side !== undefined));
  if (paths.size !== 1 || sides.size > 1) return undefined;
  return placed.find((site) => site.laterality !== undefined) ?? placed[0];
}

/** The one site (`onePlacedSite`) the encounter places each key's namings at. */
function placedSitesByKey(mentions: readonly RawMention[], kind: PendingRestatement): ReadonlyMap<string, SiteMatch | undefined> {
  const placedByKey = new Map<string, SiteMatch[]>();
  for (const mention of mentions) {
    if (!kind.isPlaced(mention)) continue;
    const key = kind.keyOf(mention);
    const site = mention.site as SiteMatch;
    const placed = placedByKey.get(key);
    if (placed === undefined) placedByKey.set(key, [site]);
    else placed.push(site);
  }
  return new Map([...placedByKey].map(([key, placed]) => [key, onePlacedSite(placed)]));
}

/** The mentions, each waiting one placed at the one site its key's namings are placed at, or dropped. */
export function withPendingRestatements(mentions: readonly RawMention[], kind: PendingRestatement): readonly RawMention[] {
  if (!mentions.some(kind.isPending)) return mentions;
  const sites = placedSitesByKey(mentions, kind);
  // A loop, not `flatMap`: the pass runs on every read with hundreds of mentions, and `flatMap` made an array for each.
  const placed: RawMention[] = [];
  for (const mention of mentions) {
    if (!kind.isPending(mention)) {
      placed.push(mention);
      continue;
    }
    // Unplaced, it is no mention, as before: a later pass would place it at the encounter's one cancer organ, another lesion's.
    const site = sites.get(kind.keyOf(mention));
    if (site !== undefined) placed.push({ ...mention, site: { ...site, start: mention.anchorStart, end: mention.anchorStart }, restatedOnly: false });
  }
  return placed;
}
