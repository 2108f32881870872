/**
 * Tests of one UTF-16 code for the ASCII character classes the tokenizer and the damaged-word repairs read
 * (`tokens.ts`, `tokenAdding.ts`, `damagedWords.ts`, `joinedWords.ts`, `latinAbbreviations.ts`) and the header
 * finder (`sections.ts`, `studyLabels.ts`, `inlineFields.ts`). Only ASCII:
 * the vocabulary's words are ASCII, and a letter beyond it never joins or repairs one.
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
 * The end of `text` before `end` without trailing whitespace, never before `start`: where a header's title or a
 * section's text ends (`sections.ts`, `inlineFields.ts`).
 */
export function trimmedEnd(text: string, start: number, end: number): number {
  let position = end;
  while (position > start && /\s/.test(text.charAt(position - 1))) position--;
  return position;
}
