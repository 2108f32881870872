import { IMAGING_MODALITIES } from './imagingModalities';
import { editionYear } from './editionYears';
import { entryOpensWithDate } from './datedEntry';
import { plannedDate } from './plannedDates';
import type { AssertionTrigger } from './assertionTrigger';
import { HEDGE_ONLY_TERMINATORS, HEDGE_TRANSPARENT_TERMINATORS, ONE_KIND_TERMINATORS, LIST_TRANSPARENT_TERMINATORS, OWNED_CAUSES, POST_HISTORY_TRANSPARENT_TERMINATORS, MAX_HISTORY_SCOPE, MAX_LIST_NEGATION_SCOPE, MAX_SCOPE } from './assertionScopeLimits';
import { cancerDrugNames } from './cancerDrugs';
import { conditionOnCourse } from './conditionalCourse';
import type { FieldBoundaries } from './inlineFields';
import { involvedByCancer } from './ownCancer';
import { firstInSentenceAfter, wordInSentenceWindow } from './sentenceWindow';
import { opensNextClause, sharedJudgement } from './sharedJudgement';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';

/**
 * The scope rules of one trigger (NegEx/ConText): how far it reaches forward or backward, which
 * terminators stop it, and the hedge that stays with the metastasis it names ("suspicious for osseous
 * metastatic disease from prostate cancer": the primary after "from" is not hedged).
 */

export interface TriggerHit {
  readonly start: number;
  readonly end: number;
  readonly trigger: AssertionTrigger;
}

/** How far after a mention a `post` trigger reaches; history ("…, NED since") reaches further. */
const MAX_POST_SCOPE = 3;
const MAX_HISTORY_POST_SCOPE = 20;
const LIST_TRANSPARENT = new Set(LIST_TRANSPARENT_TERMINATORS);
const HEDGE_TRANSPARENT = new Set(HEDGE_TRANSPARENT_TERMINATORS);
const HEDGE_ONLY = new Set(HEDGE_ONLY_TERMINATORS);
const OWNED_CAUSE = new Set(OWNED_CAUSES);
const POST_HISTORY_TRANSPARENT = new Set(POST_HISTORY_TRANSPARENT_TERMINATORS);
/** Words that make a hedge's object a metastasis, so that a primary named after "from" is outside it. */
const METASTASIS_WORDS = new Set(['metastatic', 'metastasis', 'metastases', 'mets', 'met', 'spread', 'metastatic disease']);

/** How far forward a trigger reaches: history leads and list negations reach through a list of conditions. */
function preScope(tokens: readonly Token[], hit: TriggerHit, inList: boolean): number {
  if (hit.trigger.assertion === 'history') return MAX_HISTORY_SCOPE;
  if ((hit.trigger.assertion === 'negated' && inList) || hit.trigger.listScope === true) return MAX_LIST_NEGATION_SCOPE;
  // A differential led by a colon ("ddx: mold (Fusarium), ecthyma (Pseudomonas), leukemia cutis") hedges its whole list, and a
  // consent's risks led by one ("Risks reviewed: fatigue, HA, seizure, …, and new brain mets elsewhere") foresee theirs.
  if ((hit.trigger.assertion === 'uncertain' || hit.trigger.assertion === 'hypothetical') && (tokens[hit.end - 1]?.norm === ':' || tokens[hit.end]?.norm === ':')) return MAX_LIST_NEGATION_SCOPE;
  return MAX_SCOPE;
}

function postScope(trigger: AssertionTrigger): number {
  return trigger.postScope ?? (trigger.assertion === 'history' ? MAX_HISTORY_POST_SCOPE : MAX_POST_SCOPE);
}

/** How far back a hit reaches: further when it closes its clause and its trigger says so ("Bladder cancer, hx (Z85.51)"). */
function postReach(tokens: readonly Token[], hit: TriggerHit): number {
  const closing = hit.trigger.postScopeClosingClause;
  return closing !== undefined && closesClause(tokens, hit.end) ? closing : postScope(hit.trigger);
}

/**
 * Whether a trigger's scope covers the mention, with no terminator and no inline header field (`fields`: "PMH: breast ca,
 * FH: neg", "Denies: chest pain, PMH: lung ca") between them. In a Past Surgical History list
 * (`pastSection`) every operation is past, so a cue that needs a date ("hysterectomy (benign fibroids)") is dated by it.
 */
