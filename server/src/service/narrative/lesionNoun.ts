import { TISSUE_SAMPLE_WORDS } from './sampleWords';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "LUL spiculated 3.4 cm mass", "RUL 2.3 cm part-solid nodule": a lesion noun after its site with the lesion's
 * size and look between them. The description is a few words with no punctuation, preposition or
 * conjunction, so "LUL opacity and RML mass" does not make the LUL a mass.
 */

/** How many descriptive words may stand between a site and its lesion noun. */
const DESCRIPTION_REACH = 5;
/** Words that end the description: another phrase starts there. */
const PHRASE_WORDS = new Set(['and', 'or', 'with', 'without', 'w/', 'of', 'in', 'to', 'from', 'on', 'at', 'the', 'a', 'an', 'no', 'not', 'vs', 'versus']);

/** Whether one of `nouns` follows the site within a short description in its sentence. */
export function lesionNounAfter(tokens: readonly Token[], site: SiteMatch, nouns: ReadonlySet<string>): boolean {
  const sentence = tokens[site.end - 1]?.sentence;
  for (let position = site.end; position < Math.min(tokens.length, site.end + DESCRIPTION_REACH + 1); position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (nouns.has(token.norm)) return true;
    if (token.punct || PHRASE_WORDS.has(token.norm)) return false;
  }
  return false;
}

/** Dashes that set a finding off after the lesion it names ("mass - adenocarcinoma"). */
const DASHES = new Set(['-', '–', '—', '--']);
/** Nouns of a lesion a dash may follow. */
const DASHED_LESIONS = new Set(['mass', 'masses', 'lesion', 'nodule', 'tumor', 'tumour', 'ulcer', 'polyp', 'stricture',
  // Round 22: a biopsy of a site set off before its result ("gastric body bx - poorly differentiated adenocarcinoma", d910),
  // in the tissue sample words (`sampleWords.ts`) or the plural "bxs".
  ...TISSUE_SAMPLE_WORDS, 'bxs']);
/** How far back a site ending at the lesion noun is looked for (its first token). */
const SITE_REACH = 4;

/**
 * "Acute upper GI bleed from ulcerated gastric body mass - poorly differentiated adenocarcinoma", "RUL mass -
 * adenocarcinoma on EBUS": a finding set off by a dash after a lesion of a site is that lesion's diagnosis.
 * `isModifier` tells the histologic modifiers that may stand between the dash and the finding.
 */
export function dashApposedLesion(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, isModifier: (norm: string) => boolean,
): SiteMatch | undefined {
  const sentence = tokens[anchorStart]?.sentence;
  let dash = anchorStart - 1;
  while (dash > anchorStart - 4 && isModifier(tokens[dash]?.norm ?? '') && tokens[dash]?.sentence === sentence) dash--;
  if (!DASHES.has(tokens[dash]?.norm ?? '') || tokens[dash]?.sentence !== sentence || !DASHED_LESIONS.has(tokens[dash - 1]?.norm ?? '')) return undefined;
  const noun = dash - 1;
  for (let position = noun - 1; position >= Math.max(0, noun - SITE_REACH); position--) {
    const site = sites[position];
    if (site !== undefined) return site.end === noun && !site.lymphNode && tokens[position]?.sentence === sentence ? { ...site, start: anchorStart, end: anchorStart } : undefined;
  }
  return undefined;
}
