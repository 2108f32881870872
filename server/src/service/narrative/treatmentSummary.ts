import type { AssertionIndex, TriggerHit } from './assertion';
import { isParenthesised } from './assertionScope';
import { isLineSpace } from './charCodes';
import type { Token } from './tokens';
import { openParenthesisBefore } from './sentenceWindow';
import { ANCHOR_LEXICONS, WORD_CLASS } from './wordClasses';

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

/**
 * The completed treatment summaries of an encounter, in token order. Only a block holding a completion cue may be
 * one, so the blocks are found around those cues (each token read at most once) rather than by walking every block.
 */
export function completedSummaries(text: string, tokens: readonly Token[], index: AssertionIndex): SummaryBlock[] {
  const found: SummaryBlock[] = [];
  // Most notes have no diagnosis label at a line start: one scan of the text spares the block walk.
  if (!ANY_DIAGNOSIS_LABEL.test(text)) return found;
  let examinedTo = 0;
  for (let hit = 0; hit < index.hits.length; hit++) {
    const completion = index.hits[hit];
    if (completion === undefined || completion.start < examinedTo || !isCompletion(completion)) continue;
    const first = blockStart(text, tokens, completion.start);
    const last = blockEnd(text, tokens, completion.start);
    let firstHit = hit;
    while (firstHit > 0 && (index.hits[firstHit - 1]?.start ?? 0) >= first) firstHit--;
    const cue = completionIn(tokens, index, firstHit, last);
    if (cue !== undefined && labelled(text, tokens, first, last, cue.start)) found.push({ first, last, cue });
    examinedTo = last;
  }
  return found;
}

/** Whether a block ends between tokens `position - 1` and `position`: a blank line, which ends a sentence too (tokens.ts). */
function endsBlockBefore(text: string, tokens: readonly Token[], position: number): boolean {
  return tokens[position]?.sentence !== tokens[position - 1]?.sentence && blankBetween(text, tokens[position - 1]?.end ?? 0, tokens[position]?.start ?? 0);
}

/** The first token of the block holding token `position`. */
function blockStart(text: string, tokens: readonly Token[], position: number): number {
  let first = position;
  while (first > 0 && !endsBlockBefore(text, tokens, first)) first--;
  return first;
}

/** The token after the block holding token `position`. */
function blockEnd(text: string, tokens: readonly Token[], position: number): number {
  let last = position + 1;
  while (last < tokens.length && !endsBlockBefore(text, tokens, last)) last++;
  return last;
}

/** A history cue that says the treatment is over or no disease is left. */
function isCompletion(hit: TriggerHit): boolean {
  return hit.trigger.assertion === 'history' && COMPLETION.has(hit.trigger.words);
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
    if (isCompletion(found) && !glossesItsDiagnosis(tokens, found.start)) cue ??= found;
  }
  return cue;
}

/** How far back in its sentence a parenthesis holding a completion cue may open. */
const GLOSS_REACH = 16;

/**
 * "Hx of treated prostate adenocarcinoma (IMRT 2018, ADT x 2 yrs completed)": a completion cue inside a parenthesis
 * right after a diagnosis word tells that diagnosis's course, not that the summary's diagnosis was treated ("FOLFOX x 12
 * (completed 2019)" glosses a treatment and still ends the summary).
 */
function glossesItsDiagnosis(tokens: readonly Token[], cue: number): boolean {
  const open = openParenthesisBefore(tokens, cue, GLOSS_REACH);
  return open >= 0 && ((tokens[diagnosisBeforeDate(tokens, open - 1)]?.classes ?? 0) & ANCHOR_LEXICONS) !== 0;
}

/** How many tokens a diagnosis's date may take before the parenthesis ("2016", "06/2016", "6/1/16" is five). */
const DATE_TOKENS = 5;

/**
 * "History of left breast DCIS 2016 (lumpectomy, WBRT, tamoxifen x5 y, completed 2021)": the year of a diagnosis stands between
 * it and the parenthesis that tells its course. The position of the word before the date, or `position` when no date ends there.
 */
function diagnosisBeforeDate(tokens: readonly Token[], position: number): number {
  let at = position;
  while (at > position - DATE_TOKENS && (((tokens[at]?.classes ?? 0) & WORD_CLASS.digitFirst) !== 0 || tokens[at]?.norm === '/')) at--;
  return at < position && ((tokens[at + 1]?.classes ?? 0) & WORD_CLASS.digitFirst) !== 0 ? at : position;
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
    } else if (!isLineSpace(code)) {
      newlines = 0;
    }
  }
  return false;
}
