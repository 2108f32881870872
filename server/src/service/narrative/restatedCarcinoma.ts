import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import { lastAtOrBefore } from '../sortedSearch';
import type { SiteMatch } from './siteFinder';
import { UNSPECIFIED_SITE } from './siteMatch';
import { deniedWhereWritten } from './deniedSpread';
import { foreseenWhereWritten } from './foreseenPrimary';
import { qualifiedAsResidual } from './residualCarcinoma';
import { statesReturn } from './relapseWords';
import { currentOrganPrimaries } from './pastPrimaries';
import { labelledTissueResult } from './labelledTissueResult';
import { ownCancerRestated } from './ownCancer';
import { concludedPrimaryAfter } from './concludedPrimary';
import { surveyedOtherLesions } from './otherLesions';
import { isBenignMorphology } from './benignMorphology';
import { namesCarcinoma, type ResultsRanges, restatesOutsideReport } from './writtenCarcinoma';
import type { Token } from './tokens';
import { UNTYPED_CANCER_WORDS } from './untypedCancerWords';
import { weighedAgainstTreatment } from './treatmentEffect';
import { sentenceNamesOwnOrgan, spreadOrgansOf } from './ownOrganSentence';

/**
 * A carcinoma that a tissue result names with no site of its own and no organ the report gives it
 * ("perihilar cholangiocarcinoma (brushings: adenocarcinoma; CA 19-9 870)", "Final path: endometrioid
 * adenocarcinoma, FIGO grade 2" after "TLH/BSO for endometrial ca") is the pathology of the cancer the
 * encounter documents, coded at that cancer's site (Index: "Carcinoma — see also Neoplasm, by site,
 * malignant"; the site is the one the note gives the tumour). It is read so only when every primary
 * malignancy the encounter names with a site is of one organ: with two organs (a second primary, a
 * history of another one) the result may be either, and it gives nothing, as before. A relative's cancer
 * ("FH: brother - pancreatic cancer, father - colon ca") is no candidate: the patient's specimen cannot be of it.
 * A site-less "tumor" restating the patient's tumour ("residual tumor", "the tumor") is read the same way, more narrowly: only
 * where no neoplasm of another organ (but a benign or in-situ one) and no distant spread is written (ANNOTATION.md, "Tumor" of a proven cancer).
 * With distant spread only, a "tumor" whose own sentence names a site of the one organ and none of the spread's is placed too (ownOrganSentence.ts).
 */

/**
 * Whether a site-less primary histology waits for the encounter's one cancer organ (not a lesion word or a bone or soft-tissue
 * tumour, `restatedSite.ts`): a typed carcinoma at a named tissue result,
 * or any carcinoma word, a bare "malignancy" included, that a residual or recurrence word makes the patient's cancer restated
 * ("no residual carcinoma identified", "no evidence of recurrent malignancy"; `residualCarcinoma.ts`), or whose return the words
 * after it state ("the cancer coming back", `relapseWords.ts`; `end` is the word's end).
 */
export function restatesEncounterCarcinoma(term: HistologyTerm, column: NeoplasmColumn | null, tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, end = start + 1): boolean {
  if (column !== 'primary' || term.namesLesion === true || term.tissue !== undefined) return false;
  // A site-less "cancer" or "malignancy" names no type: it is a history's or a relative's (unspecifiedCancer.ts) unless restated here.
  const untyped = UNTYPED_CANCER_WORDS.has(term.words);
  if (qualifiedAsResidual(tokens, start) || statesReturn(tokens, end)) return true;
  // "not related to his cancer", "his cancer is progressing": a determiner makes a bare cancer word the patient's own (ownCancer.ts).
  if (untyped && ownCancerRestated(tokens, sites, start, end)) return true;
  // "adenocarcinoma, c/w pancreatic primary": the sentence names the histology's organ as the primary (concludedPrimary.ts).
  if (concludedPrimaryAfter(tokens, sites, end)) return true;
  return !untyped && labelledTissueResult(tokens, sites, start);
}

