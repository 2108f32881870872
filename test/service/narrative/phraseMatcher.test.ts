import * as assert from 'node:assert/strict';
import { PhraseMatcher } from '../../../server/src/service/narrative/phraseMatcher';
import { tokenize } from '../../../server/src/service/narrative/tokens';
import type { Token } from '../../../server/src/service/narrative/tokens';
import { TokenWords } from '../../../server/src/service/narrative/tokenWords';
import { LEXICON_CLASS, lexiconClassifier } from '../../../server/src/service/narrative/wordClasses';

/**
 * The phrase matcher turns away a token whose word classes lack its lexicon's bit before its map
 * look-up: the bit must never turn away a phrase's first word, whatever its character (a non-ASCII one:
 * since round 17 a Latin letter with a diacritic is part of its word and read without the diacritic, in the
 * text and in the phrases alike, so "é" matches "e" and "ï" matches "i") or length, and a token with no
 * classes (tokenized without a context) is looked up.
 */

const LONG = 'a'.repeat(31);
const LONGER = 'b'.repeat(45);
const PHRASES = [
  'liver', 'upper outer quadrant', 'upper lobe', 's/p', 'her2+', 'é', 'i', 'x', 'no evidence of', '3.5', '-', 'ê rare',
  LONG, `${LONGER} word`, 'non-small cell', 'z',
];

/** The longest phrase at each token, as the matcher reads it. */
function matches(matcher: PhraseMatcher<string>, tokens: readonly Token[]): (string | undefined)[] {
  return tokens.map((_, index) => matcher.matchAt(tokens, index)?.value);
}

describe('narrative phrase matcher', () => {
  const matcher = new PhraseMatcher(PHRASES, (phrase) => phrase, LEXICON_CLASS.sites);
  /** Another lexicon, whose first words share characters and lengths with the matcher's. */
  const other = new PhraseMatcher(['lives', 'upper arm', 'ée', 'no evidence for'], (phrase) => phrase, LEXICON_CLASS.triggers);
  const classify = lexiconClassifier([matcher, other].map((lexicon) => ({ bit: lexicon.bit, words: lexicon.firstWords() })));

  it('finds every phrase, with or without the word classes of the reader context', () => {
    const words = new TokenWords(classify);
    for (const phrase of PHRASES) {
      const text = `see ${phrase} here`;
      for (const tokens of [tokenize(text, 0, text.length, []), tokenize(text, 0, text.length, [], words)]) {
        assert.deepEqual(matcher.matchAt(tokens, 1), { value: phrase, end: 1 + phrase.split(' ').length }, phrase);
        assert.equal(matcher.matchAt(tokens, 0), undefined, phrase);
      }
    }
  });

  it('turns away words that start no phrase, including those that share a first character or a length with one', () => {
    const text = `lives lever upper-outer upper ée e ï X 3.6 ${'a'.repeat(32)} ${'a'.repeat(30)} ${LONGER} no evidence for Liver`;
    for (const tokens of [tokenize(text, 0, text.length, []), tokenize(text, 0, text.length, [], new TokenWords(classify))]) {
      const found = matches(matcher, tokens);
      assert.deepEqual(found.map((value, index) => (value === undefined ? undefined : `${tokens[index]?.raw}=${value}`)).filter((value) => value !== undefined), ['e=é', 'ï=i', 'X=x', 'Liver=liver']);
    }
  });

  it('turns away a token whose word classes lack its bit, and looks up one with every bit', () => {
    const text = 'upper outer quadrant';
    const tokens = tokenize(text, 0, text.length, []);
    assert.deepEqual(matcher.matchAt(tokens, 0), { value: 'upper outer quadrant', end: 3 });
    const otherOnly = tokens.map((token) => ({ ...token, classes: other.bit }));
    assert.equal(matcher.matchAt(otherOnly, 0), undefined);
  });

  it('prefers the longest phrase that starts at a token, within its sentence', () => {
    const text = 'upper outer quadrant. upper lobe. upper. outer quadrant';
    const tokens = tokenize(text, 0, text.length, []);
    assert.deepEqual(matches(matcher, tokens).filter((value) => value !== undefined), ['upper outer quadrant', 'upper lobe']);
  });

  it('falls back to the longest phrase that ends where the text still follows, and keeps the first of two equal phrases', () => {
    const nested = new PhraseMatcher<[string, number]>(
      [['no', 1], ['no evidence of disease', 2], ['no evidence', 3], ['no evidence', 4], ['no sign of', 5], ['no sign of tumour', 6]],
      ([words]) => words,
    );
    const cases: Array<[string, number | undefined, number]> = [
      ['no evidence of recurrence', 3, 2], // "no evidence of" is on the way to a phrase but none itself
      ['no evidence of disease', 2, 4],
      ['no sign. of tumour', 1, 1], // the sentence ends before "of"
      ['no sign of', 5, 3],
      ['no sign or tumour', 1, 1],
      ['nothing', undefined, 0],
    ];
    for (const [text, value, length] of cases) {
      const found = nested.matchAt(tokenize(text, 0, text.length, []), 0);
      assert.deepEqual(found === undefined ? undefined : [found.value[1], found.end], value === undefined ? undefined : [value, length], text);
    }
  });
});
