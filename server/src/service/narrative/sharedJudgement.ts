import { IMAGING_MODALITIES } from './imagingModalities';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';

/**
 * "Lymphoma (no B sx, no adenopathy, normal LDH) and a mediastinal germ cell tumor (normal markers) are unlikely.",
 * "Craniopharyngioma, Rathke cleft cyst felt less likely on imaging": readings listed as the subject of one judgement share it,
 * the first as much as the last (ConText's scope runs to the clause's subject; Guidelines II.H / IV.H "unlikely", "less likely"),
 * past the reasons set off in parentheses after each (d937, d886). Only a hedge is read so, only when its verb makes the list its
 * subject (a plural copula or a judging verb), a joiner stands in the list, and the judgement closes its clause or names the
 * study it was made on.
 */
const SUBJECT_VERBS: ReadonlySet<string> = new Set(['are', 'were', 'felt', 'thought', 'considered', 'deemed']);
/** The judging verbs, whose subject is a differential whatever its readings ("Craniopharyngioma, Rathke cleft cyst felt less likely"). */
const JUDGING_VERBS: ReadonlySet<string> = new Set(['felt', 'thought', 'considered', 'deemed']);
const JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** Words that make a clause of their own in the list ("Lymphoma is present and metastases are unlikely"): the list ends there. */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['is', 'was', 'are', 'were', 'has', 'have', 'had', 's/p', 'status', 'with', 'w/', 'but']);
/** How many tokens the listed readings and their asides may span: a few readings, each with a short reason. */
const LIST_REACH = 24;

/** The parts of a trigger hit this reads, written out so that the scope rules that call it are not imported back (no cycle). */
interface JudgementHit {
  readonly start: number;
  readonly end: number;
  readonly trigger: { readonly assertion: string };
}

export function sharedJudgement(tokens: readonly Token[], hit: JudgementHit, end: number): boolean {
  if (hit.trigger.assertion !== 'uncertain' || hit.start - end > LIST_REACH || !closesJudgement(tokens, hit.end)) return false;
  // The verb stands before the cue ("are unlikely") or opens it ("felt less likely").
  const verb = SUBJECT_VERBS.has(tokens[hit.start]?.norm ?? '') ? hit.start : hit.start - 1;
  if (!SUBJECT_VERBS.has(tokens[verb]?.norm ?? '')) return false;
  const sentence = tokens[end - 1]?.sentence;
  let depth = 0;
  let joined = false;
  // A plural copula's list must name another reading ("Lymphoma (…) and a germ cell tumor (…) are unlikely"), so that a
  // qualifier set off by commas ("Lymphoma, in remission, and recurrence are unlikely") makes no list of readings.
  let otherReading = JUDGING_VERBS.has(tokens[verb]?.norm ?? '');
  for (let position = end; position < verb; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (token.norm === '(') depth++;
    else if (token.norm === ')') depth = Math.max(0, depth - 1);
    else if (depth === 0 && JOINERS.has(token.norm)) joined = true;
    else if (depth === 0 && joined && (token.classes & ANCHOR_LEXICONS) !== 0) otherReading = true;
    else if (depth === 0 && (token.punct || CLAUSE_WORDS.has(token.norm))) return false;
  }
  return joined && otherReading && depth === 0;
}

/** Whether the judgement ends its clause, or names the study it was made on ("less likely on imaging"). */
function closesJudgement(tokens: readonly Token[], after: number): boolean {
  const next = tokens[after];
  if (next === undefined || next.punct || next.sentence !== tokens[after - 1]?.sentence) return true;
  return next.norm === 'on' && IMAGING_MODALITIES.has(tokens[after + 1]?.norm ?? '');
}

/** The conjunctions that open a new clause after a judgement ("… is felt unlikely but this will be sorted out on the biopsy"). */
const NEXT_CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['but', 'however', 'although', 'though', 'while', 'whereas']);

/**
 * Whether a conjunction opening the next clause stands at `index`, so the judgement before it closes its own clause as a comma
 * would ("a bone metastasis from the prostate cancer is felt unlikely but this will be sorted out on the biopsy", d703).
 */
export function opensNextClause(tokens: readonly Token[], index: number): boolean {
  return NEXT_CLAUSE_CONJUNCTIONS.has(tokens[index]?.norm ?? '');
}