/**
 * A typed carcinoma written with no site of its own and no other reading in a pathology report, from its first pathology section on
 * (`reportStart`: "COMMENT: The carcinoma is MMR-proficient", "MICROSCOPIC: Sections show … gland-forming adenocarcinoma with dirty
 * necrosis"): the report's diagnosis restated, as a coder reads it, so it waits for the encounter's one cancer organ
 * (`restatedOnly`) and is dropped where the note names cancers of two organs. Only a word of the carcinoma family: "Ca" is calcium
 * as often, and a lesion word, a tissue's sarcoma or a carcinoma called metastatic are read by their own rules.
 */
export function restatedTypedCarcinoma(
  tokens: readonly Token[], report: { readonly reportStart?: number; readonly results?: ResultsRanges }, start: number, end: number, term: HistologyTerm, metastatic: boolean,
): RawMention | undefined {
  // Outside a report, as a clinician restates the diagnosis in a note's history or plan (writtenCarcinoma.ts).
  const inReport = report.reportStart !== undefined && start >= report.reportStart;
  if (!inReport && !restatesOutsideReport(tokens, start, end, report.results)) return undefined;
  if (metastatic || term.role !== 'primary' || UNTYPED_CANCER_WORDS.has(term.words) || term.words === 'primary' || !namesCarcinoma(term.words)) return undefined;
  if (term.namesLesion === true || term.tissue !== undefined || term.impliedSite !== undefined || term.nodesOnly === true) return undefined;
  return { start, end, anchorStart: start, anchorEnd: end, column: 'primary', histology: term, restatedOnly: true };
}

/**
 * The words before a site-less "tumor" that make it the patient's tumour restated ("the tumor", "residual tumor", "no visible
 * tumor", "recurrent tumor"), or nothing before it in its sentence; any other word may make it a type of its own ("Leydig cell
 * tumor", "serous tumor") or a property's object ("Karyotype on tumor"), which is no restatement.
 */
const RESTATING_WORDS = new Set([
  'the', 'his', 'her', 'their', 'this', 'no', 'any', 'residual', 'recurrent', 'viable', 'visible', 'gross', 'current', 'known', 'necrotic',
  'remaining', 'enhancing', 'true', 'primary', 'whole', 'entire', 'untreated', 'treated', 'active',
]);

/**
 * Words of a gross description or a measurement before a site-less "tumor" ("3.5 cm broad-based papillary tumor", "1 cm
 * papillary tumor at the dome", "The L lateral wall tumor was resected", "large fungating tumor"): they describe the lesion
 * the operation or the endoscopy sees, the patient's tumour, and name no type of their own.
 */
const DESCRIBING_WORDS = new Set([
  'cm', 'mm', 'papillary', 'sessile', 'broad-based', 'pedunculated', 'exophytic', 'fungating', 'ulcerated', 'ulcerating', 'friable',
  'bulky', 'large', 'small', 'big', 'palpable', 'obstructing', 'circumferential', 'wall', 'dome', 'index', 'dominant', 'main',
  // "resection of intra-axial tumor", "Stable residual non-enhancing tumor": where the lesion lies and how it enhances describe it, as
  // an image or the operation sees it, and name no type of their own.
  'intra-axial', 'extra-axial', 'non-enhancing', 'nonenhancing',
]);

/** Qualifiers that make "primary tumor" a new neoplasm (ANNOTATION.md, round 17: "A qualified primary names a new cancer"). */
const NEW_PRIMARY_QUALIFIERS = new Set(['new', 'second', 'separate', 'novo', 'synchronous', 'metachronous', 'another', 'different']);

/**
 * The course nouns that make a "tumor" written before them the patient's tumour, whatever word precedes it ("edema from tumor
 * progression", "necrosis over tumor progression", "no local tumor progression"): the words name the course of the tumour the
 * encounter treats, as "progression of the tumor" does.
 */
const COURSE_NOUNS = new Set(['progression', 'recurrence', 'regrowth', 'relapse']);

