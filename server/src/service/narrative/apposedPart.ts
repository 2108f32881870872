import type { SiteMatch } from './siteMatch';
import type { Laterality } from './siteLexicon';
import type { Token } from './tokens';
import { PART_JOINER } from './joinedParts';

/**
 * The part of an organ set off after it by a comma or in parentheses, as pathology and urology notes write
 * it: "urothelial carcinoma of the bladder, L lateral wall" (bladder, wall, lateral C67.2), "… of the bladder
 * (left lateral wall)", "adenocarcinoma of the stomach, lesser curvature". The words up to the next comma,
 * parenthesis or sentence end become a qualifier the table look-up tries as a sub-row (mapping.ts) when they
 * end in a part noun ("wall", "curvature", "lobe"), so words that name no part ("muscle invasive", "ER
 * positive") change nothing. A side written first is the site's side when it has none. A histology that
 * implies its organ takes the part set off after it the same way ("urothelial ca, L lateral wall": bladder C67.2).
 */

/** At most this many words after the comma are read as the part. */
const MAX_PART_WORDS = 3;
const SIDES: ReadonlyMap<string, Laterality> = new Map([['right', 'right'], ['left', 'left'], ['r', 'right'], ['l', 'left'], ['rt', 'right'], ['lt', 'left']]);
const CLOSERS = new Set([',', ')', '(', ';', '.', ':']);
/** Words that join two parts of the organ in one apposition ("posterior wall/trigone"). */
const PART_JOINERS = new Set(['/', 'and', '&']);
/** "posterior wall extending to trigone": one tumour reaching a second part of the organ. */
const EXTENSION_PREPOSITIONS = new Set(['to', 'into', 'onto']);
/** Nouns that name a part of an organ; the words set off after the organ must end in one ("muscle invasive", "ER positive" do not). */
export const PART_NOUNS: ReadonlySet<string> = new Set([
  'wall', 'dome', 'neck', 'trigone', 'curvature', 'lobe', 'quadrant', 'flexure', 'border', 'margin', 'surface', 'floor', 'body', 'fundus',
  'antrum', 'cardia', 'tail', 'head', 'base', 'tip', 'pole', 'orifice', 'isthmus', 'segment', 'ventricle', 'pylorus', 'cecum', 'apex',
]);

/** Abbreviations of a part's position that urology and pathology notes write ("L lat wall", "post wall"). */
const PART_ABBREVIATIONS: ReadonlyMap<string, string> = new Map([['lat', 'lateral'], ['ant', 'anterior'], ['post', 'posterior'], ['sup', 'superior'], ['inf', 'inferior']]);

export function withApposedPart(tokens: readonly Token[], site: SiteMatch): SiteMatch {
  return partSetOffAt(tokens, site, site.end) ?? site;
}

/**
 * "Bladder tumor, left lateral wall", "Bladder cancer (posterior wall)": the part set off after the histology
 * that follows its organ; undefined when the words there name no part.
 */
export function withPartAfterAnchor(tokens: readonly Token[], site: SiteMatch, anchorEnd: number): SiteMatch | undefined {
  return site.lymphNode ? undefined : partSetOffAt(tokens, site, anchorEnd);
}

/** The site with the part set off at `at` by a comma, or in parentheses that close right after it ("(left lateral wall)"). */
function partSetOffAt(tokens: readonly Token[], site: SiteMatch, at: number): SiteMatch | undefined {
  const opener = tokens[at]?.norm;
  const sideLed = opener !== ',' && opener !== '(' && sideWordAt(tokens, at);
  if (opener !== ',' && opener !== '(' && !sideLed) return undefined;
  const sentence = tokens[at]?.sentence;
  let position = sideLed ? at : at + 1;
  const side = SIDES.get(tokens[position]?.norm ?? '');
  if (side !== undefined) position++;
  const first = partWordsAt(tokens, position, sentence, sideLed);
  if (first === undefined) return undefined;
  position = first.end;
  // "(posterior wall/trigone)", ", dome and left lateral wall": two parts of the organ joined are one qualifier joined by
  // PART_JOINER, which the table look-up reads as the organ's overlapping lesion (mapping.ts).
  const joined = joinerEnd(tokens, position);
  const second = joined === undefined ? undefined : partWordsAt(tokens, joined, sentence);
  if (second !== undefined) position = second.end;
  if (opener === '(' && tokens[position]?.norm !== ')') return undefined;
  const laterality = site.laterality ?? side;
  const qualifier = second === undefined ? first.words : `${first.words}${PART_JOINER}${second.words}`;
  return { ...site, qualifiers: [...(site.qualifiers ?? []), qualifier], partWritten: true, ...(laterality === undefined ? {} : { laterality }) };
}

/** The token after a joiner of two parts at `position` ("/", "and", "extending to"), or undefined. */
function joinerEnd(tokens: readonly Token[], position: number): number | undefined {
  const norm = tokens[position]?.norm ?? '';
  if (PART_JOINERS.has(norm)) return position + 1;
  return norm === 'extending' && EXTENSION_PREPOSITIONS.has(tokens[position + 1]?.norm ?? '') ? position + 2 : undefined;
}

/** The words of one part at `position`, up to a closer or joiner, when they end in a part noun; a side before them is passed over. */
function partWordsAt(tokens: readonly Token[], from: number, sentence: number | undefined, endsAtNoun = false): { words: string; end: number } | undefined {
  let position = SIDES.has(tokens[from]?.norm ?? '') && tokens[from + 1]?.sentence === sentence ? from + 1 : from;
  const words: string[] = [];
  while (words.length <= MAX_PART_WORDS) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || CLOSERS.has(token.norm) || joinerEnd(tokens, position) !== undefined) break;
    if (token.punct) return undefined;
    words.push(PART_ABBREVIATIONS.get(token.norm) ?? token.norm);
    position++;
    // A part written with no comma ends at its noun: "L lat wall + CIS", "L lateral wall on office cysto".
    if (endsAtNoun && PART_NOUNS.has(token.norm)) break;
  }
  if (words.length === 0 || words.length > MAX_PART_WORDS || !PART_NOUNS.has(words[words.length - 1] ?? '')) return undefined;
  return { words: words.join(' '), end: position };
}

/**
 * "urothelial ca L lat wall", "papillary bladder tumor L lateral wall": with no comma a part is read only when a side opens
 * it, "L" and "R" in capitals, and it ends at its part noun.
 */
function sideWordAt(tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  if (token === undefined || !SIDES.has(token.norm)) return false;
  return token.norm.length > 1 || token.raw === 'L' || token.raw === 'R';
}
