import type { RawMention } from './rawMention';
import { inOneShape } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import { isWholeNumber } from './numberWords';

/**
 * Round 22 (hospital documents): an autopsy's or a pathology report's final diagnoses list the organs a cancer spread to one
 * per numbered line under the metastasis ("C. Metastatic squamous cell carcinoma to:\n 1. Hilar and mediastinal lymph nodes
 * (…)\n 2. Liver (4 nodules …)\n 3. Left adrenal gland (2.1 cm)"). Each line's opening site is a metastasis there (ANNOTATION.md:
 * "metastatic to X": X is a secondary site), read with the histology and the assertion of the line that names the spread. The
 * list's lines are sentences of their own, so the site list after "to" (`siteLists.ts`) never reaches them.
 */

/** Words that name the spread the list's sites are the places of. */
const SPREAD_WORDS: ReadonlySet<string> = new Set(['metastatic', 'metastasis', 'metastases', 'mets', 'spread']);
/** How many tokens before "to:" a spread word may stand ("Metastatic squamous cell carcinoma, keratinizing, to:"). */
const SPREAD_WORD_REACH = 10;
/** How many item lines after the colon are read, and how many tokens each item's line may hold before the next one opens. */
const MAX_ITEMS = 12;
const MAX_ITEM_TOKENS = 40;

/**
 * The mentions with a secondary mention added for each numbered site line under a spread that ends in "to:", unless a mention
 * already reads that line's site. One walk over the tokens; the mentions are indexed once, on the first such colon.
 */
export function withItemizedSpread(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): readonly RawMention[] {
  let added: RawMention[] | undefined;
  let read: ReadMentions | undefined;
  for (let index = 1; index + 1 < tokens.length; index++) {
    if (tokens[index]?.norm !== ':' || tokens[index - 1]?.norm !== 'to') continue;
    const spread = spreadWordBefore(tokens, index - 1);
    if (spread === undefined) continue;
    read ??= readMentions(tokens.length, mentions);
    const histology = histologyBetween(read, spread, index - 1);
    for (const site of itemSites(tokens, sites, index + 1)) {
      if (read.covered[site.start] === 1) continue;
      added ??= [];
      added.push(inOneShape({ start: site.start, end: site.end, anchorStart: spread, anchorEnd: spread + 1, column: 'secondary', site, histology }));
      read.listed.fill(1, spread, index);
    }
  }
  if (added === undefined || read === undefined) return mentions;
  // The spread's own words name no place of their own once its lines do: a secondary read there from a label above ("Lung,
  // left lower lobe:") would be a metastasis to the primary's organ.
  const listed = read.listed;
  const kept = mentions.filter((mention) => mention.column !== 'secondary' || listed[mention.anchorStart] !== 1);
  return [...kept, ...added].sort((one, other) => one.start - other.start);
}

/** The tokens the mentions cover, and the histology of the mention anchored at each token. */
interface ReadMentions {
  readonly covered: Uint8Array;
  /** The tokens of the spreads whose lines were read ("Metastatic squamous cell carcinoma to"). */
  readonly listed: Uint8Array;
  readonly histologyAt: Map<number, RawMention['histology']>;
}

function readMentions(tokenCount: number, mentions: readonly RawMention[]): ReadMentions {
  const covered = new Uint8Array(tokenCount);
  const histologyAt = new Map<number, RawMention['histology']>();
  for (const mention of mentions) {
    covered.fill(1, mention.start, mention.end);
    if (mention.histology !== undefined) histologyAt.set(mention.anchorStart, mention.histology);
  }
  return { covered, listed: new Uint8Array(tokenCount), histologyAt };
}

/** The histology of a mention anchored between the spread word and "to" ("Metastatic squamous cell carcinoma to:"). */
function histologyBetween(read: ReadMentions, from: number, to: number): RawMention['histology'] {
  for (let at = from; at < to; at++) {
    const histology = read.histologyAt.get(at);
    if (histology !== undefined) return histology;
  }
  return undefined;
}

/** The token index of the spread word in the colon's sentence, at most `SPREAD_WORD_REACH` tokens before `to`. */
function spreadWordBefore(tokens: readonly Token[], to: number): number | undefined {
  const sentence = tokens[to]?.sentence;
  for (let at = to - 1; at >= Math.max(0, to - SPREAD_WORD_REACH); at--) {
    const token = tokens[at];
    if (token === undefined || token.sentence !== sentence) return undefined;
    if (SPREAD_WORDS.has(token.norm)) return at;
  }
  return undefined;
}

/**
 * The site opening each numbered item ("1.", "2)") from `from` on, while the items count up one by one: the list ends where
 * no next number opens a sentence within `MAX_ITEM_TOKENS` of the item before, or after `MAX_ITEMS` items.
 */
function itemSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number): SiteMatch[] {
  const found: SiteMatch[] = [];
  let position: number | undefined = from;
  for (let number = 1; number <= MAX_ITEMS && position !== undefined && opensItem(tokens, position, number); number++) {
    const site = sites[position + 2];
    if (site !== undefined) found.push(site);
    position = nextItem(tokens, position + 2, number + 1);
  }
  return found;
}

/** Whether the item `number` opens at `at`: the number, then "." or ")", opening its sentence. */
function opensItem(tokens: readonly Token[], at: number, number: number): boolean {
  const mark = tokens[at];
  const close = tokens[at + 1]?.norm;
  return isWholeNumber(mark) && mark?.norm === String(number) && (close === '.' || close === ')') && tokens[at - 1]?.sentence !== mark.sentence;
}

/** Where the item `number` opens within `MAX_ITEM_TOKENS` after `from`; undefined when it does not. */
function nextItem(tokens: readonly Token[], from: number, number: number): number | undefined {
  for (let at = from; at < Math.min(tokens.length, from + MAX_ITEM_TOKENS); at++) if (opensItem(tokens, at, number)) return at;
  return undefined;
}