export function reaches(
  tokens: readonly Token[], hit: TriggerHit, start: number, end: number, terminators: ReadonlyMap<number, string>, fields: FieldBoundaries, inList: boolean, pastSection = false,
): boolean {
  const { direction, assertion } = hit.trigger;
  if ((direction === 'pre' || direction === 'both') && hit.end <= start && start - hit.end <= preScope(tokens, hit, inList) && !closesOwnNoun(tokens, hit)) {
    if (fields.crosses(hit.start, start)) return false;
    // A removal before its tumour is past only on a date, as after it ("lobectomy for follicular adenoma (1994)").
    if (hit.trigger.dated === true && !pastSection && !datedNear(tokens, hit.start)) return false;
    if ((assertion === 'negated' && concludedAfter(tokens, hit.end, start)) || conditionOnCourse(tokens, hit.trigger, end)) return false;
    if ((assertion === 'uncertain' || assertion === 'hypothetical') && subjectOfTransformation(tokens, end)) return false;
    return !anyBetween(terminators, hit.end, start, assertion, inList) && !closedParenthesis(tokens, hit.end, start) && !weighsMetastasisOnly(tokens, hit.end, start, assertion);
  }
  if ((direction === 'post' || direction === 'both') && hit.start >= end && (hit.start - end - studyGap(tokens, end, hit.start) - glossGap(tokens, end, hit) <= postReach(tokens, hit) || judgedSubject(tokens, hit, end))) {
    if (hit.trigger.postOnlyAtClauseEnd === true && !closesClause(tokens, hit.end)) return false;
    if (direction === 'both' && (opensOwnClause(tokens, hit) || qualifiesNextNoun(tokens, hit))) return false;
    if (isParenthesised(tokens, hit) && !sameListItem(tokens, end, hit.start)) return false;
    if (hit.trigger.dated === true && !pastSection && !datedNear(tokens, hit.start)) return false;
    if (hit.trigger.datedAfter === true && (!datedRightAfter(tokens, hit.end) || drugAfter(tokens, hit.end))) return false;
    if (hit.trigger.postStopsAtComma === true && !sameListItem(tokens, end, hit.start)) return false;
    if ((assertion === 'uncertain' || assertion === 'hypothetical') && originOfMetastasis(tokens, start)) return false;
    if (hit.trigger.postScope === 1 && assertion === 'uncertain' && objectOfProgression(tokens, start)) return false;
    if (fields.crossesTopic(end - 1, hit.start)) return false;
    return !anyBetween(terminators, end, hit.start, assertion, false, true);
  }
  return false;
}

/** How many words a judgement closing its clause reaches back over to the diagnosis it predicates. */
const JUDGED_SUBJECT_REACH = 6;
const COPULAS = new Set(['is', 'are', 'was', 'were']);
/** Words that join a reading to its alternative before a closing judgement. */
const ALTERNATIVES = new Set(['or', 'vs', 'versus']);
/** Words that open the reason given for a judgement, which still closes the judged clause ("X was considered given the CD56 pattern"). */
const REASONS = new Set(['given', 'because', 'due', 'since', 'as', 'by']);
/** Prepositions that open the site phrase of a diagnosis ("Leukemic infiltration of the R testis cannot be excluded by US alone"). */
const SITE_PREPOSITIONS = new Set(['of', 'in', 'involving', 'within']);
/** Nouns that close a subtype set off after a diagnosis ("Renal cell carcinoma, clear cell type, favored."). */
const SUBTYPE_NOUNS = new Set(['type', 'subtype', 'variant', 'pattern']);

/**
 * A hedge or a denial closing its clause (or giving its reason next) judges the diagnosis the clause is about, past the words that only qualify
 * it: the rest of its subject before a copula ("A pulmonary metastasis of urothelial origin is not favored.") or a
 * subtype set off by commas ("Renal cell carcinoma, clear cell type, favored."). Nothing else may stand between.
 */
