import { LIST_MARKERS, opensListItem, sentenceStartOf } from './listLead';
import { settleConflicts } from './assertionConflicts';
import { hedgeReaches, withFlags } from './assertionFlags';
import { hedgedAfterCue, settleHedgedSpread } from './hedgedSpread';
import { lastAtOrBefore } from '../sortedSearch';
import { type Span, spanOf } from '../spans';
import { MAX_HISTORY_SCOPE, MAX_LIST_NEGATION_SCOPE, MAX_SCOPE } from './assertionScopeLimits';
import type { AssertionTrigger } from './assertionTriggers';
import { affirmedQuestion, answeredQuestion, answeredRuleOut } from './answeredQuestion';
import { datedCourseBefore } from './courseGloss';
import { activeFor, keepsCurrent, newPrimariesOfTheSkin, noActiveCues, noteActiveCue, treatedNow } from './assertionActive';
import { riskListCue } from './assertionRisk';
import { matchTriggerAt } from './assertionTriggerMatch';
import { biopsyRuleOut, stagingRuleOut } from './assertionStaging';
import { consentRisk } from './consentRisk';
import { CHECKED_NO } from './checkboxTriggers';
import { HAEMATOLOGIC_CODE } from './watchedDiseaseTriggers';
import { type TriggerHit, isParenthesised, reaches } from './assertionScope';
import { questionAnswerWord } from './answerWord';
import { questionClosedBefore } from './questionPhrase';
import { deniesFeaturesAfter } from './deniedFeatures';
import type { Assertion, AssertionEvidence, SectionKind } from './model';
import type { PhraseMatcher } from './phraseMatcher';
import { FieldBoundaries } from './inlineFields';
import type { Token } from './tokens';
import { LEXICON_CLASS } from './wordClasses';

/**
 * Decides each mention's assertion, NegEx/ConText style: the triggers of its sentence that reach it (a `pre` trigger before
 * it, a `post` trigger shortly after it, no terminator in between), then the section's default (Family History → family;
 * Past Medical/Surgical History → history unless the sentence says the disease is active). When several triggers reach a
 * mention, negation wins, then family, hypothetical, history (unless the disease is said active) and uncertainty.
 */
/** How far after a mention hits are looked at (post triggers, the opening of the next sentence). */
const WINDOW_AFTER = 60;
/**
 * History cues that also speak for the sentence before them when they open the next one ("… s/p
 * mastectomy, pCR. Now on surveillance, NED."); further into that sentence they belong to its own diagnosis.
 */
const NEXT_SENTENCE_HISTORY = new Set(['ned', 'no evidence of disease', 'no evidence of recurrence', 'no evidence of recurrent disease', 'no recurrence', 'without recurrence', 'w/o recurrence',
  'without evidence of recurrence', 'w/o evidence of recurrence', 'without evidence of disease', 'without evidence of recurrent disease']);
/** Sections whose sentences are pertinent-negative lists ("Negative for: fever, …, skin cancer"). */
const LIST_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set<SectionKind | undefined>(['review-of-systems', 'exam']);
/** Cues in the next sentence that make a history current again ("h/o tonsil SCC. Now … regional recurrence."). */
const RECURRENCE = new Set(['recurrence', 'recurrent', 'relapse', 'relapsed', 'progression', 'progressing', 'progressed']);

/** Whether an active cue opens its sentence as a treatment continued ("Breast cancer, NED. Continue anastrozole."). */
function continuesTreatment(tokens: readonly Token[], hit: TriggerHit): boolean {
  return hit.trigger.opensNext === true && tokens[hit.start - 1]?.sentence !== tokens[hit.start]?.sentence;
}
const LONGEST_PRE_SCOPE = Math.max(MAX_SCOPE, MAX_HISTORY_SCOPE, MAX_LIST_NEGATION_SCOPE);
const FAMILY_NEGATIONS = new Set(['no family history of', 'no family hx of', 'no fam hx of', 'no fh of']);
const HISTORY_NEGATIONS = new Set(['no personal history of', 'no personal hx of', 'no hx of', 'no history of', 'never had', 'never had any', 'never been diagnosed with', 'never diagnosed with']);
/** The nouns a denied cancer may modify that make the denial one of its diagnosis ever made ("no known cancer dx"). */
const DIAGNOSIS_NOUNS: ReadonlySet<string> = new Set(['dx', 'diagnosis']);
const TRIGGER_OR_TERMINATOR = LEXICON_CLASS.triggers | LEXICON_CLASS.terminators;
const PRIORITY: readonly Exclude<Assertion, 'present'>[] = ['negated', 'family', 'hypothetical', 'history', 'uncertain'];

