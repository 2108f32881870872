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
