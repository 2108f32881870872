import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';

/**
 * "2.1 cm lipid-rich L adrenal adenoma … likely L aldosterone-producing adenoma (vs … nonfunctioning adenoma) … no repeat
 * imaging for the adenoma": an adenoma written with no organ restates the patient's adenoma the encounter places at one organ
 * and side (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; table: adrenal / Benign D35.02), as a coder
 * reads an endocrine or GI clinic's "the adenoma". Adenomas the encounter places at two organs, sides or parts (a colon's
 * cecal and transverse adenomas), or at none, leave it unread, as before; a relative's adenoma never waits for a site.
 */

/** The bare words, with no type or organ of their own (the colon passes `colonoscopyAdenoma.ts` and `polypPhraseAdenoma.ts` read them too). */
export const BARE_ADENOMA_WORDS: ReadonlySet<string> = new Set(['adenoma', 'adenomas']);

/** Whether a site-less histology is a bare adenoma that may restate the encounter's one placed adenoma. */
export function isBareAdenoma(term: HistologyTerm): boolean {
  return term.role === 'benign' && BARE_ADENOMA_WORDS.has(term.words);
}

/** A bare adenoma no other reading placed, waiting for the encounter's one adenoma site (`withRestatedAdenomas`), or undefined. */
export function pendingBareAdenoma(start: number, end: number, term: HistologyTerm): RawMention | undefined {
  return isBareAdenoma(term) ? { start, end, anchorStart: start, anchorEnd: end, column: 'benign', histology: term, restatedOnly: true } : undefined;
}

const isPendingAdenoma = (mention: RawMention): boolean =>
  mention.restatedOnly === true && mention.site === undefined && mention.histology !== undefined && isBareAdenoma(mention.histology);

/** An adenoma the encounter places at a site of its own (not a node: "adenoma" is never a node's). */
const isPlacedAdenoma = (mention: RawMention): boolean => mention.restatedOnly !== true && mention.column === 'benign'
  && mention.site !== undefined && !mention.site.lymphNode && /adenomas?$/.test(mention.histology?.words ?? '');

/** The one site of the placed adenomas: one path, at most one side (the sided one kept), or undefined. */
function oneAdenomaSite(mentions: readonly RawMention[]): SiteMatch | undefined {
  return onePlacedSite(mentions.filter(isPlacedAdenoma).map((mention) => mention.site as SiteMatch));
}

/**
 * The one site a restated benign neoplasm's placed namings give it: all at one path, at most one side (the first sided one
 * kept, else the first), or undefined. Shared with `restatedBenignWords.ts`, which groups the namings by their words.
 */
export function onePlacedSite(placed: readonly SiteMatch[]): SiteMatch | undefined {
  const paths = new Set(placed.map((site) => site.path.join('/')));
  const sides = new Set(placed.map((site) => site.laterality).filter((side) => side !== undefined));
  if (paths.size !== 1 || sides.size > 1) return undefined;
  return placed.find((site) => site.laterality !== undefined) ?? placed[0];
}

/** The mentions, each pending bare adenoma placed at the encounter's one adenoma site or dropped. */
export function withRestatedAdenomas(mentions: readonly RawMention[]): readonly RawMention[] {
  if (!mentions.some(isPendingAdenoma)) return mentions;
  const site = oneAdenomaSite(mentions);
  return mentions.flatMap((mention) => {
    if (!isPendingAdenoma(mention)) return [mention];
    // Unplaced, it is no mention, as before: a later pass would place it at the encounter's one cancer organ, another lesion's.
    if (site === undefined) return [];
    const at = { start: mention.anchorStart, end: mention.anchorStart };
    return [{ ...mention, site: { ...site, ...at }, restatedOnly: false }];
  });
}
