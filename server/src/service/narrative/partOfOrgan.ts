import { PART_NOUNS } from './apposedPart';
import { lateralityAt } from './siteFinder';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "adenocarcinoma of the body of the pancreas", "urothelial carcinoma of the lateral wall of the bladder": a
 * part of an organ named before the organ, joined by "of". The part words (one or two, the last a part noun)
 * become a qualifier the table look-up tries as a sub-row (mapping.ts), so "body" narrows the pancreas
 * (pancreas, body C25.1) and "lateral wall" the bladder (bladder, wall, lateral C67.2). A side written before
 * the part is the organ's ("of left border of tongue", "of the left lateral border of the tongue" → C02.1).
 */

const ARTICLES = new Set(['the', 'a', 'an']);
/** Words between "of" and the organ that name no other organ ("of urinary bladder"). */
const ORGAN_RESTATING = new Set(['urinary']);
/** How many words the part may take ("lateral wall", "anterior body"). */
const MAX_PART_WORDS = 2;

/** The organ site with its part, spanning from the part's first word, when the words at `index` are "<part> of (the) <organ>". */
export function partOfOrganAt(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], index: number): SiteMatch | undefined {
  const sentence = tokens[index]?.sentence;
  if (ARTICLES.has(tokens[index]?.norm ?? '')) return undefined;
  const words: string[] = [];
  const side = lateralityAt(tokens, index);
  let position = side === undefined ? index : index + 1;
  while (words.length < MAX_PART_WORDS && tokens[position] !== undefined && tokens[position]?.punct !== true && tokens[position]?.sentence === sentence
    && tokens[position]?.norm !== 'of') {
    words.push(tokens[position]?.norm ?? '');
    position++;
  }
  if (words.length === 0 || !PART_NOUNS.has(words[words.length - 1] ?? '') || tokens[position]?.norm !== 'of') return undefined;
  const afterArticle = tokens[position + 1]?.norm === 'the' ? position + 2 : position + 1;
  // "lateral wall of urinary bladder" (the problem lists' wording of C67.2): a word that only restates which organ it is.
  const organAt = sites[afterArticle] === undefined && ORGAN_RESTATING.has(tokens[afterArticle]?.norm ?? '') ? afterArticle + 1 : afterArticle;
  const organ = sites[organAt];
  if (organ === undefined || organ.lymphNode || tokens[organAt]?.sentence !== sentence) return undefined;
  const sided = side === undefined || organ.laterality !== undefined ? {} : { laterality: side };
  return { ...organ, ...sided, start: index, qualifiers: [...(organ.qualifiers ?? []), words.join(' ')], partWritten: true };
}
