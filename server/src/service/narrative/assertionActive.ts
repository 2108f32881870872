import { MAX_SCOPE } from './assertionScopeLimits';
import type { TriggerHit } from './assertionScope';
import { isParenthesised, sameListItem } from './assertionScope';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';
import { pastAdjectiveRightBefore, survivorLeadRightBefore } from './pastAdjective';
import { pointsBack } from './referenceCues';

/**
 * The active cues ("on letrozole", "recurrent", "as above", "currently") that reach a mention in its sentence, and
 * whether they keep it current against a history cue. ConText lets the nearer trigger win: a cue that closes an
 * earlier diagnosis's item is that diagnosis's status, not the later one's ("multiple myeloma on active therapy,
 * remote Hodgkin lymphoma"; "PMH: CLL on ibrutinib, prostate cancer 2010, NED"; "Lung cancer as above / Tongue cancer
 * 2018, NED"), and a history lead opening a new item after the cue is the later diagnosis's own ("metastatic breast
 * cancer, h/o colon cancer").
 */
export interface ActiveCues {
  /** An active cue inside or after the mention counted. */
  ahead: boolean;
  /** A pointer back ("as above") after the mention, which a history lead of its own outweighs (`referenceCues.ts`). */
  pointerAhead: boolean;
  /** A "now with" after the mention, which its own adjective of the past outweighs (`pastAdjective.ts`). */
  nowWithAhead: boolean;
  /** A bare "Active" after the mention, a problem list's status, which the history code's own title outweighs. */
  listStatusAhead: boolean;
  /** One of those names a treatment given now ("Breast ca, L, on adjuvant anastrozole"). */
  treatmentAhead: boolean;
  /** The last active cue before the mention that no earlier diagnosis of the sentence owns. */
  behind: TriggerHit | undefined;
}

/**
 * A spread is no status of the item it follows: "Liver lesions, metastatic disease given hx of colon cancer" keeps the
 * colon cancer current wherever the metastasis stands in the sentence.
 */
const SPREAD_CUES: ReadonlySet<string> = new Set(['metastatic']);

/** The cues that open what is new since a past diagnosis ("remote L breast cancer, now w/ brain lesions"). */
const NOW_WITH: ReadonlySet<string> = new Set(['now with', 'now w/', 'now w /']);

export function noActiveCues(): ActiveCues {
  return { ahead: false, pointerAhead: false, nowWithAhead: false, listStatusAhead: false, treatmentAhead: false, behind: undefined };
}

/**
 * Records an active cue that reaches the mention starting at `start`. `firstMentionStart` is where the sentence's
 * first mention starts (-1 for none): a cue after an earlier diagnosis and before this one closes that diagnosis.
 */
export function noteActiveCue(cues: ActiveCues, hit: TriggerHit, start: number, firstMentionStart: number): void {
  if (hit.start >= start) {
    if (pointsBack(hit.trigger.words)) cues.pointerAhead = true;
    else if (NOW_WITH.has(hit.trigger.words)) cues.nowWithAhead = true;
    else if (hit.trigger.words === 'active') cues.listStatusAhead = true;
    else cues.ahead = true;
    cues.treatmentAhead ||= hit.trigger.treatment === true;
    return;
  }
  // A status word right before the mention is its adjective ("NED - current AML"), whatever diagnosis the sentence named first.
  const adjective = hit.end === start && hit.trigger.parenthesisedOnly === true;
  if (firstMentionStart >= 0 && firstMentionStart < hit.start && !adjective && !SPREAD_CUES.has(hit.trigger.words)) return;
  cues.behind = hit;
}

/**
 * Whether the active cues keep the mention current: one inside or after it does, save a pointer back after a history lead
 * of the mention's own and a "now with" after its own adjective of the past; one before it does unless a history lead of the mention stands after it in a new item of the list
 * (a comma or semicolon between them).
 */
export function keepsCurrent(tokens: readonly Token[], cues: ActiveCues, history: TriggerHit | undefined, start: number): boolean {
  const ownLead = history !== undefined && history.end <= start;
  return cues.ahead || (cues.pointerAhead && !ownLead) || (cues.nowWithAhead && !pastAdjectiveRightBefore(history, start) && !survivorLeadRightBefore(tokens, history, start))
    || (cues.listStatusAhead && !historyTitled(history, start)) || keptBehind(tokens, cues, history, start);
}

/**
 * Whether the mention is the Tabular title of its history code ("Personal history of malignant neoplasm of thyroid Z85.850
 * … Active"): a problem list's "Active" status then says the history stays on the list, not that the cancer is back.
 */
function historyTitled(history: TriggerHit | undefined, start: number): boolean {
  return history?.trigger.words === 'personal history of' && history.end === start;
}