export type { TriggerHit } from './assertionScope';

/** The triggers and terminators of an encounter, found once. */
export interface AssertionIndex {
  readonly hits: readonly TriggerHit[];
  /** The token index where each hit starts, ascending (for a binary search). */
  readonly hitStarts: Int32Array;
  /** Token indexes where a terminator starts, with the terminator (a list negation or a hedge reads through some: "new"). */
  readonly terminators: ReadonlyMap<number, string>;
  /** Where the header fields written inline begin ("…, FH: neg"): no cue reaches across one. */
  readonly fields: FieldBoundaries;
  /** The hits `assertionOf` finds by kind, one map emptied for each mention rather than a new one made for every mention read. */
  readonly found: Map<Assertion, TriggerHit>;
}

export function indexTriggers(tokens: readonly Token[], triggers: PhraseMatcher<AssertionTrigger>, terminators: PhraseMatcher<string>, fields = FieldBoundaries.none()): AssertionIndex {
  const hits: TriggerHit[] = [];
  const stops = new Map<number, string>();
  let index = 0;
  while (index < tokens.length) {
    // A token that starts no trigger and no terminator needs no look-up.
    if (((tokens[index]?.classes ?? 0) & TRIGGER_OR_TERMINATOR) === 0) {
      index++;
      continue;
    }
    const terminator = terminators.matchAt(tokens, index);
    if (terminator !== undefined) stops.set(index, terminator.value);
    const hit = matchTriggerAt(triggers, tokens, index);
    if (hit === undefined) {
      index++;
      continue;
    }
    hits.push({ start: index, end: hit.end, trigger: hit.value });
    index = hit.end;
  }
  // A plain loop: `Int32Array.from` with a mapping function goes through the iterator protocol.
  const hitStarts = new Int32Array(hits.length);
  for (let position = 0; position < hits.length; position++) hitStarts[position] = hits[position]?.start ?? 0;
  return { hits, hitStarts, terminators: stops, fields, found: new Map<Assertion, TriggerHit>() };
}

/** Sections where "Evaluate for X" is a plan's step (hypothetical), not a study's indication. */
const PLAN_SECTIONS: ReadonlySet<SectionKind | undefined> = new Set<SectionKind | undefined>(['plan', 'assessment-and-plan']);

/** "… Anterior mediastinal mass on CXR. Evaluate for thymoma.": a study's indication opening its sentence is a rule-out. */
function indicationRuleOut(tokens: readonly Token[], hit: TriggerHit, section: SectionKind | undefined): boolean {
  return hit.trigger.ruleOutWhenOpening === true && !PLAN_SECTIONS.has(section) && tokens[hit.start - 1]?.sentence !== tokens[hit.start]?.sentence;
}

/** The tokens of a mention and of its histology word; `pre` triggers are measured to the histology word. */
export interface MentionRange {
  readonly start: number;
  readonly end: number;
  readonly anchorStart: number;
  /** Where the histology word ends; after the mention's own end for a site listed before it ("gastric/duodenal cancer"). */
  readonly anchorEnd?: number;
  /** The behaviour the words give, for cues that speak only of benign neoplasms. */
  readonly column?: string | null;
  readonly morphology?: { readonly code: string };
  readonly inSitu?: boolean;
}

const NON_INVASIVE_COLUMNS = new Set(['benign', 'uncertain', 'in-situ']);

