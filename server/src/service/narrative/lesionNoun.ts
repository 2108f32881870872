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
