import { LIST_MARKERS } from './listLead';
import { afterMeasurement } from './measuredFinding';
import { isWholeNumber } from './numberWords';
import { sentenceStart } from './sentenceWindow';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * The finding an impression or assessment item is about, for a metastasis the item offers for it with no site of its own: "2. New 8 mm
 * solid RUL nodule. In this patient with a prior malignancy, metastasis cannot be excluded" (C78.01), "1. RUL 9 mm spiculated solid
 * nodule … suspicious for primary lung cancer …; metastasis from prior glottic SCC considered much less likely" (C78.01). A radiologist
 * or clinician writes one item per finding and weighs its causes in the item's later sentences, so a metastasis there is a spread to
 * the finding's organ (ANNOTATION.md, issue 12: an uncertain mention of a documented lesion takes the lesion's site; "metastatic to X",
 * "X mets": X is a secondary site). The item must open with the finding (a site and its lesion noun, within its first words), and no
 * site of another organ may follow the finding in its sentence or precede the metastasis word in its own: that organ would be the one
 * the words speak of instead.
 * A denied metastasis ("No metastasis") is left to the readings it had: an item's denial is most often a staging statement of its own.
 * Bounded: at most `ITEM_SENTENCES` sentences back, each found by the shared `sentenceStart` (sentenceWindow.ts) within its
 * `SENTENCE_START_REACH` tokens, `OPENING_WORDS` tokens of the opening and `ITEM_REACH` tokens after the finding are read.
 */

/** How many sentences before the metastasis word's own the item may open. */
const ITEM_SENTENCES = 3;
/** How many tokens of the item's opening sentence may stand before its finding's site ("2. New 8 mm solid RUL nodule"). */
const OPENING_WORDS = 6;
/** How many words may stand between the finding's site and its lesion noun ("RUL part-solid nodule", "RLL lung nodule"). */
const NOUN_REACH = 3;
/** How many tokens the whole item is read over, from its opening to the metastasis word. */
const ITEM_REACH = 80;

const LESION_NOUNS: ReadonlySet<string> = new Set(['nodule', 'nodules', 'lesion', 'lesions', 'mass', 'masses', 'focus', 'foci', 'opacity', 'opacities']);
const DENIALS: ReadonlySet<string> = new Set(['no', 'not', 'without', 'w/o', 'negative', 'neg', 'free', 'denies']);

/** The site of the finding the item holding `anchorStart` opens with, when the metastasis there is offered for it. */
export function itemFindingSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  let first = sentenceStart(tokens, anchorStart);
  for (let position = first; position < anchorStart; position++) if (DENIALS.has(tokens[position]?.norm ?? '')) return undefined;
  for (let step = 0; step <= ITEM_SENTENCES && first > 0 && anchorStart - first <= ITEM_REACH; step++) {
    const opening = itemOpening(tokens, first);
    if (opening >= 0) {
      const finding = openingFinding(tokens, sites, opening);
      const clear = finding !== undefined && onlySameOrgan(tokens, sites, finding, finding.end) && onlySameOrgan(tokens, sites, finding, sentenceStart(tokens, anchorStart), anchorStart);
      return clear ? finding : undefined;
    }
    first = sentenceStart(tokens, first - 1);
  }
  return undefined;
}

/** The first content token of the item the sentence at `first` opens ("- …", "2. …"), else -1. */
function itemOpening(tokens: readonly Token[], first: number): number {
  if (LIST_MARKERS.has(tokens[first]?.norm ?? '')) return first + 1;
  const numbered = tokens[first - 1]?.norm === '.' && isWholeNumber(tokens[first - 2]) && sentenceStart(tokens, first - 2) === first - 2;
  return numbered ? first : -1;
}

/** The site among the opening's first words that a lesion noun follows ("New 8 mm solid RUL nodule", "RUL 9 mm spiculated solid nodule"). */
function openingFinding(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], opening: number): SiteMatch | undefined {
  const sentence = tokens[opening]?.sentence;
  for (let position = opening; position < opening + OPENING_WORDS && tokens[position]?.sentence === sentence; position++) {
    const site = sites[position];
    if (site === undefined || site.lymphNode) continue;
    const from = afterMeasurement(tokens, site.end);
    for (let at = from; at < from + NOUN_REACH && tokens[at]?.sentence === sentence && tokens[at]?.punct !== true; at++) {
      if (LESION_NOUNS.has(tokens[at]?.norm ?? '')) return site;
    }
    return undefined;
  }
  return undefined;
}

/**
 * Whether every site from `from` to the end of its sentence (or up to `to`) is of the finding's organ: in the finding's own sentence
 * ("… suspicious for primary lung cancer") and in the metastasis word's before it. The sentences between them recommend or grade
 * ("Recommend PET/CT and thoracic surgery / pulmonary referral") and are not read. At most `ITEM_REACH` tokens are read, as a
 * note written as one sentence would otherwise be read to its end for each metastasis word in it.
 */
function onlySameOrgan(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], finding: SiteMatch, from: number, to = from + ITEM_REACH): boolean {
  const sentence = tokens[from]?.sentence;
  for (let position = from; position < to && tokens[position]?.sentence === sentence; position++) {
    const site = sites[position];
    if (site !== undefined && site.path[0] !== finding.path[0]) return false;
  }
  return true;
}
