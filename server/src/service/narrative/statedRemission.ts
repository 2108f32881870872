import { opensWithDigit } from './numberWords';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * A remission stated on its own for the whole note. An end-of-therapy summary or a haematology note states the response
 * in a field or sentence that names no disease ("Response: End-of-treatment PET/CT: Deauville 1-2, complete metabolic
 * response = complete remission (Lugano CR).", "Remains in remission.") and names the disease lines above it ("Diagnosis:
 * Classic Hodgkin lymphoma, nodular sclerosis subtype"). The physician documents the disease in remission, so a coder codes
 * it so (Tabular C81–C96: "… in remission", C81.1A, C91.01, C92.01 …; ANNOTATION.md, "Remission and cure in one note": the
 * remission code in every mention of it). Only when the note names one such disease (one code category with a remission
 * form) and none of its mentions a relapse; a remission denied, hoped for, planned or quoted as a rate says nothing of the patient, and a cure is stronger.
 */

/** The words of a remission standing alone: "complete remission", "in CR", "CR1", "sCR", "MRD-negative CR". */
const REMISSION_WORDS: ReadonlySet<string> = new Set(['remission', 'cr', 'cr1', 'cr2', 'cr3', 'scr', 'ccr', 'cri']);
/** Words before a remission word that deny it ("not in remission", "failed to achieve CR", "no CR"). */
const DENIALS: ReadonlySet<string> = new Set(['not', 'no', 'never', 'failed', 'without', 'w/o', 'refractory', 'lost', 'prior', 'previous', 'first']);
/** Words that make the remission foreseen, hoped for or general ("goal of CR", "CR rate 80%", "if in CR"). */
const UNSTATED: ReadonlySet<string> = new Set([
  'if', 'once', 'goal', 'aim', 'hope', 'hopes', 'intent', 'would', 'will', 'may', 'might', 'could', 'chance', 'rate', 'rates', 'probability', '%',
  'achieve', 'induce', 'until', '?', 'for', 'assessment', 'assess', 'evaluate', 'eval', 'plan', 'planned', 'awaiting', 'pending',
  // "treatment-free remission" (TFR) is a goal of stopping a drug, not a remission of the disease.
  'free', 'treatment-free', 'tfr', 'trial',
]);
/** Words right before a "CR" that make it the complete remission ("in CR", "achieved CR", "MRD-negative CR", "= CR"). */
const CR_LEADS: ReadonlySet<string> = new Set(['in', 'achieved', 'attained', 'negative', 'mrd-negative', '=', 'durable', 'continued', 'ongoing', 'sustained', 'stringent']);
/** Words right after a "CR" that date it ("CR since 2021", "CR after ABVD"). */
const CR_DATES: ReadonlySet<string> = new Set(['since', 'after', 'following', 'post']);
/** How many tokens either side of the remission word are read for those words. */
const REACH = 4;

/**
 * A remission word: "remission", or a "CR" that its neighbours make the complete remission ("in CR1", "CR since 2021"),
 * never one before a number (a creatinine, "CR 1.3", also in a note written in capitals).
 */
function remissionWord(tokens: readonly Token[], position: number): boolean {
  const token = tokens[position];
  if (token === undefined || !REMISSION_WORDS.has(token.norm)) return false;
  if (token.norm === 'remission') return true;
  const led = CR_LEADS.has(tokens[position - 1]?.norm ?? '') || CR_DATES.has(tokens[position + 1]?.norm ?? '');
  return led && !opensWithDigit(tokens[position + 1]);
}

/** Whether the remission word at `position` is stated of the patient now: not denied, hoped for, conditional or a rate. */
function stated(tokens: readonly Token[], position: number): boolean {
  const sentence = tokens[position]?.sentence;
  for (let near = Math.max(0, position - REACH); near <= position + REACH && near < tokens.length; near++) {
    const token = tokens[near];
    if (token === undefined || token.sentence !== sentence || near === position) continue;
    if (UNSTATED.has(token.norm) || (near < position && DENIALS.has(token.norm))) return false;
  }
  return true;
}

/** Whether a sentence that names no diagnosis (`subjects`: the first mention's token per sentence, -1 for none) states a remission. */
function statesRemissionAlone(tokens: readonly Token[], subjects: Int32Array): boolean {
  for (let position = 0; position < tokens.length; position++) {
    if (!remissionWord(tokens, position) || (subjects[tokens[position]?.sentence ?? 0] ?? -1) >= 0) continue;
    if (stated(tokens, position)) return true;
  }
  return false;
}

/** The category of a mention whose disease has a remission code, or undefined. */
function remittingCategory(mention: RawMention): string | undefined {
  return mention.morphology?.remission === undefined ? undefined : mention.morphology.code.slice(0, 3);
}

/** The mentions with the note's one remitting disease in remission when a sentence of its own states the remission. */
export function withStatedRemission(tokens: readonly Token[], raw: readonly RawMention[], subjects: Int32Array): RawMention[] {
  const categories = new Set<string>();
  for (const mention of raw) {
    const category = remittingCategory(mention);
    if (category === undefined) continue;
    if (mention.relapse === true || mention.remission === true) return [...raw];
    categories.add(category);
  }
  // A disease the note calls cured is history in every mention, not in remission (ANNOTATION.md, "Remission and cure in one note").
  if (categories.size !== 1 || tokens.some((token) => token.norm === 'cured') || !statesRemissionAlone(tokens, subjects)) return [...raw];
  return raw.map((mention) => (remittingCategory(mention) === undefined ? mention : { ...mention, remission: true }));
}