function judgedSubject(tokens: readonly Token[], hit: TriggerHit, end: number): boolean {
  const { assertion } = hit.trigger;
  if (sharedJudgement(tokens, hit, end)) return true;
  if ((assertion !== 'uncertain' && assertion !== 'negated') || !(closesClause(tokens, hit.end) || REASONS.has(tokens[hit.end]?.norm ?? '') || opensNextClause(tokens, hit.end))) return false;
  // Only a hedge: a denial after a dash ("- negative", "- none") may answer a study or a question, not judge the item.
  if (assertion === 'uncertain' && DASHES.has(tokens[hit.start - 1]?.norm ?? '') && tokens[hit.start - 1]?.norm !== ':') return ownItemQualifiers(tokens, end, hit.start - 1);
  if (hit.start - end > JUDGED_SUBJECT_REACH) return false;
  // "Adenocarcinoma in situ or minimally invasive adenocarcinoma cannot be excluded": the readings joined by "or" share the judgement.
  const after = tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ' ? end + 2 : end;
  if (ALTERNATIVES.has(tokens[after]?.norm ?? '')) return wordsOnly(tokens, after + 1, hit.start);
  // "Lymphoma and germ cell tumor less likely given age": readings joined by "and" before one judgement share it too.
  if (tokens[after]?.norm === 'and' && assertion === 'uncertain') return wordsOnly(tokens, after + 1, hit.start);
  // The diagnosis's own site phrase is part of the judged subject, and so is a metastasis's source ("Metastasis from the prior
  // renal cell carcinoma considered unlikely"; the source keeps its own assertion, `originOfMetastasis`).
  if (SITE_PREPOSITIONS.has(tokens[after]?.norm ?? '') || (tokens[after]?.norm === 'from' && METASTASIS_WORDS.has(tokens[end - 1]?.norm ?? ''))) return wordsOnly(tokens, after + 1, hit.start);
  if (COPULAS.has(tokens[hit.start - 1]?.norm ?? '')) return wordsOnly(tokens, end, hit.start - 1);
  const subtype = tokens[end]?.norm === ',' && tokens[hit.start - 1]?.norm === ',' && SUBTYPE_NOUNS.has(tokens[hit.start - 2]?.norm ?? '');
  return subtype && wordsOnly(tokens, end + 1, hit.start - 1);
}

/**
 * "L vestibular schwannoma, 1.3 cm (Koos II) - likely;": a hedge set off by a dash at the end of a list item judges
 * the item's diagnosis past its measurements and grades, when `[from, to)` names no other diagnosis, stays in one sentence
 * and is no longer than a trigger's reach.
 */
function ownItemQualifiers(tokens: readonly Token[], from: number, to: number): boolean {
  if (to - from > MAX_SCOPE) return false;
  const sentence = tokens[from - 1]?.sentence;
  for (let position = from; position < to; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || (token.classes & ANCHOR_LEXICONS) !== 0 || token.norm === ';') return false;
  }
  return true;
}

/** Whether `[from, to)` holds only words of one sentence (no punctuation). */
function wordsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (tokens[position]?.punct !== false || tokens[position]?.sentence !== tokens[from - 1]?.sentence) return false;
  return true;
}

/** Words that name the study a finding was seen on ("adrenal mets on CT vs adenomas"). */
const STUDY_PREPOSITIONS = new Set(['on', 'by', 'per']);
const STUDY_WORDS = IMAGING_MODALITIES;

/**
 * "new bilateral adrenal mets on CT vs adenomas": the study a finding was seen on, right after it, is no word of the
 * clause a post cue must cross; its length is not counted against the cue's reach.
 */
function studyGap(tokens: readonly Token[], end: number, cue: number): number {
  return cue - end >= 2 && STUDY_PREPOSITIONS.has(tokens[end]?.norm ?? '') && STUDY_WORDS.has(tokens[end + 1]?.norm ?? '') ? 2 : 0;
}

/** How many words a parenthesis right after a mention may hold and still be its gloss. */
const GLOSS_WORDS = 3;

/**
 * "low-grade RCC (chromophobe) still possible": a short parenthesis right after the mention glosses it (its subtype, its
 * abbreviation) and is no word of the clause a hedge after it must cross; its length is not counted against the hedge's reach.
 * Other cues keep their reach: a parenthesis there often holds a date or a relative that belongs to the cue's own clause.
 */
