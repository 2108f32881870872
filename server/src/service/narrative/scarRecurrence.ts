import type { HistologyTerm } from './histologyLexicon';
import { asMelanomaRecurrence } from './melanomaScarRecurrence';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Hx of melanoma in situ L upper back, excised w/ 5 mm margins 3/2021 - no recurrence at scar", "BCC L nasal ala s/p Mohs 2022,
 * no recurrence at the Mohs scar": a recurrence at "the scar" names the scar of the skin cancer its sentence wrote before it, so it
 * is that cancer's local recurrence at the cancer's own site (ANNOTATION.md, round 15 and round 21 decisions (f): "a denied
 * recurrence at a named site is a mention, on a Mohs scar too"; d580: Index Melanoma, in situ, trunk D03.5-; back → Tabular D03.59
 * Melanoma in situ of other part of trunk). A melanoma keeps its morphology, a basal or squamous cell carcinoma its skin type, as
 * at a scar named by its site (`melanomaScarRecurrence.ts`, `skinScarRecurrence.ts`); the recurrence's own words carry its
 * assertion. Bounded: the scar within a few words after the recurrence word, the cancer among the last mentions of its sentence.
 */

/** The words that place a recurrence at the scar. */
const AT_WORDS: ReadonlySet<string> = new Set(['at', 'in', 'within', 'along']);
/** Words that may stand between the place word and "scar" ("at the Mohs scar", "at her excision scar"). */
const SCAR_QUALIFIERS: ReadonlySet<string> = new Set(['the', 'excision', 'mohs', 'surgical', 'wle', 'prior', 'previous', 'her', 'his', 'biopsy', 'healed', 'well-healed']);
/** How many qualifiers may stand before "scar". */
const QUALIFIER_REACH = 3;
/** How many of the mentions found before it are searched for the skin cancer. */
const MENTIONS_BACK = 4;

/** Whether a mention is the patient's skin cancer with its site: a skin melanoma or a basal or squamous cell carcinoma with a skin type. */
function isSitedSkinCancer(mention: RawMention): boolean {
  if (mention.site === undefined || mention.site.lymphNode || mention.column === 'secondary' || mention.restatedOnly === true) return false;
  return mention.morphology?.siteAxis === 'melanoma' || (mention.histology?.skinType !== undefined && mention.morphology === undefined);
}

/** The local recurrence at the scar of the skin cancer written before it in its sentence, or undefined. */
export function scarRecurrenceMention(tokens: readonly Token[], start: number, end: number, term: HistologyTerm, before: readonly RawMention[]): RawMention | undefined {
  if (term.words !== 'recurrence' || !AT_WORDS.has(tokens[end]?.norm ?? '')) return undefined;
  let at = end + 1;
  while (at <= end + QUALIFIER_REACH && SCAR_QUALIFIERS.has(tokens[at]?.norm ?? '')) at++;
  const sentence = tokens[start]?.sentence;
  if (tokens[at]?.norm !== 'scar' || tokens[at]?.sentence !== sentence) return undefined;
  for (let index = before.length - 1; index >= Math.max(0, before.length - MENTIONS_BACK); index--) {
    const cancer = before[index];
    if (cancer === undefined || tokens[cancer.start]?.sentence !== sentence) return undefined;
    if (!isSitedSkinCancer(cancer) || cancer.site === undefined) continue;
    const site = { ...cancer.site, start, end: start };
    const skinType = cancer.histology?.skinType;
    if (cancer.morphology !== undefined) return asMelanomaRecurrence({ start, end: at + 1, anchorStart: start, anchorEnd: end, site, histology: term }, cancer);
    return { start, end: at + 1, anchorStart: start, anchorEnd: end, column: 'primary', site, histology: { ...term, ...(skinType === undefined ? {} : { skinType }) } };
  }
  return undefined;
}
