import { lineLabelSite } from './siteContext';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Multiple lesions sampled; r/o MM part A, r/o BCC part B": a requisition's clinical question names the specimen part it is
 * about, and the part's label below gives its site ("A. SKIN, LEFT UPPER BACK, SAUCERIZATION BIOPSY:" → skin of the back,
 * so "r/o MM" is C43.59; "B. SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:" → "r/o BCC" C44.311). ANNOTATION.md, "Uncertain mentions of
 * the same lesion take its documented side or sub-site" (the rule-out of a biopsy part, d126). Only a mention with no site of
 * its own, or the bare skin, reads the part's label.
 */

/** The nouns that name a specimen's part before its letter ("part A", "specimen B", "jar C"). */
const PART_NOUNS = new Set(['part', 'specimen', 'jar']);

/** How far after the question the part's label is looked for, and how long the label may be before its colon. */
const LABEL_REACH = 600;
const LABEL_LENGTH = 24;

/** The letter of the part named right after the mention ("part A"), upper case, or undefined. */
function partLetter(tokens: readonly Token[], end: number): string | undefined {
  const letter = PART_NOUNS.has(tokens[end]?.norm ?? '') ? tokens[end + 1]?.raw : undefined;
  return letter !== undefined && /^[A-Za-z]$/.test(letter) && tokens[end + 1]?.sentence === tokens[end]?.sentence ? letter.toUpperCase() : undefined;
}

/** Whether the token opens a line's part label: the letter, then "." or ")", with nothing before it in its sentence. */
function opensPartLabel(tokens: readonly Token[], position: number, letter: string): boolean {
  const token = tokens[position];
  return token?.raw === letter && tokens[position - 1]?.sentence !== token.sentence && (tokens[position + 1]?.norm === '.' || tokens[position + 1]?.norm === ')');
}

/** The site the label of part `letter` gives its findings, looked for after `from`. */
function siteOfLabelledPart(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number, letter: string): SiteMatch | undefined {
  for (let position = from; position < Math.min(tokens.length, from + LABEL_REACH); position++) {
    if (!opensPartLabel(tokens, position, letter)) continue;
    for (let colon = position + 2; colon < Math.min(tokens.length, position + LABEL_LENGTH); colon++) {
      if (tokens[colon]?.norm === ':') return lineLabelSite(tokens, sites, colon + 1);
    }
    return undefined;
  }
  return undefined;
}

/** Whether the mention names no site of its own, or the bare skin a part's label narrows. */
function withoutOwnSite(mention: RawMention): boolean {
  const path = mention.site?.path;
  return path === undefined || (path.length === 1 && path[0] === 'skin');
}

/** The mention with the site of the specimen part its words name, when it has none of its own. */
export function withSpecimenPartSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention): RawMention {
  if (!withoutOwnSite(mention) || mention.column === 'secondary') return mention;
  const letter = partLetter(tokens, mention.end);
  const site = letter === undefined ? undefined : siteOfLabelledPart(tokens, sites, mention.end + 2, letter);
  return site === undefined || site.lymphNode ? mention : { ...mention, site: { ...site, start: mention.anchorStart, end: mention.anchorStart } };
}
