import type { HistologyTerm } from './histologyLexicon';
import { columnOf } from './histologyLexicon';
import { itemFindingSite } from './itemFinding';
import type { Assertion } from './model';
import type { RawMention } from './rawMention';
import { PAST_LEADS } from './restatedPastCancer';
import { sentenceStart } from './sentenceWindow';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "1. R thyroid nodule, TR4, Bethesda III … -- indeterminate; malignancy (…) vs benign follicular adenoma", "3. L parotid nodule -
 * US-guided FNA to r/o neoplasm", "1. 14 mm part-solid RUL nodule … Low SUV does not exclude malignancy": a malignancy or neoplasm
 * with no site, weighed in an impression or assessment item that opens with a finding, is the finding's own (ANNOTATION.md, issue
 * 12: an uncertain mention of a documented lesion takes the lesion's site; d775 table: thyroid / Malignant Primary C73; d388 table:
 * parotid gland / Unspecified Behavior D49.0; d167 table: lung, upper lobe / Malignant Primary, right C34.11). The item is found as
 * `itemFinding.ts` finds it for a metastasis word. Only a hedged reading is kept: the item's denial ("no malignancy") or an affirmed
 * malignancy of the same words is left to the readings it had (a site-less cancer's, `unspecifiedCancer.ts`, read beside it), and
 * the mention codes nothing for the note's own rules; a past cancer ("prior malignancy") is none.
 */

/** The words that name a malignancy or neoplasm with no type or organ. */
const UNTYPED_MALIGNANCY_WORDS: ReadonlySet<string> = new Set(['malignancy', 'malignancies', 'neoplasm', 'cancer']);
/** How many tokens before the word its sentence is read for a site of another organ. */
const SENTENCE_REACH = 40;

/** The hedged malignancy or neoplasm an item offers for the finding it opens with, at the finding's site, or undefined. */
export function itemMalignancyMention(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, end: number, term: HistologyTerm): RawMention | undefined {
  // "In this patient with a prior malignancy, metastasis cannot be excluded": a past cancer is no cause offered for the finding.
  if (!UNTYPED_MALIGNANCY_WORDS.has(term.words) || PAST_LEADS.has(tokens[start - 1]?.norm ?? '')) return undefined;
  // The sentence's own opening: a denial before the word is read by the assertion, which keeps only a hedge.
  const first = sentenceStart(tokens, start);
  const finding = itemFindingSite(tokens, sites, first);
  if (finding === undefined || otherOrganBefore(tokens, sites, finding, Math.max(first, start - SENTENCE_REACH), start)) return undefined;
  const column = columnOf(term.role);
  return { start, end, anchorStart: start, anchorEnd: end, column, site: { ...finding, start, end: start }, histology: term, hedgedOnly: true };
}

/** Whether a site of another organ than the finding's stands between `from` and `to` ("… risk of thyroid cancer in the L lobe"). */
function otherOrganBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], finding: SiteMatch, from: number, to: number): boolean {
  for (let position = from; position < to; position++) {
    const site = sites[position];
    if (site !== undefined && site.path[0] !== finding.path[0]) return true;
  }
  return false;
}

/** Whether an item's malignancy is coded under this assertion: only hedged. */
export function codedAsItemMalignancy(mention: RawMention, assertion: Assertion): boolean {
  return mention.hedgedOnly !== true || assertion === 'uncertain';
}