/** Whether a site-less lesion word may restate the encounter's cancer (`RESTATING_WORDS`, or a course noun after it: `COURSE_NOUNS`). */
export function mayRestateTumour(tokens: readonly Token[], start: number, end = start + 1): boolean {
  // "No other tumors", "no papillary tumors": a survey for new lesions of the cancer's organ (otherLesions.ts), placed with an unspecified behaviour.
  if (surveyedOtherLesions(tokens, start, end)) return true;
  const before = tokens[start - 1];
  // "Tumor 8.4 cm, confined to kidney": a measurement after the word makes it the object of a measurement label, no mention (ANNOTATION.md, round 17).
  if (isMeasure(tokens[end]) && tokens[end]?.sentence === tokens[start]?.sentence) return false;
  if (before === undefined || before.sentence !== tokens[start]?.sentence) return true;
  // "a new primary tumor", "second primary tumor": a qualified primary names a new neoplasm, not the patient's tumour restated.
  if (before.norm === 'primary' && NEW_PRIMARY_QUALIFIERS.has(tokens[start - 2]?.norm ?? '')) return false;
  if (RESTATING_WORDS.has(before.norm) || DESCRIBING_WORDS.has(before.norm)) return true;
  // "elevated rCBV favoring tumor" beside "radiation necrosis": a tumour weighed against its treatment's effect is the treated one (treatmentEffect.ts).
  if (weighedAgainstTreatment(tokens, start, end)) return true;
  const after = tokens[end];
  return after !== undefined && after.sentence === tokens[start]?.sentence && COURSE_NOUNS.has(after.norm);
}

/** Whether a token is a number ("8.4", "3"), as a measurement writes it. */
function isMeasure(token: Token | undefined): boolean {
  const code = token?.norm.charCodeAt(0) ?? 0;
  return code >= 0x30 && code <= 0x39;
}

/** A site-less carcinoma at a tissue result, waiting for the encounter's one organ (mentions.ts marks it `restatedOnly`). */
export function isPendingCarcinoma(mention: RawMention): boolean {
  return mention.restatedOnly === true && mention.site === undefined && mention.histology !== undefined && mention.histology.tissue === undefined;
}

/**
 * A primary malignancy written with a site of an organ (not a lymph node, which has no primary cell, nor the unknown site a
 * conditional plan's carcinoma is coded at: "If the frozen of the donut shows carcinoma" names no second organ; conditionalResult.ts).
 */
export function isOrganPrimary(mention: RawMention): mention is RawMention & { readonly site: SiteMatch } {
  return mention.column === 'primary' && mention.restatedOnly !== true && mention.site !== undefined && !mention.site.lymphNode && !atUnknownSite(mention);
}

/** Whether a mention is placed at the Table's unknown site (C80.1), which is no organ. */
function atUnknownSite(mention: RawMention): boolean {
  return mention.site?.path[0] === UNSPECIFIED_SITE;
}

/**
 * The mentions, with each site-less tissue carcinoma placed at the encounter's one cancer organ when there is one;
 * `aboutRelative` tells a relative's cancer (a Family History block or a relative in its sentence) from the patient's.
 */