function glossGap(tokens: readonly Token[], end: number, hit: TriggerHit): number {
  const cue = hit.start;
  if (tokens[end]?.norm !== '(' || hit.trigger.assertion !== 'uncertain') return 0;
  for (let position = end + 1; position <= end + GLOSS_WORDS + 1 && position < cue; position++) {
    if (tokens[position]?.norm === ')') return position - end + 1;
  }
  return 0;
}

/**
 * "Thyroid nodule hx (see above), uterine fibroids": a two-way history cue written after a noun of its sentence and
 * followed by punctuation closes that noun's phrase, so it leads nothing after it ("pt has hx colon cancer"
 * and "PMH: HTN, hx colon cancer" still lead).
 */
function closesOwnNoun(tokens: readonly Token[], hit: TriggerHit): boolean {
  // Only a history word closes its noun this way: a relative set off by punctuation still leads ("daughter (lives in AZ) - breast cancer").
  if (hit.trigger.direction !== 'both' || hit.trigger.assertion !== 'history') return false;
  const before = tokens[hit.start - 1];
  const after = tokens[hit.end];
  // A colon opens what the history holds ("Oncologic hx: breast cancer 2015").
  const closes = after === undefined || (after.punct && after.norm !== ':' && after.norm !== '-') || after.sentence !== before?.sentence;
  return before !== undefined && !before.punct && before.sentence === tokens[hit.start]?.sentence && closes;
}

/** Whether a terminator stands in `[from, to)` that stops a trigger of this kind. */
function anyBetween(
  terminators: ReadonlyMap<number, string>, from: number, to: number, assertion: AssertionTrigger['assertion'], inList: boolean, backward = false,
): boolean {
  for (let position = from; position < to; position++) {
    const word = terminators.get(position);
    if (word === undefined) continue;
    if (backward && ((assertion === 'history' && POST_HISTORY_TRANSPARENT.has(word)) || OWNED_CAUSE.has(word))) continue;
    if (HEDGE_ONLY.has(word) && assertion !== 'uncertain' && assertion !== 'hypothetical') continue;
    if (ONE_KIND_TERMINATORS.has(word) && ONE_KIND_TERMINATORS.get(word) !== assertion) continue;
    if (inList && assertion === 'negated' && LIST_TRANSPARENT.has(word)) continue;
    if ((assertion === 'uncertain' || assertion === 'hypothetical') && HEDGE_TRANSPARENT.has(word)) continue;
    // "No evidence of new mets", "no new lesions": right after the denial, "new" is the denied noun's adjective, not a new clause.
    if (assertion === 'negated' && !backward && position === from && HEDGE_TRANSPARENT.has(word)) continue;
    return true;
  }
  return false;
}

/**
 * "Suspicious for osseous metastatic disease from prostate cancer", "high risk of brain mets in SCLC": a
 * hedge or a risk whose object is a metastasis does not reach the primary named after "from" or "in"
 * (the cancer the spread comes from is known, not in doubt). "Likely from a colorectal primary" hedges
 * the primary itself: no metastasis word stands between the hedge and "from" there. A denial does the same
 * across "from" only ("No evidence of osseous metastatic disease from the prior breast cancer": the spread is
 * denied, the cancer it would come from is not), since "no metastatic disease in the liver" denies the place.
 */
function weighsMetastasisOnly(tokens: readonly Token[], from: number, to: number, assertion: AssertionTrigger['assertion']): boolean {
  const hedge = assertion === 'uncertain' || assertion === 'hypothetical';
  if (!hedge && assertion !== 'negated') return false;
  let metastasis = false;
  for (let position = from; position < to; position++) {
    const word = tokens[position]?.norm ?? '';
    if (METASTASIS_WORDS.has(word)) metastasis = true;
    else if ((word === 'from' || (hedge && word === 'in')) && metastasis) return true;
    // "… most likely, i.e. pericardial involvement by her lung cancer": the hedge weighs the involvement, not its source.
    else if (word === 'by' && tokens[position - 1]?.norm === 'involvement' && involvedByCancer(tokens, position - 1)) return true;
  }
  return false;
}

