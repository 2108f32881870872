import { isNumber } from './numberWords';
import type { Token } from './token';
import { WORD_CLASS } from './wordClasses';

/**
 * A finding's size written between its site and its noun, as imaging and clinic notes write it ("R parotid 9 mm nodule",
 * "L adrenal 2.1 x 1.8 cm mass", "RUL 8mm nodule"): the site is still the finding's, as in "R parotid nodule".
 */

const UNITS = new Set(['mm', 'cm']);
/** A size written as one token ("9mm", "2.4cm"). */
const JOINED_SIZE = /^\d+(?:\.\d+)?(?:mm|cm)$/;
/** How many tokens a size may take ("2.6 x 2.2 x 1.9 cm"). */
const SIZE_REACH = 7;

/** The position right after a size that opens at `position` ("9 mm", "2.6 x 2.2 cm", "9mm"), or `position` itself when none opens there. */
export function afterMeasurement(tokens: readonly Token[], position: number): number {
  const first = tokens[position];
  if (first === undefined || (first.classes & WORD_CLASS.digitFirst) === 0) return position;
  if (JOINED_SIZE.test(first.norm)) return position + 1;
  // A number, then "x" and a number as often as the size has dimensions, then its unit.
  for (let at = position; at < position + SIZE_REACH && isNumber(tokens[at]); at += 2) {
    const next = tokens[at + 1]?.norm ?? '';
    if (UNITS.has(next)) return at + 2;
    if (next !== 'x') return position;
  }
  return position;
}
