import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "metastatic adenocarcinoma c/w colorectal origin", "PAX8+, WT1+, c/w ovarian origin", "TTF-1 expression supports lung origin":
 * a pathologist's conclusion naming the organ a malignancy came from is a mention of that organ's primary, as "c/w colorectal
 * primary" is (ANNOTATION.md, '"c/w <organ> primary" (or … "c/w <organ> origin") on tissue or cytology of a current primary is a
 * present mention of that primary'; "X origin with an organ is a mention like X primary"). "Origin" alone names a cause as often
 * as a tumour ("chest pain of cardiac origin", "bleeding of GI origin"), so it is read only after a word of a conclusion
 * ("c/w", "consistent with", "supports", "favor") and beside a malignancy the report names (`MALIGNANCY_REACH` tokens either side, in its sentence or the one before).
 */

const ORIGIN: HistologyTerm = { words: 'origin', role: 'primary' };
const ORIGIN_WORDS = new Set(['origin']);
/** The words of a conclusion that name the origin after them. */
const CONCLUSION_WORDS = new Set(['c/w', 'consistent', 'compatible', 'supports', 'supporting', 'support', 'favor', 'favors', 'favoring', 'favour', 'favours', 'suggesting', 'suggests', 'suggestive', 'confirms', 'confirming']);
/** Words that may stand between the conclusion word and the organ ("consistent with a breast origin"). */
const LINK_WORDS = new Set(['with', 'of', 'w/', 'a', 'an', 'the']);
/** How many tokens from the origin a malignancy the report names may stand. */
const MALIGNANCY_REACH = 40;

/** The "<organ> origin" mentions of the encounter, each after a conclusion word and near a malignancy, merged into `mentions` in text order. */
export function withStatedOrigins(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], mentions: readonly RawMention[]): RawMention[] {
  const found: RawMention[] = [];
  for (let position = 1; position < tokens.length; position++) {
    // Few tokens end a site: the array is read first, and only there is the word asked about.
    const site = siteEndingAt[position];
    if (site === undefined || !ORIGIN_WORDS.has(tokens[position]?.norm ?? '')) continue;
    if (site.lymphNode || !concludedBefore(tokens, site.start)) continue;
    if (!malignancyNear(tokens, position)) continue;
    found.push({ start: site.start, end: position + 1, anchorStart: position, anchorEnd: position + 1, column: 'primary', site, histology: ORIGIN });
  }
  return found.length === 0 ? [...mentions] : [...mentions, ...found].sort((first, second) => first.start - second.start);
}

/** Whether a conclusion word stands before the organ, over at most two link words, in its sentence. */
function concludedBefore(tokens: readonly Token[], siteStart: number): boolean {
  const sentence = tokens[siteStart]?.sentence;
  let position = siteStart - 1;
  while (position >= siteStart - 3 && LINK_WORDS.has(tokens[position]?.norm ?? '')) position--;
  const token = tokens[position];
  return token !== undefined && token.sentence === sentence && CONCLUSION_WORDS.has(token.norm);
}

/** The words of a malignancy a report names near its conclusion ("metastatic carcinoma", "positive for adenocarcinoma"). */
const MALIGNANCY_WORDS = new Set([
  'carcinoma', 'adenocarcinoma', 'adenoca', 'carcinomas', 'malignancy', 'malignant', 'metastatic', 'metastasis', 'metastases', 'mets', 'met',
  'cancer', 'ca', 'scc', 'sarcoma', 'melanoma', 'neoplasm', 'tumor', 'tumour',
]);

/** Whether a malignancy word stands within reach before or after the origin word, within its sentence or the one before. */
function malignancyNear(tokens: readonly Token[], position: number): boolean {
  const sentence = tokens[position]?.sentence ?? 0;
  for (let index = Math.max(0, position - MALIGNANCY_REACH); index < Math.min(tokens.length, position + MALIGNANCY_REACH); index++) {
    const token = tokens[index];
    if (token === undefined || token.sentence < sentence - 1) continue;
    if (token.sentence > sentence) return false;
    if (MALIGNANCY_WORDS.has(token.norm)) return true;
  }
  return false;
}