/**
 * "R frontal focus w/o enhancement: hemorrhagic met vs cavernoma", "mass with fat, no calcification -> c/w angiomyolipoma": a
 * colon or an arrow after the words a negation denies closes its phrase and opens the finding's reading, which the
 * negation does not reach. A colon right after the cue ("Negative for: …") opens the denied list itself.
 */
function concludedAfter(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from + 1; position < to; position++) {
    const word = tokens[position]?.norm;
    if (word === ':' || word === '→' || (word === '>' && (tokens[position - 1]?.norm === '-' || tokens[position - 1]?.norm === '='))) return true;
  }
  return false;
}

/** How many words may stand between "from" and the histology word ("met from prior RCC", "mets from his known colon cancer"). */
const ORIGIN_REACH = 4;

/**
 * "Osseous met from prior RCC vs plasmacytoma": a hedge after the primary a metastasis comes from weighs the
 * metastasis, not the primary (the backward form of `weighsMetastasisOnly`).
 */
function originOfMetastasis(tokens: readonly Token[], start: number): boolean {
  for (let position = start - 1; position >= start - ORIGIN_REACH; position--) {
    const token = tokens[position];
    if (token === undefined || token.punct) return false;
    if (token.norm === 'from') return METASTASIS_WORDS.has(tokens[position - 1]?.norm ?? '') || METASTASIS_WORDS.has(tokens[position - 2]?.norm ?? '');
  }
  return false;
}

/** Verbs that make the disease before them the source of a transformation ("the MDS is turning into leukemia"). */
const TRANSFORMING = new Set(['turning', 'transforming', 'evolving', 'progressing', 'transformed', 'evolved', 'progressed']);

/**
 * "Pt asking if the MDS is turning into leukemia", "worried whether her CLL is transforming": a doubt or a condition about a
 * transformation weighs the disease it would turn into; the disease it starts from is presupposed, so the cue does not reach it.
 * Only a copula may stand between the disease and the verb.
 */
function subjectOfTransformation(tokens: readonly Token[], end: number): boolean {
  const verb = COPULAS.has(tokens[end]?.norm ?? '') ? end + 1 : end;
  return TRANSFORMING.has(tokens[verb]?.norm ?? '') && tokens[verb]?.sentence === tokens[end - 1]?.sentence;
}

/** How many words (the determiner and the site words of the mention) may stand between "progression of" and the histology word. */
const PROGRESSION_REACH = 4;

/**
 * "Likely progression of liver metastases vs early biliary obstruction": the alternative after "vs" is weighed
 * against the progression, which presupposes the disease, so the differential does not reach back to the disease.
 * `anchor` is the mention's histology word.
 */
function objectOfProgression(tokens: readonly Token[], anchor: number): boolean {
  for (let before = anchor - 1; before >= anchor - PROGRESSION_REACH; before--) {
    const token = tokens[before];
    if (token === undefined || token.punct) return false;
    if (token.norm === 'of') return tokens[before - 1]?.norm === 'progression';
  }
  return false;
}

/** How far from a cue a date or a year dates it. */
const DATE_REACH = 24;
/** A year, a date, or a decade ("1970s", "'90s"). */
export const DATE = /^(?:(?:19|20)\d\d|(?:19|20)?\d0s|\d{1,2}\/(?:\d{1,2}\/)?\d{2,4})$/;

/**
 * Whether a year or a date ("2023", "04/2024", "10/12/21") stands within `DATE_REACH` tokens in the
 * cue's sentence or the clause before it ("Colonoscopy 04/2024: anastomosis healthy; adenoma removed").
 */
function datedNear(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence ?? 0;
  for (let position = Math.max(0, index - DATE_REACH); position <= index + DATE_REACH && position < tokens.length; position++) {
    const token = tokens[position];
    // "10 years ago" dates a cue as a year does.
    // A plan's date ("WLE …, scheduled 12/10") or a guideline's edition ("ASCCP 2019") dates no past removal.
    if (token !== undefined && token.sentence >= sentence - 1 && token.sentence <= sentence && (pastDate(tokens, position) || token.norm === 'ago')) return true;
  }
  return entryOpensWithDate(tokens, index, (position) => pastDate(tokens, position));
}

