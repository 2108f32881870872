import { isAsciiDigit } from './charCodes';
import type { Token } from './token';
import { WORD_CLASS } from './wordClasses';

/**
 * Numbers written in digits, as several passes read them: a count ("2 of 23", "(1)"), a node's number
 * ("SLN 1"), a size or a lab value ("3.5 cm", "3.2 MET"). The word class `digitFirst` turns away every
 * word that does not open with a digit by one bit, so the shape below is tested on numbers only; a token
 * whose classes are unknown has the bit set and is tested as before.
 */

const WHOLE_NUMBER = /^\d+$/;
const NUMBER = /^\d+(?:\.\d+)?$/;

/** Whether a spelling opens with a digit: the words of the class `digitFirst`. */
export function writtenWithDigitFirst(word: string): boolean {
  return isAsciiDigit(word.charCodeAt(0));
}

/** Whether the token opens with a digit ("8", "3.5", "2x"): its class `digitFirst`, then its first character. */
export function opensWithDigit(token: Token | undefined): boolean {
  return token !== undefined && (token.classes & WORD_CLASS.digitFirst) !== 0 && writtenWithDigitFirst(token.norm);
}

/** Whether the token is a whole number ("3", "23"). */
export function isWholeNumber(token: Token | undefined): boolean {
  return token !== undefined && (token.classes & WORD_CLASS.digitFirst) !== 0 && WHOLE_NUMBER.test(token.norm);
}

/** Whether the token is a number, whole or with one decimal part ("3", "3.5"). */
export function isNumber(token: Token | undefined): boolean {
  return token !== undefined && (token.classes & WORD_CLASS.digitFirst) !== 0 && NUMBER.test(token.norm);
}
