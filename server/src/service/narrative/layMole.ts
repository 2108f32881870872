import type { Token } from './token';
import { WORRY_WORDS } from './worriedInformant';

/**
 * Round 25 (tuner C): a "mole" in the patient's own words is no mention; an examiner's "mole" is a nevus (ANNOTATION.md, round
 * 24's decision C). The patient's "changing mole", "mole on back getting darker" or quoted "a mole removed from back" is the lay
 * name of the spot the visit examines, like a "lump", whose nature the examination decides (d249's proved a melanoma); the
 * examiner's charted "L upper arm: mole, pt states unchanged" is the printed Index's *Mole (pigmented) - see Nevus* and stays.
 * A "MOLES" in capitals inside parentheses is a scoring mnemonic's name ("TFSOM-UHHD (MOLES)"), not the spots.
 */

/** The lay word's spellings. */
const MOLE_WORDS: ReadonlySet<string> = new Set(['mole', 'moles']);
/** Words a patient describes the spot's change with, before or after it ("noted a changing mole", "mole … getting darker"). */
const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'changing', 'changed', 'new', 'growing', 'enlarging', 'bleeding', 'itching', 'itchy', 'darker', 'darkening', 'getting',
]);
/**
 * Words of the patient's report before the mole ("noted a changing mole", "c/o new mole", "worried about a changing mole"): a change
 * word alone may be the examiner's charted finding ("Changing mole L forearm"), a nevus. A worry (`worriedInformant.ts`) is the
 * patient's report of the spot as well.
 */
const REPORT_WORDS: ReadonlySet<string> = new Set([
  'noted', 'notes', 'noticed', 'notices', 'reports', 'reported', 'c/o', 'complains', 'states', 'says', ...WORRY_WORDS,
]);
/** How many words before the mole the patient's report word may stand ("noted a changing mole"). */
const REPORT_REACH = 5;
/** The quotation marks that set off the patient's own words. */
const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', '\u201c', '\u201d']);
/** How many words before the mole a change word or an opening quotation mark may stand ("noted a changing mole", '"a mole'). */
const BEFORE_REACH = 2;
/** How many words after the mole a change word may stand ("mole on back getting darker"). */
const AFTER_REACH = 4;

/** Whether one of `words` stands among the tokens `[from, to]`, all in `sentence`. */
function wordAmong(tokens: readonly Token[], from: number, to: number, sentence: number, words: ReadonlySet<string>): boolean {
  for (let index = Math.max(0, from); index <= to; index++) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) continue;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/** Whether a capitalised "MOLES" stands alone in parentheses, a mnemonic's name. */
function namesMnemonic(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start];
  return word !== undefined && end === start + 1 && word.raw === word.raw.toUpperCase() && tokens[start - 1]?.norm === '(' && tokens[end]?.norm === ')';
}

/** Whether the morphology words at tokens `[start, end)` are the lay "mole" of the patient's words, not a nevus found. */
export function namesLayMole(tokens: readonly Token[], start: number, end: number): boolean {
  const word = tokens[start];
  if (word === undefined || end !== start + 1 || !MOLE_WORDS.has(word.norm)) return false;
  if (namesMnemonic(tokens, start, end)) return true;
  const sentence = word.sentence;
  if (wordAmong(tokens, start - BEFORE_REACH, start - 1, sentence, QUOTE_MARKS)) return true;
  const changed = wordAmong(tokens, start - BEFORE_REACH, start - 1, sentence, CHANGE_WORDS) || wordAmong(tokens, end, end + AFTER_REACH - 1, sentence, CHANGE_WORDS);
  return changed && wordAmong(tokens, start - REPORT_REACH, start - 1, sentence, REPORT_WORDS);
}
