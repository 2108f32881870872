import type { AssertionIndex, TriggerHit } from './assertion';
import { isParenthesised } from './assertionScope';
import type { Token } from './tokens';

/**
 * A treatment summary written as fields ("Cancer type / location: Colon adenocarcinoma … Chemotherapy:
 * … completed … Current status: No evidence of disease"; "DX: MELANOMA, R POSTERIOR THIGH … TX: WLE +
 * SLNB 01/2025 … ADJUVANT NIVOLUMAB …, COMPLETED"): the diagnosis field and the field that says the
 * treatment is over stand lines apart, beyond any sentence scope, yet the block says one thing — the
 * cancer was treated and none is left, a history (Guideline I.C.2.d). A block is a run of lines with no
 * blank line; it is such a summary when one of its lines opens with a diagnosis label, a later line
 * holds a completion cue, and no cue in it says the disease is active (recurrence, ongoing treatment).
 */

/** A line label that names the diagnosis of a summary. */
const DIAGNOSIS_LABEL = /^[ \t]*(?:dx|diagnosis|primary diagnosis|oncologic diagnosis|cancer diagnosis|cancer type(?:[ \t]*\/[ \t]*location)?)[ \t]*:/i;
const ANY_DIAGNOSIS_LABEL = /^[ \t]*(?:dx|diagnosis|primary diagnosis|oncologic diagnosis|cancer diagnosis|cancer type(?:[ \t]*\/[ \t]*location)?)[ \t]*:/im;
/** History cues that say the treatment is over or no disease is left. */
const COMPLETION = new Set([
  'completed', 'treatment completed', 'therapy completed', 'ned', 'no evidence of disease', 'currently ned', 'currently no evidence of disease',
  'tx done', 'treatment done', 'completed treatment', 'completed therapy', 'completed chemotherapy', 'completed adjuvant',
]);
/** The longest block read, in characters: a summary is a few lines, and the bound keeps the look linear. */
const MAX_BLOCK = 2000;

/** A completed treatment summary: the tokens `[first, last)` of its block and its completion cue. */
export interface SummaryBlock {
  readonly first: number;
  readonly last: number;
  readonly cue: TriggerHit;
}

/** The completed treatment summaries of an encounter, in token order (one pass over its tokens and cues). */
export function completedSummaries(text: string, tokens: readonly Token[], index: AssertionIndex): SummaryBlock[] {
  const found: SummaryBlock[] = [];
  // Most notes have no diagnosis label at a line start: one scan of the text spares the block walk.
  if (!ANY_DIAGNOSIS_LABEL.test(text)) return found;
  let hit = 0;
  let first = 0;
  while (first < tokens.length) {
    let last = first + 1;
    // A blank line ends a sentence (tokens.ts), so only a sentence's first token may open a new block.
    while (last < tokens.length && (tokens[last]?.sentence === tokens[last - 1]?.sentence || !blankBetween(text, tokens[last - 1]?.end ?? 0, tokens[last]?.start ?? 0))) last++;
    while (hit < index.hits.length && (index.hits[hit]?.start ?? 0) < first) hit++;
    const cue = completionIn(tokens, index, hit, last);
    if (cue !== undefined && labelled(text, tokens, first, last, cue.start)) found.push({ first, last, cue });
    first = last;
  }
  return found;
}

/** The cue of the summary block holding token `position` (`blocks` in token order; a binary search). */
export function summaryCueAt(blocks: readonly SummaryBlock[], position: number): TriggerHit | undefined {
  let low = 0;
  let high = blocks.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const block = blocks[middle];
    if (block === undefined) return undefined;
    if (position < block.first) high = middle - 1;
    else if (position >= block.last) low = middle + 1;
    else return block.cue;
  }
  return undefined;
}

/** The block's completion cue, when it has one and no active cue (hits from `hit` up to token `last`). */
function completionIn(tokens: readonly Token[], index: AssertionIndex, hit: number, last: number): TriggerHit | undefined {
  let cue: TriggerHit | undefined;
  for (let position = hit; position < index.hits.length; position++) {
    const found = index.hits[position];
    if (found === undefined || found.start >= last) break;
    // "Current status:" is a field label; "(current)" after a diagnosis is an active cue.
    if (found.trigger.assertion === 'active' && (found.trigger.parenthesisedOnly !== true || isParenthesised(tokens, found))) return undefined;
    if (found.trigger.assertion === 'history' && COMPLETION.has(found.trigger.words)) cue ??= found;
  }
  return cue;
}

/** Whether a line of the block before the cue opens with a diagnosis label (read from the text: a "DX:" may be a section header). */
function labelled(text: string, tokens: readonly Token[], first: number, last: number, cue: number): boolean {
  const from = lineStartBefore(text, tokens[first]?.start ?? 0);
  const to = Math.min(tokens[Math.min(cue, last - 1)]?.start ?? from, from + MAX_BLOCK);
  for (let line = from; line < to;) {
    if (DIAGNOSIS_LABEL.test(text.slice(line, Math.min(to, line + 48)))) return true;
    const newline = text.indexOf('\n', line);
    if (newline < 0 || newline >= to) break;
    line = newline + 1;
  }
  return false;
}

function lineStartBefore(text: string, offset: number): number {
  let position = offset;
  while (position > 0 && offset - position < 200 && text.charCodeAt(position - 1) !== 0x0a) position--;
  return position;
}

/** Whether a blank line stands between two offsets. */
function blankBetween(text: string, from: number, to: number): boolean {
  let newlines = 0;
  for (let position = from; position < to; position++) {
    const code = text.charCodeAt(position);
    if (code === 0x0a) {
      if (++newlines === 2) return true;
    } else if (code !== 0x20 && code !== 0x09 && code !== 0x0d) {
      newlines = 0;
    }
  }
  return false;
}
