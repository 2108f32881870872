import * as assert from 'node:assert/strict';
import { cueBeforeOver, firstInSentenceAfter, nearestInSentenceBefore, onlyWordsWithMark, wordInSentence, wordInSentenceWindow } from '../../../server/src/service/narrative/sentenceWindow';
import type { Token } from '../../../server/src/service/narrative/token';
import { tokensOf } from './sentenceTokens';

interface WindowCase {
  readonly text: string;
  /** The phrase, `start` to `end` (exclusive), whose sentence is the window's. */
  readonly start: number;
  readonly end: number;
  readonly before?: number;
  readonly after?: number;
  readonly expected: boolean;
}

/** The word looked for is "polyp"; the phrase is "TA" unless said otherwise. */
const WINDOW_CASES: readonly WindowCase[] = [
  { text: 'polyp , TA', start: 2, end: 3, before: 2, expected: true },
  // A reach of one reads only the word right before the phrase.
  { text: 'polyp , TA', start: 2, end: 3, before: 1, expected: false },
  { text: 'TA x2 polyp', start: 0, end: 1, after: 2, expected: true },
  { text: 'TA x2 polyp', start: 0, end: 1, after: 1, expected: false },
  // No side is read that the window does not name.
  { text: 'polyp TA', start: 1, end: 2, after: 4, expected: false },
  { text: 'TA polyp', start: 0, end: 1, before: 4, expected: false },
  // The phrase's own words are not read.
  { text: 'cold polyp TA', start: 1, end: 3, before: 1, after: 4, expected: false },
  // The window stops at the sentence's end on either side.
  { text: 'polyp | TA', start: 1, end: 2, before: 10, expected: false },
  { text: 'TA | polyp', start: 0, end: 1, after: 10, expected: false },
  { text: 'polyp | a | TA', start: 2, end: 3, before: 10, expected: false },
  { text: 'x | polyp a TA b | polyp', start: 3, end: 4, before: 10, after: 10, expected: true },
  // At the note's edges.
  { text: 'TA', start: 0, end: 1, before: 10, after: 10, expected: false },
  { text: 'Polyp TA', start: 1, end: 2, before: 10, expected: true },
];

describe('narrative sentence window: a word near a phrase, in its sentence', () => {
  for (const { text, start, end, before, after, expected } of WINDOW_CASES) {
    it(`"${text}" [${start}, ${end}) before ${before ?? '-'} after ${after ?? '-'}: ${expected}`, () => {
      const tokens = tokensOf(text);
      const window = { words: new Set(['polyp']), sentence: tokens[start]?.sentence, ...(before === undefined ? {} : { before }), ...(after === undefined ? {} : { after }) };
      assert.equal(wordInSentenceWindow(tokens, start, end, window), expected);
    });
  }
});

interface SearchCase {
  readonly text: string;
  readonly from: number;
  readonly reach: number;
  /** The position found, -1 for none. */
  readonly expected: number;
}

/** The word looked for is "x"; the sentence is that of the token before `from` (after) or at `from` (before). */
const AFTER_CASES: readonly SearchCase[] = [
  { text: 'a x b x', from: 1, reach: 3, expected: 1 },
  { text: 'a b x x', from: 1, reach: 3, expected: 2 },
  { text: 'a b c x', from: 1, reach: 2, expected: -1 },
  { text: 'a b | x', from: 1, reach: 3, expected: -1 },
  { text: 'a x', from: 2, reach: 3, expected: -1 },
];
const BEFORE_CASES: readonly SearchCase[] = [
  { text: 'x b x a', from: 3, reach: 3, expected: 2 },
  { text: 'x b c a', from: 3, reach: 3, expected: 0 },
  { text: 'x b c a', from: 3, reach: 2, expected: -1 },
  { text: 'x | b c a', from: 3, reach: 3, expected: -1 },
  { text: 'a x', from: 0, reach: 3, expected: -1 },
];