/** A benign, uncertain-behaviour or in-situ neoplasm (by column, by "in situ", or by a morphology code in D), which a dated removal ends. */
function nonInvasiveRange(range: MentionRange): boolean {
  return NON_INVASIVE_COLUMNS.has(range.column ?? '') || range.inSitu === true || range.morphology?.code.startsWith('D') === true;
}

export interface AssertionResult {
  readonly assertion: Assertion;
  readonly evidence?: AssertionEvidence;
  /** The condition is someone else's who is no blood relative ("her husband died of lung cancer"): no mention. */
  readonly otherExperiencer?: boolean;
  /** A negated family history ("no family history of ovarian cancer"): coded as the family history it denies (Z80.-). */
  readonly familyNegated?: boolean;
  /** A negated personal history ("no personal h/o cancer", "No prior hx of cancer"): a site-less cancer is coded as the Z85.9 it denies. */
  readonly historyNegated?: boolean;
  /** A hedge or a condition also reaches the mention ("Brother - prostate problems, unknown if cancer"). */
  readonly hedged?: boolean;
  /** A treatment given now keeps the mention current ("Breast ca, L, on adjuvant anastrozole"): see `withOngoingTreatment`. */
  readonly treated?: boolean;
  /** An active cue (a recurrence, a spread, "currently", treatment going on) keeps the present mention current: see `statedOutcome.ts`. */
  readonly active?: boolean;
}

/**
 * The assertion of the mention covering tokens `[start, end)`. `firstHit` is the index of the first
 * hit of the mention's sentence (the caller walks sentences in order, so the search stays local).
 */
