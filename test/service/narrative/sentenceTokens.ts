import type { Token } from '../../../server/src/service/narrative/token';

/**
 * Tokens of a text whose words are separated by spaces and whose sentences by "|": "a b | c" is
 * a (sentence 0, position 0), b (sentence 0, position 1), c (sentence 1, position 2).
 */
export function tokensOf(text: string): Token[] {
  const tokens: Token[] = [];
  text.split('|').forEach((sentenceText, sentence) => {
    for (const word of sentenceText.trim().split(/\s+/)) {
      if (word === '') continue;
      tokens.push({ start: 0, end: 0, norm: word.toLowerCase(), raw: word, sentence, punct: !/\w/.test(word), classes: 0 });
    }
  });
  return tokens;
}
