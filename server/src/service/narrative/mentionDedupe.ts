import { NEOPLASM_COLUMNS } from '../codes/neoplasm/model';
import type { RawMention } from './rawMention';
import { RISK_WORDS } from './assertionRisk';
import type { Token } from './tokens';
import { samePath } from './siteMatch';
import { siteKeyEnd, withListedSiteJoined } from './dedupeKey';
import { alternativeBetween, differentialBetween, typeAfterDash } from './differential';
import { germCellComponent, restatedChoriocarcinoma } from './germCellParts';
import { typesCategory } from './categoryDiagnosis';
import { withoutNestedNodeReadings } from './nestedNodeReadings';
import { isWholeNumber } from './numberWords';
import { quotedSourceBetween } from './quotedSource';

/** How many tokens apart a second mention of the same site and column restates the first (longer for a histology that implies its organ). */
const RESTATEMENT_REACH = 4;
const IMPLIED_RESTATEMENT_REACH = 12;

/** How many kinds a dedupe key tells apart at one site token: each column, and a morphology mention without one. */
const DEDUPE_COLUMNS = NEOPLASM_COLUMNS.length + 1;

/**
 * "BCC, SCC": two skin cancers of different cell types side by side are two lesions, not one restated; nor is a type counted after
 * the generic skin cancer ("NMSCs - >15 SCCs and BCCs", "11 NMSC (7 SCC, 4 BCC)"): the count breaks the category into its lesions.
 */
function otherSkinCancer(tokens: readonly Token[], previous: RawMention, mention: RawMention): boolean {
  const before = previous.histology?.skinType;
  const after = mention.histology?.skinType;
  if (before === undefined || after === undefined || before === after) return false;
  return (before !== '0' && after !== '0') || (before === '0' && isWholeNumber(tokens[mention.start - 1]));
}

/** Words that make the mention after them a second tumour, not the one before restated ("breast ca dx 44, contralateral breast ca at 60"). */
const SECOND_TUMOUR_WORDS = new Set(['contralateral', 'second', 'another', 'synchronous', 'metachronous']);

/** Whether a second-tumour word opens the mention or stands right before it. */
function secondTumour(tokens: readonly Token[], mention: RawMention): boolean {
  return SECOND_TUMOUR_WORDS.has(tokens[mention.start]?.norm ?? '') || SECOND_TUMOUR_WORDS.has(tokens[mention.start - 1]?.norm ?? '');
}

/** "prior BCC and transplant-related risk of skin cancer": a risk written between two mentions makes the second a risk of its own, not a restatement. */
function riskBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (RISK_WORDS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}

/** How many tokens after a histology the parenthesis naming its primary may open. */
const PRIMARY_PARENTHESIS_REACH = 12;

/**
 * "NSCLC (adenocarcinoma, RUL primary)", "neuroblastoma (L adrenal primary, MYCN amp)": the organ written right
 * before "primary" in a parenthesis after another histology names the primary's site, a statement of its own, not the histology's
 * site read twice (ANNOTATION.md, an organ-named primary in a parenthesis, or set off by a comma after its histology, is its own mention).
 */
function organNamedPrimary(tokens: readonly Token[], previous: RawMention | undefined, mention: RawMention): boolean {
  const site = mention.site;
  if (previous === undefined || mention.histology?.words !== 'primary' || previous.histology?.words === 'primary') return false;
  if (site === undefined || site.end !== mention.anchorStart || site.start < previous.anchorEnd || site.start - previous.anchorEnd > PRIMARY_PARENTHESIS_REACH) return false;
  // "High-risk neuroblastoma, L adrenal primary, INRG stage M": set off by a comma, the primary is a statement of its own too.
  if (tokens[site.start - 1]?.norm === ',') return true;
  for (let position = site.start - 1; position >= previous.anchorEnd; position--) {
    const text = tokens[position]?.norm;
    if (text === '(') return true;
    if (text === ')') return false;
  }
  return false;
}

/**
 * "3 cm RLQ peritoneal implant, diffuse peritoneal carcinomatosis": two spread words each with its own site written before it
 * are two findings (a dominant implant and the diffuse spread), not one restated, even at one Table row.
 */
function otherDeposit(previous: RawMention, mention: RawMention): boolean {
  const before = previous.site, after = mention.site;
  return mention.column === 'secondary' && before !== undefined && after !== undefined && writtenBefore(before, previous) && writtenBefore(after, mention)
    && before.start !== after.start && previous.histology?.words !== mention.histology?.words;
}