export function assertionOf(
  tokens: readonly Token[], index: AssertionIndex, firstHit: number, range: MentionRange, section: SectionKind | undefined, subjects?: Int32Array,
): AssertionResult {
  const { start, end } = range;
  const answered = answeredQuestion(tokens, index, end) ?? answeredRuleOut(tokens, index, start, end);
  if (answered !== undefined) return answered;
  const sentence = tokens[start]?.sentence ?? 0;
  const found = index.found;
  // Emptied only when a mention before left hits in it: a map's clear makes a new table.
  if (found.size > 0) found.clear();
  const cues = noActiveCues();
  let hedge: TriggerHit | undefined, denial: TriggerHit | undefined;
  // Where the last negation of the mention's sentence ends: "w/o recurrence", "no local recurrence" deny the cue they precede.
  let ownNegationEnd = -1;
  const following: FollowingSentences = { history: undefined, recurrence: -1, active: false, lastNegation: -1, conditionalSentence: -1 };
  // Only the hits near the mention can reach it; a binary search keeps a long sentence full of triggers linear.
  const reach = LIST_SECTIONS.has(section) ? LONGEST_PRE_SCOPE : Math.max(MAX_SCOPE, MAX_HISTORY_SCOPE);
  const nearest = lastAtOrBefore(index.hitStarts, index.hitStarts.length, start - reach - 8) + 1;
  for (let position = Math.max(firstHit, nearest); position < index.hits.length; position++) {
    const hit = index.hits[position];
    const hitSentence = hit === undefined ? undefined : tokens[hit.start]?.sentence;
    if (hit === undefined || hitSentence === undefined || hitSentence > sentence + FOLLOWING_SENTENCES || hit.start > end + WINDOW_AFTER) break;
    if (hitSentence > sentence) {
      // "Rectal TVA - EMR planned. Prior colon cancer remains NED.": a history cue after a sentence's own diagnosis speaks for that one
      // (a recurrence or treatment there still keeps the mention's disease current: "FNA positive for SCC - regional recurrence").
      if (hit.trigger.assertion === 'history' && ownSubjectBefore(subjects, hitSentence, hit.start)) continue;
      readFollowing(tokens, hit, hitSentence === sentence + 1, following);
      continue;
    }
    if (hit.trigger.direction === 'next') continue;
    if (hit.trigger.assertion === 'active') {
      if ((hit.trigger.invasiveOnly === true && nonInvasiveRange(range)) || (hit.trigger.benignOnly === true && !nonInvasiveRange(range))) continue;
      if (hit.trigger.haematologicOnly === true && !HAEMATOLOGIC_CODE.test(range.morphology?.code ?? '')) continue;
      // "suspicious for osseous metastatic disease given hx of breast cancer": a hedged or denied spread keeps no cancer
      // current, and "cystoscopies w/o recurrence" says the disease is gone, not that it is back.
      const denied = (RECURRENCE.has(hit.trigger.words) && (negatedRecurrence(hit, ownNegationEnd) || newPrimariesOfTheSkin(tokens, hit))) || (hit.trigger.words === 'metastatic' && (hedgedCue(tokens, denial, hit, index)
        || hedgedAfterCue(tokens, index.hits, position, hit, (after) => !terminatorIn(index, hit.end, after.start))));
      if (!denied && activeFor(tokens, hit, start, end) && !hedgedCue(tokens, hedge, hit, index)) noteActiveCue(cues, hit, start, subjects?.[sentence] ?? -1);
      continue;
    }
    if (hit.trigger.assertion === 'negated' && ((hit.end <= start && questionAnswerWord(tokens, hit)) || deniesFeaturesAfter(tokens, hit, end))) continue;
    if (hit.trigger.assertion === 'negated') {
      ownNegationEnd = hit.end;
      denial = hit;
    }
    if (hit.trigger.words === '?' && (affirmedQuestion(tokens, hit.end) || (hit.end <= start && questionClosedBefore(tokens, hit.end, start)))) continue;
    if (hit.trigger.assertion === 'uncertain' || hit.trigger.assertion === 'hypothetical') hedge = hit;
    if ((hit.trigger.parenthesisedOnly === true && !isParenthesised(tokens, hit)) || (hit.trigger.nonInvasiveOnly === true && !nonInvasiveRange(range))) continue;
    if (hit.trigger.notForMetastasis === true && range.column === 'secondary') continue;
    if (hit.trigger.preAdjacent === true && hit.end !== start) continue;
    if (hit.trigger.assertion === 'pseudo' || !reaches(tokens, hit, Math.max(start, range.anchorStart), Math.max(end, range.anchorEnd ?? end), index.terminators, index.fields, LIST_SECTIONS.has(section), section === 'past-surgical-history')) continue;
    if (hit.trigger.assertion === 'other') return { assertion: 'present', otherExperiencer: true };
    const ruleOut = indicationRuleOut(tokens, hit, section) || biopsyRuleOut(tokens, hit);
    const assertion = ruleOut ? 'uncertain' : stagingRuleOut(tokens, hit, section, range.column) || consentRisk(tokens, hit) ? 'hypothetical' : hit.trigger.assertion;
    if (!found.has(assertion)) found.set(assertion, hit);
  }
  settleConflicts(tokens, found, start, range.end, section);
  settleHedgedSpread(found, range.column);
  const active = keepsCurrent(tokens, cues, found.get('history'), start);
  for (const assertion of PRIORITY) {
    const hit = found.get(assertion);
    if (hit === undefined || (assertion === 'history' && (active || following.recurrence >= 0))) continue;
    const familyNegated = assertion === 'negated' && (found.has('family') || FAMILY_NEGATIONS.has(hit.trigger.words) || section === 'family-history' || familyWordBetween(tokens, hit.end, start));
    // "PMH: HTN, HLD. No other cancers.": a cancer denied in the Past Medical History list is a personal history denied.
    const historyNegated = assertion === 'negated' && !familyNegated
      && (found.has('history') || HISTORY_NEGATIONS.has(hit.trigger.words) || CHECKED_NO.has(hit.trigger.words) || (section === 'past-medical-history' && range.column === 'primary')
        // "Denies any other cancers" after the cancer the patient had: the other cancers denied are a personal history, and so is a
        // site-less cancer denied as known (round 25: "no other known malignancy", "no known cancer").
        || tokens[start - 1]?.norm === 'other' || (tokens[start - 1]?.norm === 'known' && range.column === 'primary')
        // "no known cancer dx", "no prior cancer diagnosis": a cancer diagnosis denied is a personal history denied.
        || DIAGNOSIS_NOUNS.has(tokens[range.end]?.norm ?? ''));
    const hedged = hedgeReaches(found.get('uncertain'), found, start, assertion) || hedgeReaches(found.get('hypothetical'), found, start, assertion);
    return withFlags({ assertion, evidence: evidenceOf(tokens, hit) }, familyNegated, historyNegated, hedged);
  }
  if (following.history !== undefined && !active && !following.active && found.size === 0) {
    return { assertion: 'history', evidence: evidenceOf(tokens, following.history) };
  }
  const glossed = found.size === 0 && !active ? glossedCue(tokens, index, range, section === 'past-surgical-history') : undefined;
  if (glossed !== undefined) return { assertion: 'history', evidence: evidenceOf(tokens, glossed) };
  const lead = found.size === 0 ? listLead(tokens, index, start) : undefined;
  if (lead !== undefined && !(lead.trigger.assertion === 'history' && active)) return { assertion: lead.trigger.assertion as Assertion, evidence: evidenceOf(tokens, lead) };
  const risk = found.size === 0 ? riskListCue(tokens, start) : undefined;
  if (risk !== undefined) return { assertion: 'hypothetical', evidence: { trigger: risk.norm, span: spanOf(risk.start, risk.end) } };
  if (section === 'family-history') return { assertion: 'family' };
  if ((section === 'past-medical-history' || section === 'past-surgical-history') && !active) return { assertion: 'history' };
  return treatedNow(tokens, cues, found.get('history'), start) ? { assertion: 'present', treated: true } : active || following.recurrence >= 0 ? { assertion: 'present', active: true } : { assertion: 'present' };
}