/** Whether a treatment given now keeps the mention current ("on adjuvant anastrozole"): the note's other mentions of it are current too. */
export function treatedNow(tokens: readonly Token[], cues: ActiveCues, history: TriggerHit | undefined, start: number): boolean {
  return cues.treatmentAhead || (cues.behind?.trigger.treatment === true && keptBehind(tokens, cues, history, start));
}

function keptBehind(tokens: readonly Token[], cues: ActiveCues, history: TriggerHit | undefined, start: number): boolean {
  const behind = cues.behind;
  if (behind === undefined) return false;
  const ownLead = history !== undefined && history.end <= start && history.start >= behind.end && !sameListItem(tokens, behind.end, history.start);
  return !ownLead;
}

/**
 * Whether an active cue keeps the mention current: any in its sentence up to `MAX_SCOPE` tokens before it,
 * but a parenthesised status only for its own list item ("PMH: AML (current), HTN, cervical ca 2005").
 */
export function activeFor(tokens: readonly Token[], hit: TriggerHit, start: number, end: number): boolean {
  if (hit.trigger.ownItem === true && !(hit.start >= end ? sameListItem(tokens, end, hit.start) || ownQualifiers(tokens, end, hit.start) : sameListItem(tokens, hit.end, start))) return false;
  const parenthesised = isParenthesised(tokens, hit);
  if (hit.trigger.parenthesisedOnly === true || parenthesised) return (parenthesised && hit.start >= end && sameListItem(tokens, end, hit.start)) || statusBeside(tokens, hit, start, end);
  return hit.start >= start - MAX_SCOPE;
}

/**
 * A status word written right beside its diagnosis, not only in parentheses: before it as its adjective ("current AML",
 * "untreated CLL"), set off right after it by a dash or comma ("Hx of CLL - untreated, followed by heme"), or opening the
 * parenthesis of details right after it ("L renal angiomyolipoma (stable, 1.2 cm, followed)").
 */
function statusBeside(tokens: readonly Token[], hit: TriggerHit, start: number, end: number): boolean {
  if (hit.trigger.parenthesisedOnly !== true) return false;
  if (hit.end === start) return true;
  const mark = tokens[end]?.norm;
  return hit.start === end + 1 && (mark === '-' || mark === ',' || mark === '(');
}

/**
 * "R breast fibroadenoma, US-guided core bx 2019 (benign), not excised": the clauses set off after a diagnosis, up to a
 * status that closes its item, are its own when no other diagnosis word stands among them (within `MAX_SCOPE` tokens).
 */
function ownQualifiers(tokens: readonly Token[], end: number, cue: number): boolean {
  if (cue - end > MAX_SCOPE) return false;
  for (let position = end; position < cue; position++) {
    // A lone word in parentheses is the result's status ("(benign)"), not another diagnosis.
    const aside = tokens[position - 1]?.norm === '(' && tokens[position + 1]?.norm === ')';
    if (((tokens[position]?.classes ?? 0) & ANCHOR_LEXICONS) !== 0 && !aside) return false;
  }
  return true;
}

/** Plural names of skin cancers ("skin cancers", "cutaneous SCCs", "BCCs", "NMSCs"). */
const SKIN_CANCER_PLURALS: ReadonlySet<string> = new Set(['cancers', 'carcinomas', 'malignancies', 'sccs', 'bccs', 'nmscs', 'nmsc']);
/** Words that make a plural cancer word the skin's. */
const SKIN_WORDS: ReadonlySet<string> = new Set(['skin', 'cutaneous', 'nonmelanoma', 'non-melanoma', 'sccs', 'bccs', 'nmscs', 'nmsc']);

/**
 * "Recurrent skin cancers - 3 in past 2 yrs: SCC R helix s/p Mohs 2024, BCC nasal tip Mohs 2025", "Recurrent cutaneous SCCs
 * … last excised L cheek 03/2026": "recurrent" before a plural of skin cancers says the patient keeps getting new ones, each a
 * primary of its own removed in turn, not that one came back (ANNOTATION.md: "Recurrent skin cancers" takes Z85.828), so it
 * keeps none of them current; each keeps the status its own words give it.
 */
export function newPrimariesOfTheSkin(tokens: readonly Token[], hit: TriggerHit): boolean {
  if (hit.trigger.words !== 'recurrent' && hit.trigger.words !== 'recurring') return false;
  const first = tokens[hit.end]?.norm ?? '';
  const second = tokens[hit.end + 1]?.norm ?? '';
  if (SKIN_CANCER_PLURALS.has(first)) return SKIN_WORDS.has(first);
  return SKIN_WORDS.has(first) && SKIN_CANCER_PLURALS.has(second);
}