/** Whether the site is written right before its anchor (a report label's site, read from afar, is not). */
function writtenBefore(site: { readonly end: number }, mention: RawMention): boolean {
  return site.end <= mention.anchorStart && site.end >= mention.anchorStart - 1;
}

/** Words right after a reading that weigh it against another ("SCLC vs NSCLC", "SCLC favored"). */
const DIFFERENTIAL_WORDS = new Set(['vs', 'versus', 'vs.']);
const WEIGHING_WORDS = new Set(['favored', 'favoured', 'likely', 'suspected', 'probable']);

/**
 * "presumed lung ca (SCLC vs NSCLC)", "bronchogenic carcinoma, SCLC favored": a type weighed right after it is a reading of
 * its own (as the item after "vs" is), not the tumour before it restated.
 */
function weighedReading(tokens: readonly Token[], mention: RawMention): boolean {
  const next = tokens[mention.end]?.norm ?? '';
  // "primary lung malignancy (SCLC favored …)": a parenthesis restating the diagnosis is one mention (ANNOTATION.md).
  return DIFFERENTIAL_WORDS.has(next) || (WEIGHING_WORDS.has(next) && tokens[mention.start - 1]?.norm !== '(');
}

/** One mention per site token and column: two anchors may reach the same site. */
export function dedupeMentions(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const seen = new Map<number, RawMention>(), kept: RawMention[] = [], components = new Set<string>();
  for (const written of mentions) {
    // Each component a mixed germ cell tumour names, and a GTN naming the choriocarcinoma before it, is a mention of its own, once per site and name.
    const component = germCellComponent(kept, written) ?? restatedChoriocarcinoma(tokens, kept, written);
    if (component !== undefined) {
      const name = `${siteKeyEnd(component)}:${component.histology?.words ?? ''}`;
      if (!components.has(name)) kept.push(component);
      components.add(name);
      continue;
    }
    const mention = written;
    const key = siteKeyEnd(mention) * DEDUPE_COLUMNS + (mention.column === null ? 0 : NEOPLASM_COLUMNS.indexOf(mention.column) + 1);
    const previous = kept[kept.length - 1];
    if (organNamedPrimary(tokens, previous, mention)) {
      kept.push(mention);
      continue;
    }
    // "L breast IDC 3.1 cm, grade 3, TNBC": an abbreviation that names its organ restates the tumour whose site was just written in the sentence.
    const implied = mention.histology?.impliedSite !== undefined && mention.site?.start === mention.anchorStart && previous?.site !== undefined
      && (previous.site.start < previous.anchorStart || previous.site.end > previous.anchorEnd);
    const restated = previous !== undefined && previous.column === mention.column && mention.start - previous.end <= (implied ? IMPLIED_RESTATEMENT_REACH : RESTATEMENT_REACH)
      && tokens[previous.start]?.sentence === tokens[mention.start]?.sentence
      && previous.site !== undefined && mention.site !== undefined && samePath(previous.site.path, mention.site.path)
      && (previous.site.laterality === mention.site.laterality || (implied && mention.site.laterality === undefined)) && !differentialBetween(tokens, previous.end, mention.start)
      && !alternativeBetween(tokens, previous.end, mention.start) && !typeAfterDash(tokens, previous, mention.start)
      && !otherSkinCancer(tokens, previous, mention) && !otherDeposit(previous, mention) && !weighedReading(tokens, mention)
      && !riskBetween(tokens, previous.end, mention.start) && !secondTumour(tokens, mention)
      && !typesCategory(tokens, previous, mention) && !quotedSourceBetween(tokens, previous.end, mention.start);
    if (restated && previous !== undefined) kept[kept.length - 1] = withListedSiteJoined(previous, mention);
    // "POSITIVE FOR MALIGNANCY. Metastatic squamous cell carcinoma": a category's typed diagnosis is an occurrence of its own.
    if (restated || (seen.has(key) && !typesCategory(tokens, seen.get(key), mention))) continue;
    seen.set(key, mention);
    kept.push(mention);
  }
  // A node finding read at its label's region and at the nodes it counts is one mention (nestedNodeReadings.ts).
  return withoutNestedNodeReadings(kept.sort((a, b) => a.start - b.start));
}