/** Whether the token is a date of the patient's course: not a plan's date nor a guideline's edition. */
function pastDate(tokens: readonly Token[], position: number): boolean {
  const token = tokens[position];
  return token !== undefined && DATE.test(token.norm) && !plannedDate(tokens, position) && !editionYear(tokens, position);
}

/** How many tokens after a course the date that dates it may stand ("s/p R-CHOP x6 2019", "and RT in 2012", "RT (2012)"). */
const COURSE_DATE_REACH = 4;

/** Whether a date follows the token at `from` closely, in its sentence. */
function datedRightAfter(tokens: readonly Token[], from: number): boolean {
  return firstInSentenceAfter(tokens, from, COURSE_DATE_REACH, tokens[from - 1]?.sentence, (token) => DATE.test(token.norm)) >= 0;
}

/** How far after a completed course a drug given next is looked for ("s/p chemoradiation 2024, durvalumab consolidation"). */
const NEXT_DRUG_REACH = 12;
/** Drug names are single tokens here; the multi-word ones are left to the "on <drug>" cues. */
const DRUG_NAMES: ReadonlySet<string> = new Set(cancerDrugNames().filter((name) => !name.includes(' ')));

/** Whether an anticancer drug follows a completed course in its sentence: the treatment goes on with it. */
function drugAfter(tokens: readonly Token[], from: number): boolean {
  return wordInSentenceWindow(tokens, from, from, { words: DRUG_NAMES, sentence: tokens[from - 1]?.sentence, after: NEXT_DRUG_REACH });
}

/** Whether the clause ends right after `index` (punctuation, a sentence end, or the end of the text). */
function closesClause(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index];
  return next === undefined || next.punct || next.sentence !== tokens[index - 1]?.sentence;
}

/** Whether the cue stands alone in parentheses ("cervical ca 2005 (resolved)", "AML (current)"). */
export function isParenthesised(tokens: readonly Token[], hit: TriggerHit): boolean {
  return tokens[hit.start - 1]?.norm === '(' && tokens[hit.end]?.norm === ')';
}

/**
 * Whether no comma or semicolon stands in `[from, to)`: a parenthesised status speaks for its own item of
 * a list ("AML (current), HTN, cervical ca 2005 (resolved)"), not for the items before it.
 */
export function sameListItem(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) {
    const word = tokens[position]?.norm;
    if (word === ',' || word === ';') return false;
  }
  return true;
}

/**
 * Whether a parenthesis closes between a cue and a later mention with no parenthesis opened after the cue
 * ("DDx: metastasis (given melanoma hx) vs glioma"): a cue inside a parenthetical speaks only within it;
 * "history of breast cancer (ER+) and colon cancer" opens and closes its own, so the lead reads on.
 */
function closedParenthesis(tokens: readonly Token[], from: number, to: number): boolean {
  let depth = 0;
  for (let position = from; position < to; position++) {
    const word = tokens[position]?.norm;
    if (word === '(') depth++;
    else if (word === ')' && --depth < 0) return true;
  }
  return false;
}

/** Words that join a second finding to the first ("lung cancer with possible brain metastases"). */
const JOINING_WORDS = new Set(['with', 'and', '+']);

/**
 * "Known lung cancer with possible brain metastases": a two-way hedge after a joining word, with words after it, is the
 * adjective of the finding it introduces; it does not reach back to the one before ("lymphoma, possible" still does).
 */
function qualifiesNextNoun(tokens: readonly Token[], hit: TriggerHit): boolean {
  const before = tokens[hit.start - 1]?.norm ?? '';
  // "w/" is read as two tokens.
  const joined = JOINING_WORDS.has(before) || (before === '/' && tokens[hit.start - 2]?.norm === 'w');
  return hit.trigger.assertion === 'uncertain' && joined && !closesClause(tokens, hit.end);
}

const DASHES = new Set(['-', '–', '—', ':']);

/**
 * Whether a two-way cue opens a clause of its own after a dash or a colon and has words after it
 * ("peritoneal carcinomatosis - suspected primary ovarian carcinoma"): its object follows it, so it does
 * not reach back; closing its clause ("liver mets - suspected.") it does.
 */
function opensOwnClause(tokens: readonly Token[], hit: TriggerHit): boolean {
  return DASHES.has(tokens[hit.start - 1]?.norm ?? '') && !closesClause(tokens, hit.end);
}
