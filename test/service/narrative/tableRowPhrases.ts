import type { NeoplasmRow, NeoplasmTable } from '../../../server/src/service/codes/neoplasm/model';

/**
 * How a clinician writes the site of a Table of Neoplasms row of level 1 or 2, worked out from the row's printed
 * title alone (never from the reader): the table prints "piriform fossa or sinus", "anus, anal › canal",
 * "aorta › abdominal", "Rosenmuller's fossa"; a note says "piriform sinus", "anal canal", "abdominal aorta",
 * "fossa of Rosenmuller". Used by `tableCoverageRound17.test.ts`.
 */

/** Endings of the adjectives the table prints as titles or title parts ("abdominal", "pyloric", "cerebellar", "axillary"). */
const ADJECTIVE_ENDING = /(al|ar|ic|ary|ory|ous|ine|ian|eal|ial|oid|id|ate)$/;

/** Position words the table prints as sub-rows ("lower", "upper lobe"): written before the site like adjectives. */
const POSITION_WORDS = new Set([
  'upper', 'lower', 'middle', 'anterior', 'posterior', 'lateral', 'medial', 'internal', 'external', 'inferior', 'superior',
  'left', 'right', 'greater', 'lesser', 'inner', 'outer', 'central', 'distal', 'proximal', 'descending', 'ascending', 'transverse',
]);

/** Whether a title part of one or more words is an adjective: its last word ends like one or is a position word. */
export function isAdjective(words: string): boolean {
  const word = words.toLowerCase();
  return !word.includes(' ') && !NOUNS_ENDING_LIKE_ADJECTIVES.has(word) && (ADJECTIVE_ENDING.test(word) || POSITION_WORDS.has(word));
}

/** Nouns the table prints that end like an adjective. */
const NOUNS_ENDING_LIKE_ADJECTIVES = new Set(['canal', 'gingiva', 'uvula', 'medulla', 'urethra', 'vulva', 'sella', 'patella', 'iliac']);

/** Two spellings that share their first two letters are one word's noun and adjective ("anus, anal", "sacrum, sacral"). */
function sameStem(noun: string, adjective: string): boolean {
  return noun.slice(0, 2).toLowerCase() === adjective.slice(0, 2).toLowerCase();
}

/** "piriform fossa or sinus" → both; "bile or biliary" → both; "ridge or process" → both. */
export function orAlternatives(title: string): string[] {
  const match = /^(.*?)(\S+) or (\S+)$/.exec(title);
  if (match === null) return [title];
  const [, head = '', first = '', second = ''] = match;
  return [`${head}${first}`, `${head}${second}`];
}

/** "Bartholin's gland" → itself, "Bartholin gland" and "gland of Bartholin"; "Douglas' pouch" → "Douglas pouch", "pouch of Douglas". */
export function eponymForms(site: string): string[] {
  const match = /^(\S+?)(?:'s|') (.+)$/.exec(site);
  if (match === null) return [site];
  const [, name = '', noun = ''] = match;
  return [site, `${name} ${noun}`, `${noun} of ${name}`];
}

/** A title without its "NEC" / "NOS" and the words that only qualify the row ("site unspecified"). */
function plain(title: string): string {
  return title.replace(/,? (NEC|NOS)$/, '').replace(/, site unspecified$/, '').trim();
}

/** The noun a row's title names ("anus" of "anus, anal") and its adjective, when the title prints one of the same stem. */
export interface TitleWords {
  readonly nouns: readonly string[];
  readonly adjective: string | undefined;
}

/** The nouns and adjective a title gives, in the order a clinician writes them ("atrium, cardiac" → "cardiac atrium"). */
export function titleWords(title: string): TitleWords {
  const parts = plain(title).split(', ').map((part) => part.trim()).filter((part) => part !== '');
  const [head = '', second] = parts;
  if (parts.length === 1) return { nouns: orAlternatives(head).flatMap(eponymForms), adjective: isAdjective(head) ? head : undefined };
  if (parts.length !== 2 || second === undefined) return { nouns: [], adjective: undefined };
  // "anus, anal": the noun and its adjective; "atrium, cardiac": a qualifier written first; "stem, brain": "stem of the brain".
  if (isAdjective(second) && sameStem(head, second)) return { nouns: orAlternatives(head).flatMap(eponymForms), adjective: second };
  // "testis, testes", "cerebrum, cerebra", "nares, naris": two forms of one noun.
  if (sameStem(head, second) && !second.includes(' ')) return { nouns: [head], adjective: undefined };
  if (isAdjective(second) || second === 'greater') return { nouns: [`${second} ${head}`], adjective: undefined };
  return { nouns: [`${head} of the ${second}`], adjective: undefined };
}

/** The site phrases of a level-1 row. */
function levelOnePhrases(row: NeoplasmRow): string[] {
  const { nouns, adjective } = titleWords(row.title);
  return nouns.filter((noun) => noun !== adjective);
}

/** The site phrases of a level-2 row under its parent: "abdominal aorta", "anal canal", "head of the pancreas". */
function levelTwoPhrases(row: NeoplasmRow, parent: NeoplasmRow): string[] {
  const parentWords = titleWords(parent.title);
  const parentNoun = parentWords.nouns[0];
  const child = titleWords(row.title);
  const phrases: string[] = [];
  for (const alternative of orAlternatives(plain(row.title))) {
    if (alternative.includes(', ')) continue;
    if (parentNoun !== undefined && parentWords.adjective === parentNoun) {
      // "adrenal › cortex": the parent is an adjective, written before the child ("adrenal cortex").
      phrases.push(`${parentNoun} ${alternative}`);
    } else if (isAdjective(alternative)) {
      if (parentNoun !== undefined) phrases.push(`${alternative} ${parentNoun}`);
    } else {
      if (parentNoun !== undefined) phrases.push(`${alternative} of the ${parentNoun}`);
      if (parentWords.adjective !== undefined) phrases.push(`${parentWords.adjective} ${alternative}`);
    }
  }
  return child.nouns.length === 0 && phrases.length === 0 ? [] : phrases;
}

/** The natural site phrases of a level-1 or level-2 row (none for a row the rules above cannot phrase). */
export function rowPhrases(table: NeoplasmTable, row: NeoplasmRow): string[] {
  if (row.level === 1) return levelOnePhrases(row);
  const parent = row.parent === undefined ? undefined : table.rows[row.parent];
  return row.level === 2 && parent !== undefined ? levelTwoPhrases(row, parent) : [];
}

/** The sentences the coverage test reads, one per column. */
export function primarySentence(site: string): string {
  return `Assessment: carcinoma of the ${site}, biopsy proven.`;
}

export function secondarySentence(site: string): string {
  return `Assessment: metastatic carcinoma to the ${site}.`;
}

/** One phrase of one row in one column, with the code the table's cell gives it in the covering release. */
export interface CoverageCase {
  readonly row: NeoplasmRow;
  readonly column: 'primary' | 'secondary';
  readonly site: string;
  readonly sentence: string;
  /** The dotless code the cell gives, or its stem when the cell needs more characters (`C749` of `C74.9-`). */
  readonly code: string;
  readonly needsMoreCharacters: boolean;
}

/** Whether the row's title or its parent's matches one of the skip rules; the reason is the rule's. */
export function skipReason(table: NeoplasmTable, row: NeoplasmRow, skips: readonly (readonly [RegExp, string])[]): string | undefined {
  const parent = row.parent === undefined ? undefined : table.rows[row.parent];
  const path = row.level === 1 ? row.title : `${parent?.title ?? ''} › ${row.title}`;
  return skips.find(([pattern]) => pattern.test(path))?.[1];
}
