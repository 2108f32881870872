import { PART_NOUNS } from './apposedPart';
import type { Laterality } from './siteLexicon';
import type { SiteMatch } from './siteMatch';
import type { SiteRowIndex } from './siteRows';
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

/**
 * "left palatine tonsil", "R main bronchus": a word between the side and the site noun that the table prints as a part of
 * that site (tonsil, palatine C09.9; bronchus, main C34.0-) is read like a level word: the side is the site's, and the word
 * its qualifier. Asked only for a word after a side that starts no site itself; `bodyAfter` reads the site after the word.
 */
export function isPartWordBefore(tokens: readonly Token[], index: number, siteRows: SiteRowIndex, bodyAfter: () => Omit<SiteMatch, 'start'> | undefined): boolean {
  const word = tokens[index];
  if (word === undefined || word.punct || !isLowerWord(word.norm) || tokens[index + 1]?.sentence !== word.sentence) return false;
  const body = bodyAfter();
  return body !== undefined && !body.lymphNode && siteRows.namesPartOf(body.path, word.norm);
}

/** Whether the word is made of the letters a-z only. */
function isLowerWord(word: string): boolean {
  for (let at = 0; at < word.length; at++) {
    const code = word.charCodeAt(at);
    if (code < 0x61 || code > 0x7a) return false;
  }
  return true;
}

/** Positions of a part of an organ's wall as notes write them before it ("L lateral wall bladder tumor", "post wall"). */
const PART_POSITIONS: ReadonlyMap<string, string> = new Map([
  ['lateral', 'lateral'], ['lat', 'lateral'], ['anterior', 'anterior'], ['ant', 'anterior'], ['posterior', 'posterior'], ['post', 'posterior'],
  ['superior', 'superior'], ['inferior', 'inferior'], ['medial', 'medial'],
]);

/** The organ's part written right before the organ ("lateral wall" of "L lateral wall bladder tumor") and the token before it, or undefined. */
function partBefore(tokens: readonly Token[], index: number): { words: string; before: number } | undefined {
  const noun = tokens[index - 1];
  const position = tokens[index - 2];
  if (noun === undefined || position === undefined || !PART_NOUNS.has(noun.norm) || noun.sentence !== tokens[index]?.sentence || position.sentence !== noun.sentence) return undefined;
  const adjective = PART_POSITIONS.get(position.norm);
  return adjective === undefined ? undefined : { words: `${adjective} ${noun.norm}`, before: index - 3 };
}

/**
 * "4 cm papillary L lateral wall bladder tumor": a part of the organ's wall written before the organ is a qualifier the table
 * look-up tries first (bladder, wall, lateral C67.2), ahead of the bare part noun.
 */
export function withPartBefore(tokens: readonly Token[], index: number, written: string[] | undefined): string[] | undefined {
  const part = partBefore(tokens, index);
  return part === undefined ? written : [part.words, ...(written ?? [])];
}

/** The side written before such a part ("L lateral wall bladder"), in capitals for a single letter. */
export function sideBeforePart(tokens: readonly Token[], index: number): Laterality | undefined {
  const part = partBefore(tokens, index);
  const side = part === undefined ? undefined : tokens[part.before];
  if (side === undefined || side.sentence !== tokens[index]?.sentence) return undefined;
  if (side.raw === 'L' || side.norm === 'left' || side.norm === 'lt') return 'left';
  return side.raw === 'R' || side.norm === 'right' || side.norm === 'rt' ? 'right' : undefined;
}

/** "SCC of L lateral (oral) tongue": a one-word gloss in parentheses between a level word and its site noun is passed over. */
export function afterGloss(tokens: readonly Token[], index: number): number {
  const word = tokens[index + 1];
  return tokens[index]?.norm === '(' && word !== undefined && !word.punct && tokens[index + 2]?.norm === ')' ? index + 3 : index;
}

/**
 * "R small renal mass", "L large adrenal nodule", "R tiny thyroid nodule": a clinic writes the lesion's size between its side
 * and its organ, and the side is still the organ's (table: kidney, right: D49.511, C64.1). Only a size word is skipped, and only
 * where no site begins at it ("L small bowel" is the small intestine, read by the site finder as a site of its own).
 */
const SIZE_WORDS: ReadonlySet<string> = new Set(['small', 'large', 'tiny', 'big', 'enlarging', 'subcentimeter', 'sub-centimeter', 'bulky']);

/** Whether the word at `at`, right after a side, is a size word that may stand before the organ. */
export function sizeWordAt(tokens: readonly Token[], at: number): boolean {
  return SIZE_WORDS.has(tokens[at]?.norm ?? '');
}
