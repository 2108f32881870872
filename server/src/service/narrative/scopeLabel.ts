import { sentenceStart } from './sentenceWindow';
import type { Token } from './token';

/**
 * The label heading a finding's scope, read a few words or sentences back: a report writes a part's or a field's label once, ended by
 * a colon ("C. Stomach, antrum, biopsies:", "Right axilla:", "B. DISTAL DONUT (RECTUM):"), and every sentence after it up to the next
 * label speaks of what the label names. Four rules read such a label, each with its own reach and its own reading of it:
 * - `findingOrgan.ts`' part label: the nearest colon within a few short sentences, no site of another organ or new list item between;
 * - `labelLineScope.ts`' part label of a denying verdict: the first colon of each of the three sentences before, going on past a
 *   site-less result word's colon ("ROSE:", "-> final:") and ending at a sentence that names a site of its own;
 * - `fieldLabelNodeRegion.ts`' node-bearing field label: the nearest colon within a field of a few short sentences;
 * - `itemLabel.ts`' list item label: the marker opening one of the three sentences before, while none between names a site.
 * This module is the walk they share: where the label is, how far back it may stand and what ends the scope before it; what the
 * label yields is the caller's reading at it. The nearest colon is looked for word by word, so a look that a word near the finding
 * ends costs only the words read; the other labels a sentence at a time.
 */

/** What a label's reading at its colon yields when the colon closes no label of the scope, so the look goes on above it. */
export const LOOK_ON: unique symbol = Symbol('look on');

/** What every look gives: its reach in tokens and its reading of the label it finds. */
interface LookReach<T> {
  /** How many tokens before the finding the look may read (a field of a few short sentences), or Infinity. */
  readonly tokenReach: number;
  /**
   * What the label at `label` yields: a reading, undefined to end the look, or LOOK_ON. `from` is the first word of the label's
   * sentence as a sentence-at-a-time look read it (the reach's first word for the word-by-word look, which reads no sentences).
   */
  readonly read: (label: number, from: number) => T | undefined | typeof LOOK_ON;
}

/** A look word by word for the colon nearest the finding, ending at a word the rule says ends the scope first. */
export interface NearestColonLook<T> extends LookReach<T> {
  readonly colon: 'nearest';
  /** Whether the word at `position`, between the finding and its label's colon (the colon included), ends the scope. */
  readonly endsAtWord?: (position: number) => boolean;
}

/** A look a sentence at a time for each sentence's label, ending at a sentence the rule says ends the scope. */
export interface SentenceLabelLook<T> extends LookReach<T> {
  /** How many sentences the look may read, counted as `sentenceStart` reads them (a long sentence may count as two), or Infinity. */
  readonly sentenceReach: number;
  /** Where a sentence's label is: its first colon (after the label's own words), or a position the rule finds (a list item's marker); -1 for none. */
  readonly colon: 'first' | ((from: number, to: number) => number);
  /** Whether the sentence from `from` to `to`, whose label is at `label` (-1: none), ends the finding's scope before any label. */
  readonly endsScope: (from: number, label: number, to: number) => boolean;
}

/** How one rule looks back for its label. */
export type LabelLook<T> = NearestColonLook<T> | SentenceLabelLook<T>;

/**
 * The reading of the label heading the scope that runs to `start`, or undefined: within its reach, the look reads the label of the
 * first sentence (or the first colon) that closes one. Each word is read at most once or twice, so the walk costs at most its reach
 * in tokens.
 */
export function labelBefore<T>(tokens: readonly Token[], start: number, look: LabelLook<T>): T | undefined {
  const floor = Math.max(0, start - look.tokenReach);
  return look.colon === 'nearest' ? nearestColonLabel(tokens, start, floor, look) : sentenceLabel(tokens, start, floor, look);
}

/** The word-by-word look: each word is first asked whether it ends the scope, then read as a label's colon. */
function nearestColonLabel<T>(tokens: readonly Token[], start: number, floor: number, look: NearestColonLook<T>): T | undefined {
  for (let position = start - 1; position >= floor; position--) {
    if (look.endsAtWord?.(position) === true) return undefined;
    if (tokens[position]?.norm !== ':') continue;
    const label = look.read(position, floor);
    if (label !== LOOK_ON) return label;
  }
  return undefined;
}

/** The sentence-at-a-time look. */
function sentenceLabel<T>(tokens: readonly Token[], start: number, floor: number, look: SentenceLabelLook<T>): T | undefined {
  let to = start;
  for (let sentence = 0; sentence < look.sentenceReach && to > floor; sentence++) {
    const from = Math.max(floor, sentenceStart(tokens, to - 1));
    const label = look.colon === 'first' ? firstColon(tokens, from, to) : look.colon(from, to);
    if (look.endsScope(from, label, to)) return undefined;
    if (label >= 0) {
      const reading = look.read(label, from);
      if (reading !== LOOK_ON) return reading;
    }
    to = from;
  }
  return undefined;
}

/**
 * The first colon from `from` to `to`, or -1: a label's colon with words after it in its sentence ("Lung, wedge resection:
 * granuloma."), or the colon that ends a label written on its own line ("B. Rectum, distal donut:\n - Benign mucosa.").
 */
export function firstColon(tokens: readonly Token[], from: number, to: number): number {
  for (let position = from; position < to; position++) if (tokens[position]?.norm === ':') return position;
  return -1;
}
