import { lastAtOrBefore } from '../sortedSearch';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * A recurrence named in its own words at the organ of a neoplasm of the note ("no evidence of recurrence at the cervix" of a
 * cervical cancer, "prostate recurrence is unlikely" after a prostatectomy, "recurrence in the L ovary" of a borderline ovarian
 * tumour) is that neoplasm's local recurrence: ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention":
 * "a recurrence in the primary's own bed … is the primary". It takes the neoplasm's site, sub-site and column (its own side
 * when it names one), so it is coded as that neoplasm would be, with the recurrence's own assertion (a denied one negated, a
 * doubted one uncertain, a surveillance for one hypothetical). A skin cancer of a face or limb is left out (`recursInOrgan`).
 */
export function ownOrganRecurrence(
  tokens: readonly Token[], recurrence: RawMention & { readonly site: SiteMatch }, neoplasms: OrganNeoplasms,
): RawMention | undefined {
  const organ = recurrence.site.path[0];
  if (organ === undefined || organ === 'skin' || !RECURRENCE_NOUNS.has(recurrence.histology?.words ?? '') || !writtenInOwnWords(tokens, recurrence)) return undefined;
  const primary = neoplasms.nearestOf(organ, recurrence.anchorStart);
  if (primary === undefined || primary.morphology !== undefined || recurrence.histology === undefined || !recursInOrgan(primary)) return undefined;
  // The recurrence keeps its own word (its denial is read from it, deniedRecurrence.ts) and takes the primary's site, column and
  // skin type (a squamous cell carcinoma of the skin recurs on the skin, one of the cervix in the cervix).
  const skinType = primary.histology?.skinType;
  const histology = skinType === undefined ? recurrence.histology : { ...recurrence.histology, skinType };
  // A side the recurrence names is its own ("recurrence in the L ovary" after a right ovarian tumour: the left one's row).
  const laterality = recurrence.site.laterality ?? primary.site.laterality;
  const site = { ...primary.site, laterality, start: recurrence.site.start, end: recurrence.site.end };
  return { ...recurrence, column: primary.column, histology, site, restatedOnly: false };
}

/**
 * Whether the primary's recurrence is read here: not a skin cancer of a face or limb (a basal cell or other skin type, a
 * melanoma), whose "no recurrence at the scar" is the excision's history cue and whose code is its type's; a squamous cell
 * carcinoma recurs in the organ it was of (the cervix) or on the skin it was of, which its skin type codes.
 */
function recursInOrgan(primary: RawMention & { readonly site: SiteMatch }): boolean {
  const skinType = primary.histology?.skinType;
  return primary.site.path[0] !== 'skin' && primary.site.surfaceOnly !== true && (skinType === undefined || skinType === '2');
}

/** The words of a recurrence; a progression at the primary's own organ ("progression in the RUL") names its growth, no recurrence. */
export const RECURRENCE_NOUNS: ReadonlySet<string> = new Set(['recurrence', 'recurrences']);

/** How many words may stand between the recurrence word and its site ("recurrence at the cervix", "recurrence in the L ovary"). */
const OWN_WORDS_GAP = 3;

/**
 * Whether the recurrence's site is written in its own phrase ("recurrence at the cervix", "prostate recurrence"), not taken from
 * a label before a colon or a list before a comma ("L thigh: no evidence of local recurrence"), which names what the line is about, not where it recurs.
 */
function writtenInOwnWords(tokens: readonly Token[], recurrence: RawMention & { readonly site: SiteMatch }): boolean {
  const from = Math.min(recurrence.site.end, recurrence.anchorEnd);
  const to = Math.max(recurrence.site.start, recurrence.anchorStart);
  // The gap is measured before it is read, so a site written far from the recurrence word costs no walk over the words between.
  if (to - from > OWN_WORDS_GAP || recurrence.site.start < recurrence.start || recurrence.site.end > recurrence.end) return false;
  for (let position = from; position < to; position++) if (tokens[position]?.punct === true) return false;
  return true;
}

/**
 * The neoplasms of each organ a recurrence may be of, indexed once per read: a primary malignancy of the organ, or a borderline
 * tumour ("serous borderline tumor R ovary … Surveillance for recurrence in the L ovary": its uncertain-behaviour row). The look-up
 * is a binary search in the organ's neoplasms ordered by position, so a note of many recurrences costs no walk over every
 * neoplasm for each.
 */
export class OrganNeoplasms {
  readonly #byOrgan = new Map<string, (RawMention & { readonly site: SiteMatch })[]>();
  readonly #startsByOrgan = new Map<string, number[]>();

  constructor(neoplasms: readonly (RawMention & { readonly site: SiteMatch })[]) {
    for (const neoplasm of neoplasms) {
      const organ = neoplasm.site.path[0];
      if (organ === undefined || (neoplasm.column !== 'primary' && neoplasm.column !== 'uncertain')) continue;
      const list = this.#byOrgan.get(organ) ?? [];
      list.push(neoplasm);
      this.#byOrgan.set(organ, list);
    }
    for (const [organ, list] of this.#byOrgan) {
      // Stable: of neoplasms at one position the one listed first stays first.
      list.sort((a, b) => a.anchorStart - b.anchorStart);
      this.#startsByOrgan.set(organ, list.map((neoplasm) => neoplasm.anchorStart));
    }
  }

  /**
   * The neoplasm of `organ` the recurrence at `at` is of: the last one written before it (what recurs was named first), else the
   * first after it. Not the nearest on either side, as `restatedCarcinoma.ts`' `nearestFinder` places a tissue result: a recurrence
   * is the return of a neoplasm already diagnosed, so the note names it before speaking of its return ("stage IIA serous borderline
   * tumor R ovary … Surveillance for recurrence in the L ovary", d514, where another naming of the organ's tumour stands about as
   * near after the recurrence as the diagnosis before it); a result, by contrast, is often written above the naming of its tumour.
   */
  nearestOf(organ: string, at: number): (RawMention & { readonly site: SiteMatch }) | undefined {
    const list = this.#byOrgan.get(organ);
    const starts = this.#startsByOrgan.get(organ);
    if (list === undefined || starts === undefined) return undefined;
    const before = lastAtOrBefore(starts, starts.length, at - 1);
    return list[before >= 0 ? before : 0];
  }
}
