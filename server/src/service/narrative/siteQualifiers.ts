import type { Token } from './token';

/**
 * The words of a site's sentence that may qualify it: the word before it, its level word, the word after it (undefined
 * when there is none), in an array literal of their own length (an empty array that words are pushed onto grows a
 * backing store of seventeen slots, and most sites have a word before them).
 */
export function qualifierWords(before: Token | undefined, level: Token | undefined, after: Token | undefined, sentence: number | undefined): string[] | undefined {
  const first = qualifierWord(before, sentence);
  const second = qualifierWord(level, sentence);
  const third = qualifierWord(after, sentence);
  if (first === undefined) return second === undefined ? (third === undefined ? undefined : [third]) : third === undefined ? [second] : [second, third];
  return second === undefined ? (third === undefined ? [first] : [first, third]) : third === undefined ? [first, second] : [first, second, third];
}

/** The word of a token in the site's sentence that may qualify it (no punctuation mark does). */
function qualifierWord(token: Token | undefined, sentence: number | undefined): string | undefined {
  return token !== undefined && !token.punct && token.sentence === sentence ? token.norm : undefined;
}