/**
 * What the sentences after a mention's say about it (ConText's sentence sequence under a history lead:
 * "Left breast cancer in 2010. She underwent lumpectomy. She completed tamoxifen in 2015. No evidence of
 * recurrence since."): a history cue that opens one of them, an active cue in any (which keeps the
 * disease current), and a recurrence or a continued treatment opening the very next one (which also overrides
 * a history cue of the mention's own sentence).
 */
interface FollowingSentences {
  history: TriggerHit | undefined;
  /** The next sentence when it says the disease came back (and no hedge of that sentence doubts it), or -1. */
  recurrence: number;
  active: boolean;
  lastNegation: number;
  /** The sentence of the last hedge read ("If … develops", "Eval recurrent melanoma vs lymphoma"), or -1. */
  conditionalSentence: number;
}

/** Whether a mention of the sentence (`subjects`: the first mention's token per sentence, -1 for none) starts before the cue. */
function ownSubjectBefore(subjects: Int32Array | undefined, sentence: number, cue: number): boolean {
  const first = subjects?.[sentence] ?? -1;
  return first >= 0 && first < cue;
}

/** How many sentences after the mention's are read for a history cue or an active cue. */
const FOLLOWING_SENTENCES = 3;

function readFollowing(tokens: readonly Token[], hit: TriggerHit, nextSentence: boolean, following: FollowingSentences): void {
  const sentence = tokens[hit.start]?.sentence ?? -1;
  // A recurrence foreseen or only weighed ("If … recurs", "Eval recurrent melanoma vs lymphoma") says nothing of the disease now.
  if (hit.trigger.assertion === 'hypothetical' || hit.trigger.assertion === 'uncertain') following.conditionalSentence = sentence;
  if (following.conditionalSentence === following.recurrence) following.recurrence = -1;
  if (hit.trigger.assertion === 'negated') {
    following.lastNegation = hit.end;
  } else if (hit.trigger.assertion === 'active') {
    if (negatedRecurrence(hit, following.lastNegation) || following.conditionalSentence === sentence) return;
    following.active = true;
    // A recurrence in the next sentence, or a treatment it opens by continuing, overrides the mention's own "NED".
    if (nextSentence && (RECURRENCE.has(hit.trigger.words) || continuesTreatment(tokens, hit))) following.recurrence = sentence;
  } else if (opensNextSentence(tokens, hit)) {
    following.history ??= hit;
  }
}

