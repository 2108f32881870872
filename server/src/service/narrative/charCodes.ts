/**
 * Tests of one UTF-16 code for the ASCII character classes the tokenizer and the damaged-word repairs read
 * (`tokens.ts`, `tokenAdding.ts`, `damagedWords.ts`, `joinedWords.ts`, `latinAbbreviations.ts`), the header
 * finder (`sections.ts`, `studyLabels.ts`, `inlineFields.ts`, `synopticTitles.ts`) and the line readers (`listItemLines.ts`,
 * `tableRowLines.ts`, `statedOutcome.ts`). The vocabulary's words are ASCII and a letter beyond
 * it never joins or repairs one; a Latin letter with a diacritic is still part of its word (`isWordCode`), read
 * without the diacritic (`foldedWord`).
 */

/** `0`–`9`. */
export const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** `A`–`Z`. */
export const isAsciiUpper = (code: number): boolean => code >= 0x41 && code <= 0x5a;

/** `A`–`Z` or `a`–`z`. */
export const isAsciiLetter = (code: number): boolean => isAsciiUpper(code) || (code >= 0x61 && code <= 0x7a);

/** An ASCII letter or digit. */
export const isAsciiAlnum = (code: number): boolean => isAsciiDigit(code) || isAsciiLetter(code);

/**
 * A Latin letter with a diacritic (Latin-1 Supplement and Latin Extended-A and -B, without × and ÷): eponyms keep them
 * ("Rosenmüller", "Sézary", "Waldenström", "Ménétrier"), and a word that holds one is one word, not three.
 */
export const isLatinLetter = (code: number): boolean => code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7;

/** A space or a tab: the blank inside one line, before a label or a list mark and between a field's colon and its value. */
export const isSpaceOrTab = (code: number): boolean => code === 0x20 || code === 0x09;

/** A space, a tab or a carriage return: what a line may hold without holding text (a CRLF line ends in the return). */
export const isLineSpace = (code: number): boolean => isSpaceOrTab(code) || code === 0x0d;

/** A bullet that marks a list item: "-", "*" or "•" (a numbered or "#" item is read by `listItemLines.ts`). */
export const isBulletMark = (code: number): boolean => code === 0x2d || code === 0x2a || code === 0x2022;

/** A space, tab, `#` or `*`: indentation and markdown (`## Plan`, `**HPI**`) before a header or a label, not a list mark. */
export const isIndentOrMarkdown = (code: number): boolean => isSpaceOrTab(code) || code === 0x23 || code === 0x2a;

/** `'` or `’`: the apostrophes the tokenizer keeps inside a word ("peer's", "friend’s"). */
export const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;

/**
 * The owner a possessive word token names ("peer's" → "peer", "friend’s" → "friend"), or '' when the word is none: the tokenizer
 * joins a word and its "'s" over either apostrophe into one token, so the possessive is read from the token's last characters.
 */
export function possessiveOwner(word: string): string {
  const last = word.length - 1;
  return last >= 1 && word.charCodeAt(last) === 0x73 && isApostrophe(word.charCodeAt(last - 1)) ? word.slice(0, -2) : '';
}

/** A character of a word token: an ASCII letter or digit, or a Latin letter with a diacritic. */
export const isWordCode = (code: number): boolean => isAsciiAlnum(code) || isLatinLetter(code);

/** Whether `word` holds a character outside ASCII (only then may it need its diacritics folded). */
export function hasNonAscii(word: string): boolean {
  for (let at = 0; at < word.length; at++) if (word.charCodeAt(at) > 0x7f) return true;
  return false;
}

/**
 * A word's lower-case form with its Latin letters' diacritics taken off ("rosenmüller" → "rosenmuller", "sézary" →
 * "sezary"), as the vocabulary and the Table of Neoplasms spell them, and its typographic apostrophe written as the
 * typewriter one ("mother’s" → "mother's"): word processors and mail clients write the first, the trigger tables the second,
 * and a relative's possessive read as neither would make the relative's cancer the patient's. A word of ASCII only is
 * returned as it is.
 */
export function foldedWord(word: string): string {
  if (!hasNonAscii(word)) return word;
  const typewritten = word.includes(TYPOGRAPHIC_APOSTROPHE) ? word.replaceAll(TYPOGRAPHIC_APOSTROPHE, "'") : word;
  return typewritten.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC');
}

/** U+2019, the right single quotation mark that word processors write for an apostrophe. */
const TYPOGRAPHIC_APOSTROPHE = '\u2019';

/**
 * The end of `text` before `end` without trailing whitespace, never before `start`: where a header's title or a
 * section's text ends (`sections.ts`, `inlineFields.ts`).
 */
export function trimmedEnd(text: string, start: number, end: number): number {
  let position = end;
  while (position > start && /\s/.test(text.charAt(position - 1))) position--;
  return position;
}
