import { isMetastasisDestination } from './metastasisProne';
import type { RawMention } from './rawMention';
import { inOneShape } from './rawMention';
import { BACK_VERBS, pastAuxiliaries } from './relapseWords';
import { wordInSentence } from './sentenceWindow';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "She is worried this is 'the breast cancer coming back in the lung'", "could this be the kidney cancer coming back in the
 * adrenal": a cancer said to return in another organ is its spread there, as "breast cancer metastatic to the lung" is (Guideline
 * I.C.2.d; ANNOTATION.md, "A former primary and its recurrence"): a secondary at that organ, with the words' own hedge, beside the
 * primary the words name (which `spreadSourceHistory.ts` codes as the history the note documents). Only an organ where a cancer of
 * another organ returns as spread is read (lung, liver, bone, brain, adrenal, the serosal linings, a node): "the liver cancer
 * coming back in the remaining liver" or "the thigh cancer could come back in the leg" is the cancer's own return in its place.
 */

/** The verbs that say the return by themselves ("returned in the liver", "recurred in bone"). */
const STANDALONE_RETURN_VERBS: ReadonlySet<string> = new Set(['returned', 'returning', 'recurred', 'recurring']);
/** Words between "in" and the organ ("in the lung", "in her liver"). */
const DETERMINERS: ReadonlySet<string> = new Set(['the', 'her', 'his', 'my', 'your']);

/** The mentions with a secondary added where a primary mention's words say it returned in another organ. */
export function withReturnsElsewhere(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): readonly RawMention[] {
  let added: RawMention[] | undefined;
  let read: ReadonlySet<number> | undefined;
  for (const mention of mentions) {
    if (mention.column !== 'primary' || mention.site === undefined || mention.site.lymphNode) continue;
    const place = placeOfReturn(tokens, sites, mention.end);
    if (place === undefined || !isSpreadPlace(place.site, mention.site)) continue;
    read ??= secondaryStarts(mentions);
    if (read.has(place.site.start)) continue;
    added ??= [];
    added.push(inOneShape({ start: place.start, end: place.site.end, anchorStart: place.start, anchorEnd: place.site.end, column: 'secondary', site: place.site, histology: mention.histology }));
  }
  return added === undefined ? mentions : [...mentions, ...added].sort((one, other) => one.start - other.start);
}

/** The site after "coming back in (the)" right after the mention, with the first word of the return; undefined when none is written. */
function placeOfReturn(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], end: number): { start: number; site: SiteMatch } | undefined {
  const sentence = tokens[end - 1]?.sentence;
  // "is coming back", "could have come back": the auxiliaries and the verbs that take "back" are relapseWords.ts'.
  let position = pastAuxiliaries(tokens, end);
  const start = position;
  const word = wordInSentence(tokens, position, sentence);
  if (BACK_VERBS.has(word) && wordInSentence(tokens, position + 1, sentence) === 'back') position += 2;
  else if (STANDALONE_RETURN_VERBS.has(word)) position += 1;
  else return undefined;
  if (wordInSentence(tokens, position, sentence) !== 'in') return undefined;
  position++;
  if (DETERMINERS.has(wordInSentence(tokens, position, sentence))) position++;
  const site = sites[position];
  return site === undefined || tokens[position]?.sentence !== sentence ? undefined : { start, site };
}

/** Whether the place is one a cancer of another organ returns in as spread: a lymph node, or an organ where such spread lodges. */
function isSpreadPlace(place: SiteMatch, own: SiteMatch): boolean {
  if (place.path[0] === own.path[0]) return false;
  return place.lymphNode || isMetastasisDestination(place);
}

/** Where the secondaries the site lists already found start: a site read there is not added twice. Built once, on the first return. */
function secondaryStarts(mentions: readonly RawMention[]): ReadonlySet<number> {
  const starts = new Set<number>();
  for (const mention of mentions) if (mention.column === 'secondary' && mention.site !== undefined) starts.add(mention.site.start);
  return starts;
}
