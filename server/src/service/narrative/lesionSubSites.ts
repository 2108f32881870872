import type { SiteMatch } from './siteMatch';
import type { Laterality } from './siteLexicon';
import { wordInSentenceWindow } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "found to have a RUL mass w/ bulky mediastinal adenopathy … EBUS-TBNA stn 4R and 7: small cell carcinoma … -> extensive-stage
 * SCLC": the note documents where its lung cancer is through the mass it found, not through a histology written at the lobe. A
 * coder codes the cancer at the side and sub-site the record documents for it (corpus ANNOTATION.md, "Side and sub-site
 * documented elsewhere in the note"), so the masses and lesions the note writes at a part of an organ are read, in one pass over
 * the sites, as that organ's documented sub-sites. `encounterSites.ts` falls back to them only for an organ whose cancer the
 * encounter names with no sub-site of its own, and only when they name one sub-site on one side and no lesion of the organ as a whole.
 */

/** What a site's row says about its organ: the organ's category, whether the row is the organ as a whole, and the site at that row. */
export interface SiteOrgan {
  readonly organ: string;
  readonly whole: boolean;
  readonly cell?: string;
  /** The site at the part its qualifier words name ("pancreatic head": the head's row). */
  readonly documented: SiteMatch;
}

/** The sides and sub-sites the lesions of one organ are written at. */
export interface LesionRecord {
  readonly sides: Set<Laterality>;
  readonly subSites: Map<string, SiteMatch>;
  /** Whether a lesion is written at the organ as a whole too ("mass L palatine tonsil" beside "mass L tonsillar fossa"). */
  wholeOrgan: boolean;
}

/**
 * Nouns of a tumour found at a site: a mass, a tumour or one nodule (a screening-detected lung cancer is documented through its
 * nodule; several nodules at two parts leave the sub-site open), not a "lesion" (a word for any finding, a metastasis's or a
 * benign one's too).
 */
const LESION_NOUNS = new Set(['mass', 'tumor', 'tumour', 'nodule']);
/** Words that deny or discount the lesion written after them ("no RUL mass", "without a mass in the RUL", "benign R adrenal mass"). */
const DENYING_WORDS = new Set(['no', 'without', 'negative', 'resolved', 'benign']);
/** How many words before the lesion's phrase may deny it. */
const DENIAL_REACH = 3;

/**
 * The lesions of each organ, by the organ's category: a site part of its organ with a lesion noun right after it ("RUL mass",
 * "pancreatic head mass") or right before it ("mass UOQ", "mass in the RUL"), not denied. One pass over the sites.
 */
export function lesionSubSites(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], organOf: (site: SiteMatch) => SiteOrgan, placed: ReadonlyMap<number, SiteMatch> = new Map(),
): Map<string, LesionRecord> {
  const lesions = new Map<string, LesionRecord>();
  for (let position = 0; position < tokens.length; position++) {
    const site = sites[position];
    if (site === undefined || site.lymphNode) continue;
    const opening = lesionOpening(tokens, site);
    if (opening < 0 || deniedBefore(tokens, opening)) continue;
    // "bladder tumor L lateral wall": the tumour's mention is placed at the part written after it (`placedTumours.ts`).
    const { organ, whole, cell, documented } = organOf(placed.get(site.start) ?? site);
    let record = lesions.get(organ);
    if (record === undefined) {
      record = { sides: new Set(), subSites: new Map(), wholeOrgan: false };
      lesions.set(organ, record);
    }
    if (site.laterality !== undefined) record.sides.add(site.laterality);
    // A lesion of the organ as a whole may be the same tumour described less closely, or another: the sub-site is left open.
    if (whole) record.wholeOrgan = true;
    else record.subSites.set(cell ?? documented.path.join('/'), documented);
  }
  return lesions;
}

/** The first token of the lesion's phrase around the site, or -1 when no lesion noun stands next to it. */
function lesionOpening(tokens: readonly Token[], site: SiteMatch): number {
  const sentence = tokens[site.start]?.sentence;
  const after = tokens[site.end];
  if (after !== undefined && after.sentence === sentence && LESION_NOUNS.has(after.norm)) return site.start;
  if (LESION_NOUNS.has(tokens[site.start - 1]?.norm ?? '') && tokens[site.start - 1]?.sentence === sentence) return site.start - 1;
  // "mass in the RUL", "mass in RUL".
  const preposition = tokens[site.start - 1]?.norm === 'the' ? site.start - 2 : site.start - 1;
  const noun = tokens[preposition - 1];
  if (tokens[preposition]?.norm === 'in' && noun !== undefined && noun.sentence === sentence && LESION_NOUNS.has(noun.norm)) return preposition - 1;
  return -1;
}

function deniedBefore(tokens: readonly Token[], opening: number): boolean {
  return wordInSentenceWindow(tokens, opening, opening, { words: DENYING_WORDS, sentence: tokens[opening]?.sentence, before: DENIAL_REACH });
}
