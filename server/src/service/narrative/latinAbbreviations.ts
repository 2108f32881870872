import { isAsciiAlnum } from './charCodes';

/**
 * "(e.g. breast cancer)", "i.e. liver mets": either full stop of "e.g." or "i.e." (any case) ends no sentence; the
 * tokenizer splits the letters apart, so the abbreviation is read from the characters around the stop.
 *
 * The tests are plain functions of the text and the stop, not closures over them: the tokenizer asks at every full stop,
 * and four closures made there each time were most of what the tokenizer allocated.
 */
export function isLatinAbbreviationStop(text: string, at: number): boolean {
  return firstStop(text, at, 0x65, 0x67) || lastStop(text, at, 0x65, 0x67) || firstStop(text, at, 0x69, 0x65) || lastStop(text, at, 0x69, 0x65);
}

/** Whether the stop at `at` follows `letter` and precedes `second` and a second stop ("e.g.": the stop after "e"). */
function firstStop(text: string, at: number, letter: number, second: number): boolean {
  return lowerAt(text, at - 1) === letter && opensWord(text, at - 1) && lowerAt(text, at + 1) === second && text.charCodeAt(at + 2) === 0x2e;
}

/** Whether the stop at `at` closes `letter`, a stop and `second` ("e.g.": the stop after "g"). */
function lastStop(text: string, at: number, letter: number, second: number): boolean {
  return lowerAt(text, at - 3) === letter && opensWord(text, at - 3) && text.charCodeAt(at - 2) === 0x2e && lowerAt(text, at - 1) === second;
}

/** The code at `position` with the ASCII lower-case bit set (a space's code outside the text, which is no letter). */
function lowerAt(text: string, position: number): number {
  return text.charCodeAt(position) | 0x20;
}

/** Whether `position` opens a word: the text's start or a character after one that is no ASCII letter or digit. */
function opensWord(text: string, position: number): boolean {
  return position === 0 || !isAsciiAlnum(text.charCodeAt(position - 1));
}