export function withRestatedCarcinomas(
  mentions: readonly RawMention[], aboutRelative: (mention: RawMention) => boolean, tokens: readonly Token[], past: (mention: RawMention) => boolean,
  sites: readonly (SiteMatch | undefined)[],
): readonly RawMention[] {
  if (!mentions.some(isPendingCarcinoma)) return mentions;
  // A carcinoma denied where it is written ("No invasive carcinoma" of a polyp) is no cancer of the patient's to restate.
  const patients = mentions.filter((mention): mention is RawMention & { readonly site: SiteMatch } => isOrganPrimary(mention) && !aboutRelative(mention) && !deniedWhereWritten(tokens, mention));
  // A cancer of another organ written as past ("hx of papillary thyroid carcinoma s/p thyroidectomy 2008") is no candidate
  // (pastPrimaries.ts); a result written as past itself may then be that cancer's, and is left unplaced. The Minimum Data Set's
  // checked "I0100 Cancer" item, an active diagnosis, is the current cancer too (d707).
  const primaries = currentOrganPrimaries(patients, past);
  const organ = primaries[0]?.site.path[0];
  if (organ === undefined) return mentions;
  const pastSetAside = primaries.length !== patients.length;
  // In an encounter with distant spread "the tumor" of an image may be a metastasis ("radiation necrosis vs residual tumor" of a brain met),
  // but not "the primary tumor"; a spread denied where it is written ("No liver or peritoneal mets at exploration") is none.
  // "The tumor" is the one organ's only where no neoplasm of another organ is written either, but a benign or in-situ one (a pituitary
  // adenoma beside a denied adrenocortical carcinoma leaves "Residual tumor" open); a benign or in-situ one of another organ (colon
  // adenomas, an excised melanoma in situ) is not the tumour whose recurrence or progression the cancer's course weighs, nor is a
  // cancer of another organ written as past ("Remote basal cell ca of nose excised 2015"): it is no longer current (Guideline I.C.2.d).
  const distant = mentions.filter((mention) => mention.column === 'secondary' && mention.site?.lymphNode !== true && !deniedWhereWritten(tokens, mention));
  const otherOrgan = mentions.some((mention) => mention.column !== 'secondary' && mention.column !== 'benign' && mention.column !== 'in-situ' && !isBenignMorphology(mention) && mention.site !== undefined && !mention.site.lymphNode && mention.site.path[0] !== organ && !aboutRelative(mention) && !past(mention)
      && !atUnknownSite(mention));
  const spread = distant.length > 0 || otherOrgan;
  // With spread only (no neoplasm of another organ), "tumor" whose own sentence names a site of the one primary's organ and none of the
  // spread's ("tumor now narrowing the distal trachea and R mainstem" of a lung primary) is that primary's growth (ownOrganSentence.ts).
  const spreadOrgans = spreadOrgansOf(distant);
  const grownInOrgan = (mention: RawMention): boolean => !otherOrgan && sentenceNamesOwnOrgan(tokens, sites, mention.start, organ, spreadOrgans);
  // A melanoma or lymphoma takes its code from its type, not its site: only a carcinoma's site is restated.
  const carcinomas = primaries.filter((primary) => primary.morphology === undefined && primary.histology !== undefined);
  // A lesion word restates a proven cancer only: one the note only foresees ("possibility of … bladder cancer") leaves it a tumour (foreseenPrimary.ts).
  const unproven = carcinomas.every((primary) => foreseenWhereWritten(tokens, primary));
  const heldBack = (mention: RawMention): boolean => mention.histology?.namesLesion === true && ((spread && tokens[mention.start - 1]?.norm !== 'primary' && !grownInOrgan(mention)) || unproven);
  const nearestTo = nearestFinder(carcinomas);
  const place = (mention: RawMention): RawMention => {
    const placed = restated(mention, nearestTo(mention.anchorStart));
    // A survey for other lesions of the organ names new lesions whose behaviour nobody has proven (Index: Tumor — see Neoplasm, unspecified behavior).
    return surveyedOtherLesions(tokens, mention.start, mention.end) && placed.site !== undefined ? { ...placed, column: 'unspecified' } : placed;
  };
  return mentions.map((mention) => (isPendingCarcinoma(mention) && !(pastSetAside && past(mention)) && !heldBack(mention) ? place(mention) : mention));
}

/**
 * The finder of the primary nearest a result, before or after it: its site and side are the ones the note gives the tumour there.
 * Nearest on either side, not the last one before as a recurrence is placed (`ownOrganRecurrence.ts`, whose neoplasm is named before
 * its return is spoken of): a result is often written above the naming whose site it takes, as a note's Objective stands above its
 * Assessment ("EGD 11/24/2026: … bx x6 - no residual carcinoma" above "A: 1. Distal esophageal adenocarcinoma", d153). The
 * primaries are ordered by position once and each result's look-up is a binary search, so a note of many results and many primaries
 * costs no walk over every primary for every result. At equal distance the primary listed first is the one. When the note names the
 * same tumour's site more narrowly elsewhere ("colon cancer" near the result, "sigmoid colon adenocarcinoma" in the history), the
 * narrower naming is taken: it is the same cancer, and its code is the one the record documents most specifically.
 */
