import { lastAtOrBefore } from '../sortedSearch';
import { spanOf } from '../spans';
import type { TriggerHit } from './assertionScope';
import type { AssertionEvidence } from './model';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';

/**
 * A diagnosis the record queries and answers at once, as problem lists and reconciled histories write a
 * correction: "H/o DLBCL? - NO: chart error", "Breast ca? - denies", "prior melanoma? -- no",
 * "h/o DCIS R breast?? - clarified with pt: it was his wife", "bladder tumor?? (2019 cysto neg)",
 * "H/o papillary urothelial ca? - no, that is his brother". The question mark alone would leave the
 * diagnosis uncertain; the answer after it settles it: a denial, a negative test or someone else's
 * disease makes the patient's negated (ConText's negation and "other" experiencer), and a blood relative
 * named in the answer makes it that relative's (family, Z80.-).
 */

/** Tokens that may stand between the question mark and its answer ("? - NO", "?? (2019 …)", "? -- no"). */
const ANSWER_OPENERS = new Set(['-', '–', '—', ':', '(']);
/** How many tokens of the answer are read. */
const ANSWER_REACH = 10;
/** Answer words that deny the queried diagnosis besides the negation triggers ("cysto neg", "chart error"). */
const DENIALS = new Set(['neg', 'negative', 'no', 'not', 'denies', 'denied', 'never', 'none', 'error', 'incorrect', 'erroneous']);
/** Where an answer stops: the end of its clause or of its parenthesis. */
const ANSWER_ENDS = new Set([';', '.', ')', '!']);

/** The encounter's trigger hits in token order, with their start tokens ascending (for a binary search). */
export interface HitsInOrder {
  readonly hits: readonly TriggerHit[];
  readonly hitStarts: Int32Array;
}

/** What an answer settles: the patient's diagnosis denied, or a relative's. */
export interface Answer {
  readonly assertion: 'negated' | 'family';
  readonly evidence: AssertionEvidence;
}

/** The assertion an answered question gives the mention ending before token `end`, or undefined when none follows. */
export function answeredQuestion(tokens: readonly Token[], index: HitsInOrder, end: number): Answer | undefined {
  const box = boxedAnswerAt(tokens, end);
  if (box !== undefined && BOX_DENIALS.has(tokens[box + 1]?.norm ?? '')) return { assertion: 'negated', evidence: evidence(tokens, box, box + 3) };
  const position = answerStart(tokens, end);
  if (position < 0) return undefined;
  const last = answerEnd(tokens, position);
  const hits = hitsIn(index, position, last);
  const relative = hits.find((hit) => hit.trigger.assertion === 'family');
  if (relative !== undefined) return { assertion: 'family', evidence: evidence(tokens, relative.start, relative.end) };
  const denial = hits.find((hit) => hit.trigger.assertion === 'negated' || hit.trigger.assertion === 'other');
  if (denial !== undefined) return { assertion: 'negated', evidence: evidence(tokens, denial.start, denial.end) };
  // An answer that doubts ("breast ca? (pt not sure)") settles nothing: its "not" is the informant's doubt, not a denial.
  if (hits.some((hit) => hit.trigger.assertion === 'uncertain')) return undefined;
  for (let word = position; word < last; word++) {
    if (DENIALS.has(tokens[word]?.norm ?? '')) return { assertion: 'negated', evidence: evidence(tokens, word, word + 1) };
  }
  return undefined;
}

/** Words that open a rule-out right before its diagnosis ("to r/o leukemia cutis:", "rule out lymphoma:"). */
const RULE_OUTS = new Set(['r/o', 'out', 'exclude']);

/**
 * "Skin bx of a L forearm papule to r/o leukemia cutis: superficial perivascular dermatitis, no leukemic infiltrate": a
 * rule-out answered after its colon by a result that denies it is settled, as an answered question is (negated); a result
 * that does not deny it leaves the rule-out's hedge.
 */
export function answeredRuleOut(tokens: readonly Token[], index: HitsInOrder, start: number, end: number): Answer | undefined {
  const ruleOut = RULE_OUTS.has(tokens[start - 1]?.norm ?? '') && (tokens[start - 1]?.norm !== 'out' || tokens[start - 2]?.norm === 'rule');
  if (!ruleOut || tokens[end]?.norm !== ':' || tokens[end]?.sentence !== tokens[start]?.sentence) return undefined;
  const last = answerEnd(tokens, end + 1);
  const denial = hitsIn(index, end + 1, last).find((hit) => hit.trigger.assertion === 'negated');
  return denial === undefined ? undefined : { assertion: 'negated', evidence: evidence(tokens, denial.start, denial.end) };
}

/**
 * Whether the mention ending before token `end` is queried and denied by its answer's words alone ("H/o DLBCL? - NO:
 * chart error"), before the encounter's triggers are indexed: a type the record refutes types no other mention.
 */
export function deniedByAnswer(tokens: readonly Token[], end: number): boolean {
  const position = answerStart(tokens, end);
  if (position < 0) return false;
  const last = answerEnd(tokens, position);
  for (let word = position; word < last; word++) if (DENIALS.has(tokens[word]?.norm ?? '')) return true;
  return false;
}

/**
 * Where the answer to a question about the mention ending before token `end` begins, or -1: after its question mark and the
 * tokens that open an answer ("? - NO", "?? (2019 …)"), or right after the question mark when a questionnaire's bare "No" or
 * "Yes" is the whole answer ("Any personal hx of melanoma?  No"). The question mark may close a list of diagnoses asked
 * about together ("Ever had leukemia or lymphoma?  No"): only other diagnoses and their joiners stand between.
 */
