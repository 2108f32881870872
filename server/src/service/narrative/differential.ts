import { isMetastasisProne } from './metastasisProne';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * Sites a histology that names none takes from its own phrase. A differential diagnosis written as a "vs" list: "RUL nodule … suspicious for primary lung
 * adenocarcinoma (AIS vs minimally invasive adenocarcinoma vs invasive adenocarcinoma)". Each later
 * item is another reading of the same lesion, so a histology after "vs" that names no site of its own
 * is of the site the differential is about: the nearest site before the list in its sentence. And a
 * site alone in parentheses right after it ("concomitant CIS (trigone)"). A histology the writer leans to in a hedged parenthesis
 * or after "favor" ("bx oncocytic neoplasm (favor oncocytoma)") is read by `hedgedAlternative.ts`, which places it at the
 * diagnosis it follows.
 */

const DIFFERENTIAL_WORDS = new Set(['vs', 'versus', 'v']);
/** How many words ("minimally invasive", "lepidic-predominant") may stand between "vs" and the histology. */
const ITEM_WORDS = 3;
/** How far back in the sentence the differential looks for the site it is about. */
const DIFFERENTIAL_REACH = 40;

export function differentialSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const marker = differentialMarker(tokens, sites, anchorStart);
  if (marker < 0) return undefined;
  // "Ddx RCC vs oncocytoma." after "… solid mass, lower pole L kidney.": a differential led by its own word ("Ddx", "Differential")
  // in a sentence that names no site is about the lesion the sentence before described, so the look goes on into it (within the
  // same reach), to an organ a primary tumour is read at: a spread site written there ("possible omental dz") is not the lesion.
  const sentence = tokens[marker]?.sentence;
  let led = LEAD_WORDS.has(tokens[marker]?.norm ?? '');
  for (let position = marker - 1; position >= Math.max(0, marker - DIFFERENTIAL_REACH); position--) {
    const token = tokens[position];
    const before = token?.sentence !== sentence;
    if (before && !led) return undefined;
    led ||= LEAD_WORDS.has(token?.norm ?? '');
    const site = sites[position];
    if (site === undefined) continue;
    return site.lymphNode || (before && isMetastasisProne(site)) ? undefined : { ...site, start: anchorStart, end: anchorStart };
  }
  return undefined;
}

/** Words that lead a differential diagnosis's list ("Ddx RCC vs oncocytoma", "ddx oncocytoma/fat-poor AML", "Differential: …"). */
const LEAD_WORDS = new Set(['ddx', 'differential', 'dd']);
/** Marks that separate a lead word's list items ("oncocytoma/fat-poor AML", "borderline tumor, granulosa cell tumor"). */
const LIST_MARKS = new Set([',', '/', ':', 'or']);
/** How many tokens a list item may stand after its lead word. */
const LIST_WORDS = 10;

/**
 * The "vs" right before the histology (within `ITEM_WORDS`, no punctuation between), or the lead word of the list it is an item
 * of (within `LIST_WORDS`, only list marks between); -1 when neither, or when a site stands between.
 */
function differentialMarker(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): number {
  const sentence = tokens[anchorStart]?.sentence;
  let listed = false;
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - LIST_WORDS - 1); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || sites[position] !== undefined) return -1;
    if (DIFFERENTIAL_WORDS.has(token.norm) && !listed && position >= anchorStart - ITEM_WORDS - 1) return position;
    if (LEAD_WORDS.has(token.norm)) return position;
    if (token.punct && !LIST_MARKS.has(token.norm)) return -1;
    listed ||= token.punct || position < anchorStart - ITEM_WORDS - 1;
  }
  return -1;
}

/** Whether "vs" stands between two mentions in `[from, to)`: two readings of one lesion, not a restatement. */
export function differentialBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (DIFFERENTIAL_WORDS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}

/**
 * "an invasive thymoma or thymic carcinoma": two histologies of one site joined by "or" are two
 * readings of the finding, each a mention, not one restated (as with "vs").
 */
export function alternativeBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (tokens[position]?.norm === 'or') return true;
  return false;
}

/**
 * "R breast cancer - invasive ductal carcinoma, 2.8 cm": a histology set off by a dash after a cancer written with its site
 * names its type, a mention of its own (as the corpus annotates it), not a restatement to drop; "POSITIVE FOR MALIGNANCY -
 * METASTATIC SMALL CELL CARCINOMA" restates a finding whose site only its label gives.
 */
export function typeAfterDash(tokens: readonly Token[], previous: RawMention, start: number): boolean {
  if (previous.site === undefined || previous.start >= previous.anchorStart) return false;
  for (let position = previous.end; position < start; position++) if (tokens[position]?.norm === '-') return true;
  return false;
}

/** "with concomitant CIS (trigone)": a site alone in parentheses right after a histology that has none is its site. */
export function parenthesisedSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorEnd: number): SiteMatch | undefined {
  const site = tokens[anchorEnd]?.norm === '(' ? sites[anchorEnd + 1] : undefined;
  return site !== undefined && !site.lymphNode && tokens[site.end]?.norm === ')' ? site : undefined;
}

/** How many words (the histology: "adenocarcinoma", "squamous cell carcinoma") may stand between an alternative's organ and "vs". */
const ALTERNATIVE_WORDS = 3;

/**
 * "r/o gastric adenocarcinoma vs lymphoma": a histology after "vs" offered as the other reading of a cancer written with its
 * organ right before it is of that organ. Narrower than `differentialSite`: the organ must be the alternative's own, with no
 * punctuation between them, so a finding's site ("anterior mediastinal mass, likely thymoma vs lymphoma") gives none.
 */
export function alternativeOrganSite(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const marker = anchorStart - 1;
  if (!DIFFERENTIAL_WORDS.has(tokens[marker]?.norm ?? '')) return undefined;
  for (let position = marker - 1; position >= Math.max(0, marker - ALTERNATIVE_WORDS); position--) {
    const token = tokens[position];
    if (token === undefined || token.punct || token.sentence !== tokens[anchorStart]?.sentence) return undefined;
    const site = siteEndingAt[position];
    // The site ends where the alternative's histology begins ("gastric" before "adenocarcinoma").
    if (site !== undefined) return site.lymphNode ? undefined : { ...site, start: anchorStart, end: anchorStart };
  }
  return undefined;
}