/** How many tokens may stand between a history cue and the parenthesis that names what it ended ("removed 1970s (fibroadenoma)"). */
const GLOSS_GAP = 2;

/**
 * "\"benign breast lump\" L removed 1970s (fibroadenoma)": a diagnosis in parentheses names what the clause
 * before it says was removed or treated, so the history cue just before the parenthesis is its own.
 */
function glossedCue(tokens: readonly Token[], index: AssertionIndex, range: MentionRange, pastSection: boolean): TriggerHit | undefined {
  const open = glossOpening(tokens, range);
  if (open < 0) return undefined;
  const hit = index.hits[lastAtOrBefore(index.hitStarts, index.hitStarts.length, open - 1)];
  if (hit === undefined || hit.trigger.assertion !== 'history' || hit.trigger.direction !== 'post' || open - hit.end > GLOSS_GAP) return datedCourseBefore(tokens, open);
  if (tokens[hit.start]?.sentence !== tokens[open]?.sentence || (hit.trigger.dated === true && !pastSection && !datedCue(tokens, hit, open))) return undefined;
  if (hit.trigger.nonInvasiveOnly === true && !nonInvasiveRange(range)) return undefined;
  return hit;
}

/** Words of a gloss set off by a comma after the cue ("polyp removed 2021, was tubular adenoma", "…, was a fibroadenoma"). */
const APPOSED_GLOSS = new Set(['was', 'a', 'an']);

/**
 * Where the gloss of a mention opens, or -1: its parenthesis (one word may qualify the diagnosis inside it: "hysterectomy
 * (benign fibroids)"), or a comma before "was" ("Polyp in colon removed 2021, was tubular adenoma, control colonoscopy clean").
 */
function glossOpening(tokens: readonly Token[], range: MentionRange): number {
  const open = tokens[range.start - 1]?.norm === '(' ? range.start - 1 : range.start - 2;
  if (tokens[open]?.norm === '(' && tokens[open + 1]?.punct !== true && tokens[range.end]?.norm === ')') return open;
  let comma = range.start - 1;
  while (comma > range.start - 3 && APPOSED_GLOSS.has(tokens[comma]?.norm ?? '')) comma--;
  const closed = tokens[range.end] === undefined || tokens[range.end]?.punct === true || tokens[range.end]?.sentence !== tokens[range.start]?.sentence;
  return tokens[comma]?.norm === ',' && tokens[comma + 1]?.norm === 'was' && closed ? comma : -1;
}

/** A dated cue's date between it and the parenthesis ("removed 1970s (…)"), the only date that can date it there. */
function datedCue(tokens: readonly Token[], hit: TriggerHit, open: number): boolean {
  for (let position = hit.end; position < open; position++) if (/\d/.test(tokens[position]?.norm ?? '')) return true;
  return false;
}

/** How many list items below a lead line ("Negative for:", "Denies:") it still governs. */
const LEAD_ITEMS = 12;
/** How many words may stand between a lead's trigger and its colon ("Hx of multiple NMSC:"). */
const LEAD_GAP = 3;
const LEAD_ASSERTIONS = new Set(['negated', 'history', 'family', 'hypothetical', 'uncertain']);

/**
 * The trigger that ends a lead line above a list ("Negative for:\n- fever\n- skin cancer", "Denies:\n-
 * breast cancer"): ConText's scope of a trigger over the list it introduces. The mention's sentence
 * must be an item of that list (it opens with a list marker), and the trigger must end right at the
 * lead line's colon.
 */
