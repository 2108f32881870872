import { anastomoticRecurrence, namesAnastomosis } from './anastomoticRecurrence';
import { isMetastasisProne, isSpreadOrgan } from './metastasisProne';
import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import { BED_ORGANS } from './resectionBed';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * The sites of a recurrence ("nodal recurrence", "recurrence in the liver"): a recurrence is a secondary in
 * lymph nodes or in an organ where spread is the rule, while one in another organ may be the primary's own
 * local recurrence and is left to it. A recurrence that names such a distant organ is a distant one, so the
 * other organs listed with it are distant too ("recurrence in bone (T11, sacrum) and R lung" after a breast
 * cancer: Table: bone / Malignant Secondary C79.51, lung / Malignant Secondary C78.0-). A recurrence in an organ's
 * resection bed ("No prostate bed recurrence", "No recurrence in the R nephrectomy bed") is that local recurrence, the
 * organ's primary (resectionBed.ts), and so is one at the anastomosis, which names no organ (anastomoticRecurrence.ts). One in another organ waits for the note's primaries (elsewhereRecurrence.ts).
 */
export function recurrenceSites(tokens: readonly Token[], found: readonly RawMention[], term: HistologyTerm, start: number, end: number): RawMention[] {
  // "No recurrence at ileocecal anastomosis": the organs naming the anastomosis are no place of the recurrence.
  const mentions = found.filter((mention) => mention.site === undefined || !namesAnastomosis(tokens, mention.site));
  // "no recurrence at the anastomosis": with no site written, the primary's own place may name it (anastomoticRecurrence.ts).
  if (!mentions.some((mention) => mention.site !== undefined)) {
    const local = anastomoticRecurrence(tokens, term, start, end);
    return local === undefined ? [] : [local];
  }
  const distant = mentions.some((mention) => mention.site !== undefined && !mention.site.lymphNode && isMetastasisProne(mention.site));
  const kept: RawMention[] = [];
  for (const mention of mentions) {
    const site = mention.site;
    if (site === undefined || namesRadiationField(tokens, site)) continue;
    if (distant || isSpreadOrgan(site)) kept.push(mention);
    else if (isResectionBed(tokens, site)) kept.push({ ...mention, column: 'primary' });
    else kept.push({ ...mention, column: 'secondary', restatedOnly: true }); // the note's primaries decide (elsewhereRecurrence.ts)
  }
  return kept;
}

/** Radiation named after the site it is aimed at ("para-aortic RT", "pelvic XRT", "whole brain radiation"). */
const RADIATION_WORDS: ReadonlySet<string> = new Set(['rt', 'xrt', 'radiation', 'radiotherapy', 'imrt', 'sbrt', 'srs', 'wbrt', 'irradiation']);

/**
 * "orchiectomy + para-aortic RT, no recurrence in 36 yrs": a site right before a radiation word is the field the treatment was
 * aimed at, not where the recurrence is denied or found ("RT" in capitals is also no side there: a side follows no node region).
 */
function namesRadiationField(tokens: readonly Token[], site: SiteMatch): boolean {
  const after = tokens[site.end];
  const last = tokens[site.end - 1];
  return (after !== undefined && RADIATION_WORDS.has(after.norm)) || (last !== undefined && last.raw === 'RT');
}

/** The last words of a resection bed's site. */
const BED_WORDS = new Set(['bed', 'fossa']);

/** Whether the site is a resection bed (resectionBed.ts): its last word is "bed" or "fossa" and its organ one whose bed the lexicon names. */
function isResectionBed(tokens: readonly Token[], site: SiteMatch): boolean {
  return BED_WORDS.has(tokens[site.end - 1]?.norm ?? '') && BED_ORGANS.has(site.path[0] ?? '');
}
