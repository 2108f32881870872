import { lastAtOrBefore } from '../sortedSearch';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "Hx BCC - no recurrence at R ear", "Hx SCC L temple s/p Mohs - no recurrence at L temple": a recurrence written at a skin
 * site right after the patient's skin cancer of its item is that cancer's local recurrence at the site, not a spread to the
 * skin (ANNOTATION.md, round 21 decisions (f): "A denied recurrence at a named site is a mention, on a Mohs scar too: the negated code
 * of the cancer removed there, by its site"; d202 "Hx BCC - no recurrence at R ear" → Tabular C44.212 Basal cell carcinoma of
 * skin of right ear and external auricular canal). It takes the cancer's skin type and keeps its own site and words, so its
 * assertion is read from them (a denied one negated). Only a basal or squamous cell type is read so: a melanoma's type is coded
 * by its own morphology rules.
 */

/** Whether the mention is a keratinocyte skin cancer (a basal or squamous cell carcinoma of the skin, its type written). */
function isSkinTypeCancer(mention: RawMention): boolean {
  return mention.histology?.skinType !== undefined && mention.morphology === undefined && mention.restatedOnly !== true;
}

/**
 * Whether the cancer is the skin's: a basal cell carcinoma, which only the skin has, or a squamous cell one written on the skin
 * or at the recurrence's own site ("SCC L temple … no recurrence at L temple"); a squamous cell carcinoma of an organ (the cervix)
 * recurs in that organ, read by `ownOrganRecurrence.ts`.
 */
function ofTheSkin(cancer: RawMention, site: SiteMatch): boolean {
  if (cancer.histology?.skinType === '1') return true;
  const own = cancer.site;
  return own !== undefined && (own.path[0] === 'skin' || own.surfaceOnly === true || own.path[0] === site.path[0]);
}

/**
 * The local recurrence of the skin cancer named before a pending recurrence at a skin site in its sentence, or undefined;
 * `cancer` is the patient's last skin-type cancer written before the recurrence.
 */
export function skinScarRecurrence(tokens: readonly Token[], recurrence: RawMention & { readonly site: SiteMatch }, cancer: RawMention | undefined): RawMention | undefined {
  if (recurrence.histology === undefined || cancer === undefined || !ofTheSkin(cancer, recurrence.site)) return undefined;
  // "BCC nose: excised 2021, no recurrence on derm exams": a site the recurrence's own words do not name leaves it a bare denial.
  if (!siteInOwnWords(recurrence)) return undefined;
  const skinType = cancer.histology?.skinType;
  if (skinType === undefined || tokens[cancer.start]?.sentence !== tokens[recurrence.start]?.sentence) return undefined;
  return { ...recurrence, column: 'primary', histology: { ...recurrence.histology, skinType }, restatedOnly: false };
}

/**
 * Whether the recurrence's site is written in its own words ("no recurrence at R ear"), not taken from the words around it: the
 * test this reader and `melanomaScarRecurrence.ts` share.
 */
export function siteInOwnWords(recurrence: RawMention & { readonly site: SiteMatch }): boolean {
  return recurrence.site.start >= recurrence.start && recurrence.site.end <= recurrence.end;
}

/**
 * The finder of the patient's last cancer of a kind written before a position: the cancers' starts in order, one binary search per
 * look-up (the skin-type cancers here, the melanomas in `melanomaScarRecurrence.ts`).
 */
export function lastCancerBefore(
  mentions: readonly RawMention[], isKind: (mention: RawMention) => boolean, isPatients: (mention: RawMention) => boolean,
): (at: number) => RawMention | undefined {
  const cancers = mentions.filter((mention) => isKind(mention) && isPatients(mention)).sort((a, b) => a.start - b.start);
  const starts = cancers.map((cancer) => cancer.start);
  return (at) => cancers[lastAtOrBefore(starts, starts.length, at - 1)];
}

/** The finder of the patient's last skin-type cancer written before a position. */
export function lastSkinCancerBefore(mentions: readonly RawMention[], isPatients: (mention: RawMention) => boolean): (at: number) => RawMention | undefined {
  return lastCancerBefore(mentions, isSkinTypeCancer, isPatients);
}
