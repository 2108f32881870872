import { lastAtOrBefore } from '../sortedSearch';
import { withPartAfterAnchor } from './apposedPart';
import { isSpreadOrgan } from './metastasisProne';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import { refinedBy } from './siteRefinement';
import { firstSiteOfSentence } from './specimen';
import type { Token } from './tokens';

/**
 * An operative note lists its specimens by letter ("SPECIMENS: A. Bladder tumor, L lateral wall, TURBT … D. Lymph node, station
 * 8a (frozen) … E. Liver nodule, segment 3"), and the pathology addendum answers part by part with the same letters and no
 * site ("A. Invasive high-grade papillary urothelial carcinoma", "D. One lymph node, negative for metastatic adenocarcinoma",
 * "E. Bile duct hamartoma. No malignancy."). A coder reads each answer at its part's site, as a pathology report's label line
 * gives its findings theirs (ANNOTATION.md, "Side and sub-site documented elsewhere in the note"; the part's label is the
 * statement's own site). A finding in a later item of a letter takes the site of that letter's first item when it has none
 * of its own (in a node or an organ where a carcinoma is most often a metastasis it is the spread there, as under a label),
 * when it is a node with no region and the part is a node of one, or when the part names a sub-site of its own organ.
 */

/** How many sentences of a lettered item its letter still covers ("E. Bile duct hamartoma. No malignancy."). */
const ITEM_SENTENCES = 3;

interface LetteredItem {
  readonly letter: string;
  /** Token index of the letter. */
  readonly start: number;
}

/** How far after the item before it a list's next letter may open its item (a specimen line is short). */
const NEXT_ITEM_REACH = 60;

/** Whether the token is a capital letter followed by "." or ")": a lettered item's label, if it opens an item. */
function isItemLetter(tokens: readonly Token[], position: number): boolean {
  const token = tokens[position] as Token;
  if (token.raw.length !== 1 || token.raw < 'A' || token.raw > 'Z') return false;
  const after = tokens[position + 1]?.norm;
  return after === '.' || after === ')';
}

/**
 * The lettered items of the note: a letter that opens its sentence, or the letter after the last item's ("A. Bladder tumor,
 * L lateral wall, TURBT\nB. Deep base …": a specimen line ends in no stop, so its next item opens no sentence of its own).
 */
function letteredItems(tokens: readonly Token[]): LetteredItem[] {
  const items: LetteredItem[] = [];
  for (let position = 0; position < tokens.length; position++) {
    if (!isItemLetter(tokens, position)) continue;
    const letter = (tokens[position] as Token).raw;
    const last = items[items.length - 1];
    const opensSentence = tokens[position - 1]?.sentence !== tokens[position]?.sentence;
    const follows = last !== undefined && position - last.start <= NEXT_ITEM_REACH && last.letter.charCodeAt(0) + 1 === letter.charCodeAt(0);
    if (opensSentence || follows) items.push({ letter, start: position });
  }
  return items;
}

/** The node row with no region ("lymph node" alone: lymph, gland, site NEC). */
const isRegionlessNode = (site: SiteMatch): boolean => site.lymphNode && (site.path.length <= 2 || site.path[site.path.length - 1] === 'site NEC');

/** The site the part's first item gives a finding of a later item, or undefined when the finding keeps its own. */
function partSiteFor(mention: RawMention, part: SiteMatch): SiteMatch | undefined {
  const own = mention.site;
  if (own === undefined) return part;
  if (own.lymphNode) return isRegionlessNode(own) && part.lymphNode && !isRegionlessNode(part) ? part : undefined;
  if (part.lymphNode) return undefined;
  const refined = refinedBy(own, part);
  if (refined === undefined) return undefined;
  // "A. Bladder tumor, L lateral wall": the part's wall is a sub-site row of the organ the finding implies (bladder, wall, lateral).
  const narrower = refined.path.length > own.path.length || (own.qualifiers === undefined && refined.partWritten === true) || (own.laterality === undefined && refined.laterality !== undefined);
  return narrower ? refined : undefined;
}

export function withLetteredPartSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): RawMention[] {
  if (mentions.length === 0) return [...mentions];
  const items = letteredItems(tokens);
  if (items.length < 2) return [...mentions];
  // Each letter's first item is its part's label; a later item of the letter reads that label's site.
  const partSites = new Map<string, SiteMatch | undefined>();
  const answers: { readonly start: number; readonly end: number; readonly site: SiteMatch }[] = [];
  items.forEach((item, index) => {
    const nextStart = items[index + 1]?.start ?? tokens.length;
    if (!partSites.has(item.letter)) {
      partSites.set(item.letter, partLineSite(tokens, sites, item.start + 2));
      return;
    }
    const site = partSites.get(item.letter);
    // The last item's letter covers its first sentence only: what follows the list is the note's again ("Called pt - discussed HG T1 w/ CIS").
    const sentences = index + 1 < items.length ? ITEM_SENTENCES : 1;
    if (site !== undefined) answers.push({ start: item.start, end: itemEnd(tokens, item.start, nextStart, sentences), site });
  });
  if (answers.length === 0) return [...mentions];
  const starts = answers.map((item) => item.start);
  return mentions.map((mention) => {
    const covering = answers[lastAtOrBefore(starts, starts.length, mention.anchorStart)];
    if (covering === undefined || mention.anchorStart < covering.start || mention.anchorStart >= covering.end) return mention;
    const site = partSiteFor(mention, covering.site);
    if (site === undefined) return mention;
    const spread = mention.site === undefined && mention.column === 'primary' && isSpreadOrgan(site);
    // A node keeps its label's words, where a later pass reads its station ("Lymph node, station 8a" of a pancreatic cancer).
    const placed = site.lymphNode ? site : { ...site, start: mention.anchorStart, end: mention.anchorStart };
    return { ...mention, site: placed, column: spread ? 'secondary' : mention.column, restatedOnly: mention.site === undefined ? false : mention.restatedOnly };
  });
}

/**
 * The site a specimen line names: its first site, with the organ's part set off after it or after the organ's tumour
 * ("Bladder, L posterior wall papillary lesion", "Bladder tumor, L lateral wall, TURBT": bladder, wall, posterior / lateral).
 */
function partLineSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number): SiteMatch | undefined {
  const site = firstSiteOfSentence(tokens, sites, from);
  if (site === undefined || site.lymphNode) return site;
  return withPartAfterAnchor(tokens, site, site.end) ?? withPartAfterAnchor(tokens, site, site.end + 1) ?? site;
}

/** Where a lettered item's letter stops covering: the next item, or the end of its first few sentences. */
function itemEnd(tokens: readonly Token[], start: number, nextStart: number, sentences: number): number {
  // The letter and its stop are a sentence of their own when the item's line opens one ("A." then "Invasive …").
  const first = tokens[start + 2]?.sentence ?? 0;
  const lastSentence = first + sentences - 1;
  let position = start;
  while (position < nextStart && (tokens[position]?.sentence ?? 0) <= lastSentence) position++;
  return position;
}
