import type { Token } from './token';

/**
 * Many passes ask whether a word stands near a phrase: a few tokens before it or after it, and only in
 * one sentence ("TA" is an adenoma where a polyp word stands near it, a relative before a cancer makes it
 * the family's). These functions walk such a window, nearest token first, so each caller states only its
 * words, its reach and its sentence. A window never crosses its sentence: since sentences are numbered in
 * token order, the walk ends at the first token of another sentence.
 *
 * The sentence is the caller's to give, because callers differ in which token's sentence they mean (the
 * phrase's first token, its last, or the token before a position).
 */

/** A test of one token at its position; the position lets a caller read the tokens around it. */
export type TokenTest = (token: Token, position: number) => boolean;

/**
 * How many tokens back `sentenceStart` looks for its sentence's first token. The bound keeps every caller's walk constant
 * however long the sentence: a note written as one sentence would otherwise be walked back to its start from every token
 * that asks, which makes the reader quadratic in that note.
 */
export const SENTENCE_START_REACH = 24;

/** The first token of the sentence holding `index`, at most `SENTENCE_START_REACH` tokens back. */
export function sentenceStart(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence;
  let first = index;
  while (first > 0 && index - first < SENTENCE_START_REACH && tokens[first - 1]?.sentence === sentence) first--;
  return first;
}

/** The word at `position` when it stands in `sentence`, else the empty string (a plain function, so no closure per call). */
export function wordInSentence(tokens: readonly Token[], position: number, sentence: number | undefined): string {
  const token = tokens[position];
  return token !== undefined && token.sentence === sentence ? token.norm : '';
}

/**
 * The first position from `from` on, at most `reach` tokens (`from` itself counted), whose token is in the
 * sentence and passes the test; -1 when none does.
 */
export function firstInSentenceAfter(tokens: readonly Token[], from: number, reach: number, sentence: number | undefined, test: TokenTest): number {
  const last = Math.min(tokens.length, from + reach);
  for (let position = from; position < last; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return -1;
    if (test(token, position)) return position;
  }
  return -1;
}

/**
 * The nearest position before `before`, at most `reach` tokens back, whose token is in the sentence and
 * passes the test; -1 when none does.
 */
export function nearestInSentenceBefore(tokens: readonly Token[], before: number, reach: number, sentence: number | undefined, test: TokenTest): number {
  const first = Math.max(0, before - reach);
  for (let position = before - 1; position >= first; position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return -1;
    if (test(token, position)) return position;
  }
  return -1;
}

/**
 * The nearest cue before `before`, at most `reach` tokens back in the sentence, reached over only tokens that `mayPass` lets the walk
 * cross ("residual or recurrent invasive carcinoma": a residual word over the words that may qualify a carcinoma); -1 when the walk
 * meets another token, leaves the sentence or runs out of reach first. With every token passable this is `nearestInSentenceBefore`.
 */
export function cueBeforeOver(tokens: readonly Token[], before: number, reach: number, sentence: number | undefined, isCue: TokenTest, mayPass: TokenTest): number {
  const first = Math.max(0, before - reach);
  for (let position = before - 1; position >= first; position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return -1;
    if (isCue(token, position)) return position;
    if (!mayPass(token, position)) return -1;
  }
  return -1;
}

/**
 * The open parenthesis that the token at `position` stands inside, at most `reach` tokens back in the sentence
 * (`position`'s own): the nearest bracket before it, when that is a "("; -1 when a ")" closes first or none is near.
 */
export function openParenthesisBefore(tokens: readonly Token[], position: number, reach: number): number {
  const bracket = nearestInSentenceBefore(tokens, position, reach, tokens[position]?.sentence, (token) => token.norm === '(' || token.norm === ')');
  return bracket >= 0 && tokens[bracket]?.norm === '(' ? bracket : -1;
}

/** Which words a window looks for, in which sentence, and how far it reaches on each side of a phrase. */
export interface WordWindow {
  /** The words, in lower case, as the tokens' `norm`. */
  readonly words: ReadonlySet<string>;
  /** The sentence the window stays in. */
  readonly sentence: number | undefined;
  /** How many tokens before the phrase's start are read (none when left out). */
  readonly before?: number;
  /** How many tokens from the phrase's end on are read (none when left out). */
  readonly after?: number;
}

/**
 * Whether one of the window's words stands within its reach before `start` or from `end` on, in its sentence. The walks
 * test the words themselves rather than through a `TokenTest`: the closure that test would be was allocated on every call,
 * and the passes ask at every anchor.
 */
export function wordInSentenceWindow(tokens: readonly Token[], start: number, end: number, window: WordWindow): boolean {
  if (window.before !== undefined && wordBefore(tokens, start, window.before, window.sentence, window.words)) return true;
  return window.after !== undefined && wordFrom(tokens, end, window.after, window.sentence, window.words);
}

/** `nearestInSentenceBefore` with a test of the words: whether one stands in the sentence within `reach` tokens before `before`. */
function wordBefore(tokens: readonly Token[], before: number, reach: number, sentence: number | undefined, words: ReadonlySet<string>): boolean {
  const first = Math.max(0, before - reach);
  for (let position = before - 1; position >= first; position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/** `firstInSentenceAfter` with a test of the words: whether one stands in the sentence within `reach` tokens from `from` on. */
function wordFrom(tokens: readonly Token[], from: number, reach: number, sentence: number | undefined, words: ReadonlySet<string>): boolean {
  const last = Math.min(tokens.length, from + reach);
  for (let position = from; position < last; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/**
 * Whether every word from `from` up to `to` (exclusive) is one of `marks` or of `others`, and at least one is a mark: a stretch
 * made only of the words a reading allows, holding the one kind it needs ("R and L" between two node regions, "favor" in a
 * hedge's parenthesis).
 */
export function onlyWordsWithMark(tokens: readonly Token[], from: number, to: number, marks: ReadonlySet<string>, others: ReadonlySet<string>): boolean {
  let marked = false;
  for (let position = from; position < to; position++) {
    const norm = tokens[position]?.norm ?? '';
    if (marks.has(norm)) marked = true;
    else if (!others.has(norm)) return false;
  }
  return marked;
}