function answerStart(tokens: readonly Token[], end: number): number {
  let position = questionMarkAfter(tokens, end);
  if (position < 0) return -1;
  while (tokens[position]?.norm === '?') position++;
  if (ANSWER_OPENERS.has(tokens[position]?.norm ?? '')) {
    while (ANSWER_OPENERS.has(tokens[position]?.norm ?? '')) position++;
    return position;
  }
  return BARE_ANSWERS.has(tokens[position]?.norm ?? '') && closesAnswer(tokens, position + 1) ? position : -1;
}

/**
 * A registry form's question answered in a box after its question mark ("Donor-related malignancy?   [N]", "De novo solid tumor?  [Y]",
 * an OPTN/UNOS follow-up form): the box is the whole answer, "[N]" a denial and "[Y]" an affirmation, as a bare "No" or "Yes" is.
 * Returns the box's opening bracket for the mention ending before token `end`, or undefined. Only a box that closes its line answers.
 */
function boxedAnswerAt(tokens: readonly Token[], end: number): number | undefined {
  let position = questionMarkAfter(tokens, end);
  if (position < 0) return undefined;
  while (tokens[position]?.norm === '?') position++;
  const answer = tokens[position + 1]?.norm ?? '';
  if (tokens[position]?.norm !== '[' || tokens[position + 2]?.norm !== ']' || !BOX_ANSWERS.has(answer)) return undefined;
  // The box closes its clause, or the form's next field follows it on the line ("[Y]   site: L upper back").
  return closesAnswer(tokens, position + 3) || tokens[position + 4]?.norm === ':' ? position : undefined;
}

/** The answers a form's box holds, and those of them that deny. */
const BOX_ANSWERS = new Set(['n', 'no', 'y', 'yes']);
const BOX_DENIALS = new Set(['n', 'no']);

/** A questionnaire's whole answer, written after the question mark with nothing else ("?  No", "? YES"). */
const BARE_ANSWERS = new Set(['no', 'yes', 'none', 'neg', 'negative', 'denies']);
/** Joiners of the diagnoses one question asks about ("leukemia or lymphoma?", "leukemia/lymphoma?"). */
const QUESTION_JOINERS = new Set(['or', 'and', '/']);
/** How many tokens may stand between a diagnosis and the question mark of the list it is asked in. */
const QUESTION_REACH = 8;

/** The question mark closing the mention's question, right after it or after the other diagnoses of its list, or -1. */
function questionMarkAfter(tokens: readonly Token[], end: number): number {
  let joined = false;
  for (let position = end; position < end + QUESTION_REACH; position++) {
    const token = tokens[position];
    if (token === undefined) return -1;
    if (token.norm === '?') return position === end || joined ? position : -1;
    if (QUESTION_JOINERS.has(token.norm)) joined = true;
    // After a joiner only a diagnosis's words: its first is a lexicon's ("or mantle cell lymphoma?"), the rest follow a word.
    else if (!joined || token.punct || ((token.classes & ANCHOR_LEXICONS) === 0 && QUESTION_JOINERS.has(tokens[position - 1]?.norm ?? ''))) return -1;
  }
  return -1;
}

/** Whether the bare answer's clause ends at `position` (a new line's item, the text's end, or its punctuation). */
function closesAnswer(tokens: readonly Token[], position: number): boolean {
  const token = tokens[position];
  return token === undefined || token.sentence !== tokens[position - 1]?.sentence || ANSWER_ENDS.has(token.norm) || token.norm === ',';
}

/** Answer words that affirm the queried diagnosis ("Brain mets? - yes", "H/o DLBCL? Confirmed, R-CHOP 2019"). */
const AFFIRMATIONS = new Set(['yes', 'y', 'confirmed', 'correct', 'affirmative', 'yes,']);

/**
 * Whether a question mark is answered "yes" right after it ("H/o DLBCL? - yes, R-CHOP x6 2019"): the query is settled
 * and hedges nothing, so the diagnosis takes the assertion its other words give (history here), as a denied one is negated.
 */
export function affirmedQuestion(tokens: readonly Token[], questionEnd: number): boolean {
  const box = boxedAnswerAt(tokens, questionEnd - 1);
  if (box !== undefined) return !BOX_DENIALS.has(tokens[box + 1]?.norm ?? '');
  let position = questionEnd;
  while (tokens[position]?.norm === '?') position++;
  while (ANSWER_OPENERS.has(tokens[position]?.norm ?? '') && tokens[position]?.norm !== '(') position++;
  return AFFIRMATIONS.has(tokens[position]?.norm ?? '');
}

/** The answer's words that decided the mention, as written. */
function evidence(tokens: readonly Token[], start: number, end: number): AssertionEvidence {
  const span = spanOf(tokens[start]?.start ?? 0, tokens[end - 1]?.end ?? 0);
  return { trigger: tokens.slice(start, end).map((token) => token.norm).join(' '), span };
}

function answerEnd(tokens: readonly Token[], from: number): number {
  let position = from;
  while (position < from + ANSWER_REACH && position < tokens.length && !ANSWER_ENDS.has(tokens[position]?.norm ?? '')) position++;
  return position;
}

/** The trigger hits that start inside `[from, to)` (hits are in token order). */
function hitsIn(index: HitsInOrder, from: number, to: number): TriggerHit[] {
  const found: TriggerHit[] = [];
  for (let position = lastAtOrBefore(index.hitStarts, index.hitStarts.length, from - 1) + 1; position < index.hits.length; position++) {
    const hit = index.hits[position];
    if (hit === undefined || hit.start >= to) break;
    found.push(hit);
  }
  return found;
}
