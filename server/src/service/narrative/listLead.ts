import { sentenceStart } from './contextNodeRegion';
import type { Token } from './tokens';

/**
 * The lead line a list item hangs from: "56F with metastatic signet ring gastric cancer (…), now
 * progressing:\n - probable leptomeningeal disease\n - L adrenal and pericardial involvement suspected".
 * Its words describe every item below it (at most eight items), as a report label does.
 */

/** The marks that open a list item's sentence ("- probable leptomeningeal disease", "• Liver, segment 3:"). */
export const LIST_MARKERS: ReadonlySet<string> = new Set(['-', '*', '•', '·']);
const LEAD_ITEMS = 8;

/** The first token of the lead sentence (ending in a colon) of the list item holding `index`, or -1. */
export function listLeadStart(tokens: readonly Token[], index: number): number {
  let start = sentenceStart(tokens, index);
  for (let items = 0; items < LEAD_ITEMS; items++) {
    if (!LIST_MARKERS.has(tokens[start]?.norm ?? '') || start === 0) return -1;
    if (tokens[start - 1]?.norm === ':') return sentenceStart(tokens, start - 1);
    start = sentenceStart(tokens, start - 1);
  }
  return -1;
}

/** The first token of the sentence holding `index`, looked for at most 48 tokens back (a sentence longer than that is cut there). */
export function sentenceStartOf(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence;
  let first = index;
  while (first > 0 && index - first < 48 && tokens[first - 1]?.sentence === sentence) first--;
  return first;
}

/** Whether the cue's sentence is a new item of a list ("3. R adrenal adenoma … 4. H/o NMIBC, NED"): the item is about its own diagnosis. */
export function opensListItem(tokens: readonly Token[], start: number): boolean {
  const first = sentenceStartOf(tokens, start);
  const word = tokens[first]?.norm ?? '';
  if (LIST_MARKERS.has(word) || word === '#' || (isItemNumber(word) && isItemClose(tokens[first + 1]?.norm))) return true;
  // "4." or "#4." may be a sentence of its own before the item's words.
  if (!isItemClose(tokens[first - 1]?.norm) || !isItemNumber(tokens[first - 2]?.norm ?? '')) return false;
  const opener = tokens[first - 3]?.norm === '#' ? first - 3 : first - 2;
  return tokens[opener - 1]?.sentence !== tokens[opener]?.sentence;
}

const isItemNumber = (word: string): boolean => /^\d{1,2}$/.test(word);
const isItemClose = (word: string | undefined): boolean => word === '.' || word === ')';
