import { isAsciiLetter } from './charCodes';
import { splitWordEnd } from './damagedWords';
import type { TokenWords } from './tokenWords';

/**
 * Site words that speech recognition writes as a common word of the same sound ("consistent with a long primary", "right
 * plural effusion", "prostrate cancer"), read as the site word only before a word that leaves no other reading: a cancer,
 * a metastasis or an effusion is never "long" or "plural", while "long term", "long history", "plural form" or "found
 * prostrate" keep their own sense. A clean note reads exactly as before: the tokenizer asks only about a word whose class
 * bit says it is one of these (`WORD_CLASS.homophone`), and then about the one word after it.
 */
export const DICTATED_HOMOPHONES: ReadonlyMap<string, { readonly site: string; readonly before: ReadonlySet<string> }> = new Map([
  ['long', { site: 'lung', before: new Set(['primary', 'cancer', 'cancers', 'ca', 'carcinoma', 'adenocarcinoma', 'mets', 'metastasis', 'metastases', 'malignancy', 'neoplasm']) }],
  ['plural', { site: 'pleural', before: new Set([
    'effusion', 'effusions', 'mets', 'metastasis', 'metastases', 'metastatic', 'mesothelioma', 'implants', 'carcinomatosis', 'nodularity', 'thickening', 'fluid', 'biopsy',
  ]) }],
  ['prostrate', { site: 'prostate', before: new Set(['cancer', 'ca', 'carcinoma', 'adenocarcinoma', 'primary', 'bed', 'gland', 'biopsy', 'malignancy']) }],
]);

/**
 * The word table's entry of the site word that the homophone `entry` (ending at `end`) stands for, when the next written word
 * (after spaces and at most one line break, before `limit`) is one that only the site word goes with; -1 otherwise.
 */
export function homophoneSiteAt(table: TokenWords, text: string, end: number, entry: number, limit: number): number {
  const homophone = DICTATED_HOMOPHONES.get(table.norm(entry));
  if (homophone === undefined) return -1;
  const nextEnd = splitWordEnd(text, end, limit);
  if (nextEnd < 0) return -1;
  let nextStart = nextEnd;
  while (nextStart > end && isAsciiLetter(text.charCodeAt(nextStart - 1))) nextStart--;
  if (!homophone.before.has(text.slice(nextStart, nextEnd).toLowerCase())) return -1;
  return table.entryOf(homophone.site, 0, homophone.site.length, true);
}
