import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/** Skin sites: a skin histology's body surface set off after its subtype, and "skin of <site>" read as one site. */

/**
 * "Basal cell carcinoma, nodular, L nasal tip": a skin histology's body surface set off after its
 * subtype words, ending the apposition. The site is returned as the surface; the code adds the skin.
 */
/** How many tokens after a skin histology's comma its set-off site may begin. */
const APPOSED_SKIN_REACH = 8;
/** Marks a set-off list of subtypes may be written with before the site. */
const SUBTYPE_MARKS = new Set([',', '&', '/']);

export function apposedSkinSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], implied: SiteMatch, end: number): SiteMatch | undefined {
  if (implied.path[0] !== 'skin' || tokens[end]?.norm !== ',') return undefined;
  const sentence = tokens[end]?.sentence;
  for (let position = end + 1; position < Math.min(tokens.length, end + APPOSED_SKIN_REACH) && tokens[position]?.sentence === sentence; position++) {
    const site = sites[position];
    if (site !== undefined) {
      const next = tokens[site.end];
      const closes = next === undefined || next.sentence !== sentence || [',', '(', '.', ';', '-'].includes(next.norm);
      return !site.lymphNode && tokens[position - 1]?.norm === ',' && closes ? site : undefined;
    }
    // "Basal cell carcinoma, nodular & infiltrative, L nasal ala": subtypes joined by "&" or "/" may stand before the site.
    if (tokens[position]?.punct === true && !SUBTYPE_MARKS.has(tokens[position]?.norm ?? '')) return undefined;
  }
  return undefined;
}

/** "skin of the R forearm": the skin of that site, one site. */
export function mergeSkin(list: readonly SiteMatch[]): SiteMatch[] {
  const merged: SiteMatch[] = [];
  for (const site of list) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && previous.path.length === 1 && previous.path[0] === 'skin' && site.path[0] !== 'skin' && !site.lymphNode) {
      merged[merged.length - 1] = { ...site, start: previous.start, path: ['skin', ...site.path] };
    } else {
      merged.push(site);
    }
  }
  return merged;
}

/** How far back a skin lesion looks for the body surface of its line. */
const LINE_SURFACE_REACH = 32;

/**
 * "L upper back - dermoscopy atypical network -> shave bx today (r/o dysplastic nevus vs melanoma in
 * situ)", "Atypical pigmented lesion L upper back - bx sent; if melanoma in situ -> re-excision": a
 * skin lesion written with no site of its own is of the body surface its line is about, the nearest site
 * before it in the sentence or in the clause a semicolon joins to it. The skin codes follow the surface
 * (D22.5, D03.59: trunk); a site with no skin row keeps the histology's unspecified code.
 */
export function lineSkinSurface(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  let sentence = tokens[start]?.sentence;
  let crossed = false;
  for (let position = start - 1; position >= Math.max(0, start - LINE_SURFACE_REACH); position--) {
    const token = tokens[position];
    if (token === undefined) return undefined;
    if (token.sentence !== sentence) {
      // One semicolon joins two clauses of the line; a full stop or a new line ends the search.
      if (crossed || token.norm !== ';') return undefined;
      crossed = true;
      sentence = token.sentence;
    }
    const site = sites[position];
    if (site !== undefined) return site.lymphNode || OTHER_TUMOUR_WORDS.has(tokens[site.end]?.norm ?? '') ? undefined : site;
  }
  return undefined;
}

/** Words after a site that make it another tumour's organ ("FHx: father w/ prostate cancer; no family hx of melanoma"), no surface of the line. */
const OTHER_TUMOUR_WORDS: ReadonlySet<string> = new Set(['cancer', 'ca', 'carcinoma', 'adenocarcinoma', 'malignancy', 'tumor', 'tumour', 'mets', 'metastases', 'metastasis']);

/**
 * "R nasal ala papule - r/o BCC", "L cheek papule - r/o SCC vs AK": a skin histology (basal or squamous
 * cell carcinoma) that names no surface is of the body surface its line is about, as a melanoma or nevus is.
 */
export function skinLineSurface(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], implied: SiteMatch, start: number): SiteMatch | undefined {
  if (implied.path[0] !== 'skin' || implied.path.length > 1) return undefined;
  const surface = lineSkinSurface(tokens, sites, start);
  return surface === undefined ? undefined : { ...surface, start, end: start };
}

/**
 * "L lower leg plaque - bx sent, r/o SCCis", "R cheek papule, r/o SCC vs AK": a squamous cell
 * carcinoma, which may be of any organ, that names no site is of the body surface its line is about.
 * The site is marked `surfaceOnly`: coding keeps it only when the table places the carcinoma on the
 * skin there ("Lung mass, r/o SCC" is no skin cancer, and the line's organ is no proof of the lung's).
 */
export function skinTypeLineSurface(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], skinType: string | undefined, start: number): SiteMatch | undefined {
  if (skinType === undefined) return undefined;
  const surface = lineSkinSurface(tokens, sites, start);
  return surface === undefined ? undefined : { ...surface, start, end: start, surfaceOnly: true };
}

/** Words that make a squamous cell carcinoma listed beside them a skin cancer: skin-only cancers and keratoses. */
const SKIN_COMPANIONS = new Set(['bcc', 'bccs', 'sbcc', 'nbcc', 'nmsc', 'ak', 'aks', 'keratoacanthoma', 'bowen', "bowen's", 'bowens']);
/** Punctuation a list or differential of lesions is written with; any other mark ends the search. */
const LIST_MARKS = new Set([',', '/', '&', '+']);
/** How many tokens either side of the carcinoma the companion may stand. */
const COMPANION_REACH = 4;

/**
 * "Hx melanoma in situ, BCC, SCC", "Clinically AK vs SCC": a squamous cell carcinoma that names no
 * site, listed or weighed beside a basal cell carcinoma or an actinic keratosis, is a carcinoma of the
 * skin (table: skin NEC; C44.92, history Z85.828).
 */
export function skinCompanionSite(tokens: readonly Token[], skinType: string | undefined, start: number, end: number): SiteMatch | undefined {
  if (skinType === undefined) return undefined;
  const found = companionWithin(tokens, start, -1) || companionWithin(tokens, end - 1, 1);
  return found ? { start, end: start, path: ['skin'], lymphNode: false } : undefined;
}

function companionWithin(tokens: readonly Token[], from: number, step: 1 | -1): boolean {
  const sentence = tokens[from]?.sentence;
  for (let position = from + step, count = 0; count < COMPANION_REACH; position += step, count++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || (token.punct && !LIST_MARKS.has(token.norm))) return false;
    if (SKIN_COMPANIONS.has(token.norm)) return true;
  }
  return false;
}

/** Words a skin label may write before its surface ("Skin, mid chest, punch:"): a position on the surface, no site of its own. */
const SURFACE_POSITIONS = new Set(['mid', 'central', 'midline']);

/** The surface a skin label names after its comma ("Skin, nasal ala R", "Skin, mid chest"). */
export function labelSkinSurface(sites: readonly (SiteMatch | undefined)[], tokens: readonly Token[], from: number): SiteMatch | undefined {
  return sites[from] ?? (SURFACE_POSITIONS.has(tokens[from]?.norm ?? '') ? sites[from + 1] : undefined);
}