function listLead(tokens: readonly Token[], index: AssertionIndex, start: number): TriggerHit | undefined {
  let first = sentenceStartOf(tokens, start);
  for (let items = 0; items < LEAD_ITEMS && LIST_MARKERS.has(tokens[first]?.norm ?? '') && tokens[first - 1]?.norm !== ':'; items++) {
    first = sentenceStartOf(tokens, first - 1);
  }
  if (!LIST_MARKERS.has(tokens[first]?.norm ?? '') || tokens[first - 1]?.norm !== ':') return undefined;
  const colon = first - 1;
  const hit = index.hits[lastAtOrBefore(index.hitStarts, index.hitStarts.length, colon - 1)];
  // "Hx of multiple NMSC:" — the lead may name what its list holds before the colon.
  const leads = hit !== undefined && colon - hit.end <= LEAD_GAP && tokens[hit.start]?.sentence === tokens[colon]?.sentence && !terminatorIn(index, hit.end, colon);
  return hit !== undefined && leads && LEAD_ASSERTIONS.has(hit.trigger.assertion) && (hit.trigger.direction !== 'post' || headsList(tokens, hit, colon)) ? hit : undefined;
}

/**
 * "Resolved:\n- Basal cell carcinoma of R cheek - Mohs 2019": a status word that closes a diagnosis when written after it
 * heads the list below when it is its lead line's only word, as "Resolved Problems:" does; not after a label's semicolon ("A. UTERUS; TLH:").
 */
function headsList(tokens: readonly Token[], hit: TriggerHit, colon: number): boolean {
  return hit.end === colon && tokens[hit.start - 1]?.sentence !== tokens[hit.start]?.sentence && tokens[hit.start - 1]?.norm !== ';';
}

/** "No evidence of local recurrence": a negated recurrence says the disease is gone, not that it is back. */
function negatedRecurrence(hit: TriggerHit, negationEnd: number): boolean {
  return negationEnd >= 0 && hit.start >= negationEnd && hit.start - negationEnd <= 3;
}

/**
 * A history cue that opens the sentence after the mention's ("… Treated with lumpectomy in 2015.",
 * "… NED."); further into that sentence it belongs to that sentence's own diagnosis.
 */
function opensNextSentence(tokens: readonly Token[], hit: TriggerHit): boolean {
  let first = hit.start;
  // "She completed …", "Patient underwent …": the subject may stand before the cue.
  while (first > hit.start - OPENING_SUBJECT_WORDS && OPENING_SUBJECTS.has(tokens[first - 1]?.norm ?? '') && tokens[first - 1]?.sentence === tokens[hit.start]?.sentence) first--;
  const next = hit.trigger.direction === 'next' || hit.trigger.opensNext === true;
  const opening = next ? tokens[first - 1]?.sentence !== tokens[hit.start]?.sentence : tokens[hit.start - 6]?.sentence !== tokens[hit.start]?.sentence;
  return opening && (next || NEXT_SENTENCE_HISTORY.has(hit.trigger.words)) && !opensListItem(tokens, hit.start);
}


const OPENING_SUBJECTS = new Set(['she', 'he', 'patient', 'pt', 'they', 'and', 'then', 'subsequently', 'later', 'was', 'has', 'had', 'been', 'remains', 'remained']);
/** How many of those words may open the sentence before the cue ("she has been disease free since"). */
const OPENING_SUBJECT_WORDS = 3;

/** Words that make a denied history the family's ("no known family cancer history", "no FHx cancer"). */
const FAMILY_WORDS = new Set(['family', 'fh', 'fhx']);

/** Whether a family word stands between a negation cue and the mention it denies ("no known family cancer history"). */
function familyWordBetween(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (FAMILY_WORDS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}

export function evidenceOf(tokens: readonly Token[], hit: TriggerHit): AssertionEvidence {
  const first = tokens[hit.start];
  const last = tokens[hit.end - 1];
  const span: Span = spanOf(first?.start ?? 0, last?.end ?? 0);
  return { trigger: hit.trigger.words, span };
}

/** Whether the last hedge, hypothetical cue or denial before an active cue reaches it (the active word is itself in doubt or denied). */
function hedgedCue(tokens: readonly Token[], hedge: TriggerHit | undefined, cue: TriggerHit, index: AssertionIndex): boolean {
  return hedge !== undefined && hedge.end <= cue.start && tokens[hedge.start]?.sentence === tokens[cue.start]?.sentence && reaches(tokens, hedge, cue.start, cue.end, index.terminators, index.fields, false);
}

function terminatorIn(index: AssertionIndex, from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (index.terminators.has(position)) return true;
  return false;
}
