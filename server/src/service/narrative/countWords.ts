import { isWholeNumber } from './numberWords';
import type { Token } from './token';

/**
 * A count as a pathology report writes it, in digits or in words: "2 of 19 lymph nodes", and in a report typed in capitals
 * "METASTATIC ADENOCARCINOMA IN TWO OF NINETEEN LYMPH NODES". A count in words is read as its digits are, so the nodes it counts
 * are the resection's regional nodes either way (ANNOTATION.md, the regional nodes of a resection specimen).
 */

const UNITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

/** The numbers from one to ninety-nine in words, with and without the hyphen of a compound ("twenty-three", "twentythree"). */
const COUNT_WORDS: ReadonlySet<string> = new Set([
  ...UNITS, ...TEENS, ...TENS,
  ...TENS.flatMap((ten) => UNITS.flatMap((unit) => [`${ten}-${unit}`, `${ten}${unit}`])),
]);

/** Whether the token is a whole number in digits ("19") or in words ("nineteen", "twenty-three"). */
export function isCount(token: Token | undefined): boolean {
  return isWholeNumber(token) || (token !== undefined && COUNT_WORDS.has(token.norm));
}
