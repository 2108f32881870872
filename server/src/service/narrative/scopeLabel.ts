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
 * This module is the walk they share: where the label's colon is, how far back it may stand and what ends the scope before it; what
 * the label yields is the caller's reading at its colon.
 */

/** What a label's reading at its colon yields when the colon closes no label of the scope, so the look goes on above it. */
export const LOOK_ON: unique symbol = Symbol('look on');

/** How one rule looks back for its label. */
export interface LabelLook<T> {
  /** How many tokens before the finding the look may read (a field of a few short sentences), or Infinity. */
  readonly tokenReach: number;
  /** How many sentences the look may read, counted as `sentenceStart` reads them (a long sentence may count as two), or Infinity. */
  readonly sentenceReach: number;
  /**
   * Where a sentence's label is: its colon nearest the finding, its first colon (after the label's own words), or a position the
   * rule finds itself (a list item's marker, whose label opens the item), -1 when the sentence holds none.
   */
  readonly colon: 'nearest' | 'first' | ((from: number, to: number) => number);
  /**
   * Whether the words of a sentence between its label colon (or its start, `colon` being -1 when it has none) and `to` end the
   * finding's scope before any label: a site of another organ, a new list item.
   */
  readonly endsScope: (from: number, colon: number, to: number) => boolean;
  /** What the label ending at `colon`, in the sentence from `from`, yields: a reading, undefined to end the look, or LOOK_ON. */
  readonly read: (colon: number, from: number) => T | undefined | typeof LOOK_ON;
}

/**
 * The reading of the label heading the scope that runs to `start`, or undefined: the look walks back a sentence at a time, within its
 * reach, and reads the label of the first sentence whose colon closes one. Each sentence is read once, so the walk costs at most its
 * reach in tokens.
 */
export function labelBefore<T>(tokens: readonly Token[], start: number, look: LabelLook<T>): T | undefined {
  const floor = Math.max(0, start - look.tokenReach);
  let to = start;
  for (let sentence = 0; sentence < look.sentenceReach && to > floor; sentence++) {
    const from = Math.max(floor, sentenceStart(tokens, to - 1));
    const colon = labelIn(tokens, from, to, look.colon);
    if (look.endsScope(from, colon, to)) return undefined;
    if (colon >= 0) {
      const label = look.read(colon, from);
      if (label !== LOOK_ON) return label;
    }
    to = from;
  }
  return undefined;
}

/** The scope's end tested word by word, nearest the finding first, from `to` back to the colon (or the sentence's start when it has none). */
export function endsAtWord(endsWord: (position: number) => boolean): LabelLook<unknown>['endsScope'] {
  return (from, colon, to) => {
    for (let position = to - 1; position >= Math.max(from, colon); position--) if (endsWord(position)) return true;
    return false;
  };
}

/**
 * The first colon from `from` to `to`, or -1: a label's colon with words after it in its sentence ("Lung, wedge resection:
 * granuloma."), or the colon that ends a label written on its own line ("B. Rectum, distal donut:\n - Benign mucosa.").
 */
export function firstColon(tokens: readonly Token[], from: number, to: number): number {
  for (let position = from; position < to; position++) if (tokens[position]?.norm === ':') return position;
  return -1;
}

/** The position of the label the sentence from `from` to `to` holds by the look's `colon`, or -1. */
function labelIn(tokens: readonly Token[], from: number, to: number, colon: LabelLook<unknown>['colon']): number {
  if (colon === 'first') return firstColon(tokens, from, to);
  return colon === 'nearest' ? nearestColon(tokens, from, to) : colon(from, to);
}

/** The last colon from `from` to `to`, the one nearest the finding, or -1. */
function nearestColon(tokens: readonly Token[], from: number, to: number): number {
  for (let position = to - 1; position >= from; position--) if (tokens[position]?.norm === ':') return position;
  return -1;
}
