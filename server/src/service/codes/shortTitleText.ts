/**
 * How the index stores the official short titles (the 60-character "short description" of the order
 * file and the order addenda): each one written against the long title of the same code, which the
 * index holds anyway. Most short titles are their long title with some words abbreviated
 * ("Unspecified" → "Unsp", "encounter" → "encntr") or dropped, so a short title is a list of
 * space-separated tokens that walk through the long title's words:
 *
 * - `^` copies every long word that is left, `^n` copies the next `n` long words;
 * - `~n` skips `n` long words (a dropped word);
 * - any other token is a word of its own that stands for the next long word (an abbreviation);
 *   a word that itself starts with `^`, `~` or `\` is written after a `\`.
 *
 * A short title equal to its long title is therefore the single token `^`, and an empty line means
 * that no release file gave a short title for that long title. Decoding the encoding of a short title
 * against the same long title gives back the short title exactly, whatever the two texts are
 * (`test/service/codes/shortTitles.test.ts` checks it on random texts and on every FY2021 row).
 */

/** The encoding of "no short title is known". */
export const noShortTitle = '';

const escapedStart = /^[\^~\\]/;

/** Writes `shortTitle` as tokens over the words of `longTitle`; see the module comment. */
export function encodeShortTitle(longTitle: string, shortTitle: string): string {
  if (shortTitle === '') return noShortTitle;
  if (shortTitle === longTitle) return '^';
  const longWords = longTitle.split(' ');
  const tokens: string[] = [];
  let cursor = 0;
  let copied = 0;
  const endCopy = (): void => {
    if (copied > 0) tokens.push(`^${copied}`);
    copied = 0;
  };
  for (const word of shortTitle.split(' ')) {
    if (longWords[cursor] === word) {
      copied++;
      cursor++;
      continue;
    }
    const later = longWords.indexOf(word, cursor + 1);
    endCopy();
    if (later > cursor) {
      tokens.push(`~${later - cursor}`);
      copied = 1;
      cursor = later + 1;
    } else {
      tokens.push(escapedStart.test(word) ? `\\${word}` : word);
      cursor++;
    }
  }
  if (copied > 0 && cursor === longWords.length) tokens.push('^');
  else endCopy();
  return tokens.join(' ');
}

/** Reads a short title written by {@link encodeShortTitle} against the same long title. */
export function decodeShortTitle(longTitle: string, encoded: string): string | undefined {
  if (encoded === noShortTitle) return undefined;
  if (encoded === '^') return longTitle;
  const longWords = longTitle.split(' ');
  const words: string[] = [];
  let cursor = 0;
  for (const token of encoded.split(' ')) {
    if (token === '^') {
      words.push(...longWords.slice(cursor));
      cursor = longWords.length;
    } else if (token.startsWith('^')) {
      const count = wordCount(token);
      words.push(...longWords.slice(cursor, cursor + count));
      cursor += count;
    } else if (token.startsWith('~')) {
      cursor += wordCount(token);
    } else {
      words.push(token.startsWith('\\') ? token.slice(1) : token);
      cursor++;
    }
  }
  return words.join(' ');
}

/** The number after a `^` or `~`; a damaged number counts as none, so a bad line never throws. */
function wordCount(token: string): number {
  const count = Number(token.slice(1));
  return Number.isInteger(count) && count > 0 ? count : 0;
}
