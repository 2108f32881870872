import type { HistologyTerm } from './histologyTerm';
import { isModifier } from './modifierWords';
import type { RawMention } from './rawMention';
import { cueBeforeOver } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import { UNSPECIFIED_SITE } from './siteMatch';
import type { Token } from './tokens';
import { UNTYPED_CANCER_WORDS } from './untypedCancerWords';

/**
 * A carcinoma a plan is conditional on ("If final path shows adenocarcinoma -> refer for pancreaticoduodenectomy", "if
 * adenocarcinoma, plan LUL segmentectomy", "If cytology confirms adenocarcinoma -> switch therapy"): ANNOTATION.md, round 17,
 * "A conditional plan's diagnosis is coded as written, with no site from the lesion it is planned for" ("If bx confirms
 * adenocarcinoma", "If final path shows adenocarcinoma": C80.1, d683, d686, d282): a diagnosis that does not exist is not yet in
 * the patient's pancreas or lung, so a histology that names no organ is the Table's unknown site / Malignant Primary C80.1
 * (Tabular C80.1 Malignant (primary) neoplasm, unspecified), and the trigger "if" makes it hypothetical. A histology that names
 * its organ ("if RCC", "If path shows NSCLC") keeps it, and so does a site the words themselves write ("If pelvic SLNs show …").
 */

/** Words that may stand between "if" and the carcinoma: the test that would show it and its verb ("If final path shows"). */
const RESULT_WORDS: ReadonlySet<string> = new Set([
  'bx', 'biopsy', 'biopsies', 'path', 'pathology', 'final', 'frozen', 'cytology', 'fna', 'surgical', 'core', 'the', 'repeat', 'tissue', 'it', 'this',
  'shows', 'show', 'showing', 'confirms', 'confirm', 'confirmed', 'reveals', 'reveal', 'demonstrates', 'is', 'returns', 'positive', 'for', 'invasive',
  // Round 20 (surgical clinics): the intra-operative test ("if frozen margins show carcinoma", "If frozen section confirms").
  'section', 'sections', 'margin', 'margins',
  // Round 21 (GI surveillance): the plan waits for any of a list of findings ("If any HGD or intramucosal carcinoma -> EMR").
  'any', 'or', 'hgd', 'high-grade', 'dysplasia', 'intramucosal',
  // Round 22: the intra-operative specimen named by its part ("If intra-op frozen of the distal donut shows carcinoma", d848).
  'intra-op', 'intraop', 'intraoperative', 'of', 'distal', 'proximal', 'donut', 'donuts',
]);

/** How many words may stand between "if" and the carcinoma word. */
const REACH = 7;

/** The words that open the condition. */
const CONDITION_WORDS: ReadonlySet<string> = new Set(['if', 'should']);

const isConditionWord: TokenTest = (token) => CONDITION_WORDS.has(token.norm);
const isResultOrModifier: TokenTest = (token) => RESULT_WORDS.has(token.norm) || isModifier(token.norm);

/** Whether a carcinoma word at `start` is what an "if" clause right before it waits for, with only the test's words between. */
function awaitedResult(tokens: readonly Token[], start: number): boolean {
  // The carcinoma's own grade and type words stand between too ("If frozen section confirms a high grade serous carcinoma").
  return cueBeforeOver(tokens, start, REACH + 1, tokens[start]?.sentence, isConditionWord, isResultOrModifier) >= 0;
}

/** How many tokens after the carcinoma a site its own words give may stand ("carcinoma in the groin node"). */
const SITE_AFTER_REACH = 6;

/** Whether the mention's site is written in the condition's own words, between "if" and a few words after the carcinoma. */
function writtenInClause(tokens: readonly Token[], start: number, end: number, mention: RawMention): boolean {
  const site = mention.site;
  if (site === undefined || tokens[site.start]?.sentence !== tokens[start]?.sentence) return false;
  if (site.start < start) return site.start >= start - REACH - 1;
  // After the carcinoma only through a locating preposition: "If bx shows carcinoma, breast MRI" names the study's organ, not the carcinoma's.
  return LOCATING_WORDS.has(tokens[end]?.norm ?? '') && site.end <= end + SITE_AFTER_REACH;
}

/** The prepositions that place a carcinoma at the site written after it. */
const LOCATING_WORDS: ReadonlySet<string> = new Set(['in', 'of', 'at', 'within', 'involving']);

/** The words that name a malignancy with no type or organ, and its abbreviation "ca": "if cancer" is left to the readings of a site-less cancer. */
const UNTYPED_WORDS: ReadonlySet<string> = new Set([...UNTYPED_CANCER_WORDS, 'ca']);

/** The unknown site / Malignant Primary reading of a carcinoma a plan waits for. */
const UNKNOWN_SITE = {
  path: [UNSPECIFIED_SITE], indexCode: 'C80.1',
  indexSource: 'Table of Neoplasms: unknown site or unspecified → Malignant Primary (C80.1); ANNOTATION.md round 17, a conditional plan\'s diagnosis',
} as const;

/**
 * The found mentions of the histology at `start` to `end`, or, when it is a carcinoma naming no organ that an "if" clause waits for,
 * its one mention at the unknown site (C80.1), whatever site the words around it lent it.
 */
export function withConditionalResult(tokens: readonly Token[], start: number, end: number, term: HistologyTerm, found: RawMention[]): RawMention[] {
  if (term.role !== 'primary' || term.impliedSite !== undefined || term.namesLesion === true || term.tissue !== undefined || UNTYPED_WORDS.has(term.words)) return found;
  if (!awaitedResult(tokens, start) || found.some((mention) => writtenInClause(tokens, start, end, mention))) return found;
  const histology: HistologyTerm = { ...term, indexCode: UNKNOWN_SITE.indexCode, indexSource: UNKNOWN_SITE.indexSource };
  return [{ start, end, anchorStart: start, anchorEnd: end, column: 'primary', site: { start, end: start, path: UNKNOWN_SITE.path, lymphNode: false }, histology }];
}
