import type { NeoplasmRow, NeoplasmTable } from '../codes/neoplasm/model';
import { isNoteTitle, plainTitle, titleVariants } from '../codes/neoplasm/siteWords';
import { PhraseMatcher } from './phraseMatcher';
import type { Token } from './token';
import { tokenize } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * The Table of Neoplasms' site titles of two words or more as a clinician writes them, read over the note's tokens:
 * the printed title and its variants ("ventricular band of larynx", "cardio-esophageal junction", "organ of
 * Zuckerkandl"), each side of an "or" ("piriform fossa or sinus" → "piriform fossa", "piriform sinus"; "salivary
 * gland or duct" → "salivary gland"), and an eponym with and without its possessive and after its noun
 * ("Bartholin's gland", "Bartholin gland", "gland of Bartholin"; "Douglas' cul-de-sac or pouch" → "pouch of
 * Douglas"). Each phrase stands for the table key it was made from, which `NeoplasmTable.findSite` finds. Built
 * once per reader context from its table, so a newer table brings its own titles.
 */
export class TableSitePhrases {
  private readonly matcher: PhraseMatcher<TitlePhrase>;
  readonly firstWords: ReadonlySet<string>;

  constructor(table: NeoplasmTable, isSiteRow: (row: NeoplasmRow) => boolean) {
    const entries: TitlePhrase[] = [];
    const sites = table.rows.filter((row) => row.level === 1 && !isNoteTitle(row.title) && isSiteRow(row));
    // The sites' own titles first: of two phrases with the same words the first is found, and a level-1 title is the
    // Index's own entry ("olfactory nerve or bulb" over "nerve › olfactory").
    for (const row of sites) for (const key of titleVariants(row.title)) addPhrases(entries, writtenForms(key), [key]);
    for (const row of sites) {
      const keys = titleVariants(row.title);
      for (const child of table.children(row.id)) {
        if (isPartRow(child)) addPhrases(entries, partForms(keys, plainTitle(child.title)), [keys[0] ?? '', plainTitle(child.title)]);
      }
    }
    this.matcher = new PhraseMatcher(entries, (entry) => entry.words, WORD_CLASS.siteRowFirst);
    this.firstWords = new Set(entries.map((entry) => entry.words.split(' ')[0] ?? ''));
  }

  /** The longest title phrase at `index`, inside its sentence: the table key it stands for and the index after it. */
  matchAt(tokens: readonly Token[], index: number): { path: readonly string[]; end: number } | undefined {
    const found = this.matcher.matchAt(tokens, index);
    return found === undefined ? undefined : { path: found.value.path, end: found.end };
  }
}

/** A phrase of a title as the tokenizer cuts it (words joined by single spaces) and the table path it stands for. */
interface TitlePhrase {
  readonly words: string;
  readonly path: readonly string[];
}

/** Adds each form of two words or more, cut into the tokenizer's words, as a phrase of `path`. */
function addPhrases(entries: TitlePhrase[], forms: readonly string[], path: readonly string[]): void {
  for (const form of forms) {
    const words = tokenWords(form);
    if (words.length >= 2) entries.push({ words: words.join(' '), path });
  }
}

/**
 * Words in a sub-row's title that make it a histology, a residual or a combination rather than a part of the site:
 * "eyelid › squamous cell carcinoma", "skin › specified type NEC", "bladder › overlapping lesion".
 */
const NOT_PART_WORDS = /\b(carcinoma|melanoma|type|cell|tumou?r|sarcoma|lesion|lesions|sites?|overlapping|with|and|unspecified|specified|meaning|except)\b/;

/** A sub-row naming a part of its site ("anus › canal", "aorta › abdominal", "pancreas › head"), which prints a cell. */
function isPartRow(row: NeoplasmRow): boolean {
  return row.see === undefined && Object.keys(row.cells).length > 0 && !isNoteTitle(row.title) && !NOT_PART_WORDS.test(row.title.toLowerCase());
}

/** A site word written before its part, or a part before its site: an adjective ("anal canal", "abdominal aorta", "pyloric antrum"). */
const ADJECTIVE_ENDING = /(al|ar|ic|ary|ory|eal|ous|ine)$/;
/** Position words the table prints as parts ("internal os", "main bronchus", "small intestine"), written before their site. */
const POSITION_WORDS = new Set([
  'upper', 'lower', 'middle', 'anterior', 'posterior', 'lateral', 'medial', 'internal', 'external', 'inferior', 'superior', 'main',
  'greater', 'lesser', 'descending', 'ascending', 'transverse', 'small', 'large', 'false', 'true', 'inner', 'outer',
]);

/** Whether a part is written before its site: its first word is an adjective or a position word (a noun part takes "of the"). */
function isWrittenBefore(part: string): boolean {
  const first = part.split(' ')[0] ?? '';
  return ADJECTIVE_ENDING.test(first) || POSITION_WORDS.has(first);
}
/** A part written after its site: a Latin adjective ("medulla oblongata", "labium majus", "mons veneris", "corpus cavernosum"). */
const LATIN_ENDING = /^\S+(us|um|is|ata|eri)$/;

/**
 * How a part is written with its site, over each of the site's variants (its noun and adjective: "anus", "anal"):
 * "canal of the anus", "head of pancreas"; an adjective or position part before the site ("abdominal aorta", "main
 * bronchus"); and the site before the part where the site is an adjective ("anal canal") or the part a Latin one
 * ("medulla oblongata"). A noun before a noun is not read: "breast upper" begins "breast upper outer quadrant", "wall
 * bladder" ends "lateral wall bladder cancer", whose other words the site qualifiers read.
 */
function partForms(siteKeys: readonly string[], part: string): string[] {
  const forms: string[] = [];
  const sides = /^(.+ )?(\S+) or (\S+)$/.exec(part);
  const parts = sides === null ? [part] : [part, `${sides[1] ?? ''}${sides[2] ?? ''}`, `${sides[1] ?? ''}${sides[3] ?? ''}`];
  // "salivary gland or duct › sublingual": each side of the site's "or" takes the part ("sublingual salivary gland").
  for (const site of siteKeys.flatMap(orSides)) {
    if (site.includes(',') || site.includes(' or ')) continue;
    for (const each of parts) {
      forms.push(`${each} of the ${site}`, `${each} of ${site}`);
      if (isWrittenBefore(each)) forms.push(`${each} ${site}`);
      if (ADJECTIVE_ENDING.test(site) || LATIN_ENDING.test(each)) forms.push(`${site} ${each}`);
    }
  }
  return forms;
}

/** "salivary gland or duct" → "salivary gland", "salivary duct"; a key without "or" → itself. */
function orSides(key: string): string[] {
  const sides = /^(.+ )(\S+) or (\S+)$/.exec(key);
  return sides === null ? [key] : [`${sides[1] ?? ''}${sides[2] ?? ''}`, `${sides[1] ?? ''}${sides[3] ?? ''}`];
}

/** A title key and the forms a clinician writes it in: each side of an "or" after shared words, and each eponym form. */
function writtenForms(key: string): string[] {
  const sides = orSides(key);
  return (sides.length === 1 ? sides : [key, ...sides]).flatMap(eponymForms);
}

/** "bartholin's gland" → itself, "bartholin gland", "bartholins gland", "gland of bartholin"; "douglas' pouch" → "douglas pouch", "pouch of douglas". */
function eponymForms(site: string): string[] {
  const eponym = /^(\S+?)('s|') (\S+(?: \S+)?)$/.exec(site);
  if (eponym === null) return [site];
  const [, name = '', possessive = '', noun = ''] = eponym;
  const forms = [site, `${name} ${noun}`, `${noun} of ${name}`];
  return possessive === "'s" ? [...forms, `${name}s ${noun}`] : forms;
}

/** The phrase's words as the tokenizer cuts them ("douglas' pouch" → "douglas", "'", "pouch"). */
function tokenWords(phrase: string): string[] {
  return tokenize(phrase, 0, phrase.length, []).map((token) => token.norm);
}