export function nearestFinder(primaries: readonly (RawMention & { readonly site: SiteMatch })[]): (at: number) => RawMention | undefined {
  // Positions in order, and for equal positions the primary listed first first.
  const order = primaries.map((_, index) => index).sort((a, b) => (primaries[a]?.anchorStart ?? 0) - (primaries[b]?.anchorStart ?? 0) || a - b);
  const starts = order.map((index) => primaries[index]?.anchorStart ?? 0);
  const narrowest = narrowestNamings(primaries);
  /** The first index in `order` of the primaries at the position of `order[last]`, the one listed first there. */
  const firstAtSamePosition = (last: number): number => lastAtOrBefore(starts, starts.length, (starts[last] ?? 0) - 1) + 1;
  const nearest = (at: number): (RawMention & { readonly site: SiteMatch }) | undefined => {
    const before = lastAtOrBefore(starts, starts.length, at - 1);
    const after = before + 1 < order.length ? before + 1 : -1;
    const earlier = before >= 0 ? firstAtSamePosition(before) : -1;
    if (earlier < 0) return after < 0 ? undefined : primaries[order[after] ?? 0];
    if (after < 0) return primaries[order[earlier] ?? 0];
    const gapBefore = at - (starts[earlier] ?? 0);
    const gapAfter = (starts[after] ?? 0) - at;
    const pick = gapBefore < gapAfter || (gapBefore === gapAfter && (order[earlier] ?? 0) < (order[after] ?? 0)) ? earlier : after;
    return primaries[order[pick] ?? 0];
  };
  return (at) => {
    const chosen = nearest(at);
    return chosen === undefined ? undefined : narrowest(chosen);
  };
}

/**
 * For a chosen primary, the primary whose site continues the chosen one's path (same side, or any side when the chosen one has
 * none) most deeply, the first listed among equals; the chosen one itself when none does. The deepest primary under every path
 * prefix and side is indexed once, so the look-up reads no list of primaries.
 */
function narrowestNamings(primaries: readonly (RawMention & { readonly site: SiteMatch })[]): (chosen: RawMention & { readonly site: SiteMatch }) => RawMention {
  const deepest = new Map<string, RawMention & { readonly site: SiteMatch }>();
  const keep = (key: string, primary: RawMention & { readonly site: SiteMatch }): void => {
    const held = deepest.get(key);
    if (held === undefined || primary.site.path.length > held.site.path.length) deepest.set(key, primary);
  };
  for (const primary of primaries) {
    const { path, laterality } = primary.site;
    for (let length = 1; length <= path.length; length++) {
      const prefix = path.slice(0, length).join('\u0000');
      keep(`${prefix}|*`, primary);
      if (laterality !== undefined) keep(`${prefix}|${laterality}`, primary);
    }
  }
  return (chosen) => {
    const found = deepest.get(`${chosen.site.path.join('\u0000')}|${chosen.site.laterality ?? '*'}`);
    return found !== undefined && found.site.path.length > chosen.site.path.length ? found : chosen;
  };
}

/**
 * The site is the tumour's, placed at the result's histology word (the mention is the result's words only);
 * a tumour the Index codes by its name ("hilar cholangiocarcinoma" C24.0) gives the result that code too.
 */
export function restated(mention: RawMention, tumour: RawMention | undefined): RawMention {
  const site = tumour?.site;
  const histology = mention.histology;
  if (site === undefined || histology === undefined) return mention;
  const indexCode = tumour?.histology?.indexCode;
  const coded = indexCode === undefined ? histology : { ...histology, indexCode, ...(tumour?.histology?.indexSource === undefined ? {} : { indexSource: tumour.histology.indexSource }) };
  // "the tumor" of the encounter's one cancer is that cancer (ANNOTATION.md, "Tumor" of a proven cancer): its column too.
  const column = histology.namesLesion === true ? tumour?.column ?? mention.column : mention.column;
  return { ...mention, column, histology: coded, site: { ...site, start: mention.anchorStart, end: mention.anchorStart }, restatedOnly: false };
}