describe('narrative sentence window: the nearest token that passes a test', () => {
  const isX = (token: Token): boolean => token.norm === 'x';
  for (const { text, from, reach, expected } of AFTER_CASES) {
    it(`after: "${text}" from ${from} reach ${reach}: ${expected}`, () => {
      const tokens = tokensOf(text);
      assert.equal(firstInSentenceAfter(tokens, from, reach, tokens[from - 1]?.sentence, isX), expected);
    });
  }
  for (const { text, from, reach, expected } of BEFORE_CASES) {
    it(`before: "${text}" from ${from} reach ${reach}: ${expected}`, () => {
      const tokens = tokensOf(text);
      assert.equal(nearestInSentenceBefore(tokens, from, reach, tokens[from]?.sentence, isX), expected);
    });
  }

  it('gives the test each token with its position', () => {
    const tokens = tokensOf('a b c d');
    const seen: string[] = [];
    firstInSentenceAfter(tokens, 1, 2, 0, (token, position) => { seen.push(`${position}:${token.raw}`); return false; });
    nearestInSentenceBefore(tokens, 3, 2, 0, (token, position) => { seen.push(`${position}:${token.raw}`); return false; });
    assert.deepEqual(seen, ['1:b', '2:c', '2:c', '1:b']);
  });
});

/** The cue is "x", the words the walk may cross are "a" and "b"; the sentence is that of the token at `from`. */
const CUE_CASES: readonly SearchCase[] = [
  { text: 'x a b c', from: 3, reach: 3, expected: 0 },
  // The nearest cue wins, and a cue stands also where a passable word would.
  { text: 'x a x c', from: 3, reach: 3, expected: 2 },
  // Another word stops the walk before the cue.
  { text: 'x d a c', from: 3, reach: 3, expected: -1 },
  // The cue must stand within reach and in the sentence.
  { text: 'x a b c', from: 3, reach: 2, expected: -1 },
  { text: 'x | a b c', from: 3, reach: 3, expected: -1 },
  { text: 'x', from: 0, reach: 3, expected: -1 },
];

describe('narrative sentence window: a cue reached back over passable words', () => {
  const isX = (token: Token): boolean => token.norm === 'x';
  const isPassable = (token: Token): boolean => token.norm === 'a' || token.norm === 'b';
  for (const { text, from, reach, expected } of CUE_CASES) {
    it(`"${text}" from ${from} reach ${reach}: ${expected}`, () => {
      const tokens = tokensOf(text);
      assert.equal(cueBeforeOver(tokens, from, reach, tokens[from]?.sentence, isX, isPassable), expected);
    });
  }
});

describe('narrative sentence window: the word at a position, in its sentence', () => {
  it('is the word when it stands in the sentence, and empty in another sentence or past either end', () => {
    const tokens = tokensOf('a b | c');
    const sentence = tokens[0]?.sentence;
    assert.equal(wordInSentence(tokens, 1, sentence), 'b');
    assert.equal(wordInSentence(tokens, 2, sentence), '');
    assert.equal(wordInSentence(tokens, 2, tokens[2]?.sentence), 'c');
    assert.equal(wordInSentence(tokens, -1, sentence), '');
    assert.equal(wordInSentence(tokens, 3, sentence), '');
  });
});

describe('narrative sentence window: a stretch of allowed words holding a mark', () => {
  // The marks are "and" and "+", the other allowed words "r" and "l" (as joinedNodeRegions.ts joins two node regions).
  const marks = new Set(['and', '+']);
  const others = new Set(['r', 'l']);
  const cases: readonly [string, number, number, boolean][] = [
    ['x r and l y', 1, 4, true],
    ['x + y', 1, 2, true],
    // Allowed words with no mark among them, another word, or an empty stretch are none.
    ['x r l y', 1, 3, false],
    ['x r and big y', 1, 4, false],
    ['x y', 1, 1, false],
  ];
  for (const [text, from, to, expected] of cases) {
    it(`"${text}" ${from}-${to}: ${expected}`, () => {
      assert.equal(onlyWordsWithMark(tokensOf(text), from, to, marks, others), expected);
    });
  }
});
