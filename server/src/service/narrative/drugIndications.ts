import type { Token } from './token';

/**
 * Round 26 (tuner C): "(e.g., osimertinib, NCCN category 1 first-line option for metastatic NSCLC)", "(e.g., dostarlimab with
 * carboplatin/paclitaxel in primary advanced or recurrent endometrial cancer)", "zenocutuzumab (FDA accelerated approval 2024 for
 * NRG1+ NSCLC and pancreatic adenocarcinoma)": a parenthesis giving a therapy's example or its approval names the disease class
 * the therapy is given for, in everyone, as a guideline's threshold does (ANNOTATION.md, round 14 and round 18: a statement about
 * the disease in general, "its usual treatment response", is no mention; round 23: "a guideline … of everyone with the disease").
 * The patient's own disease is coded where the note says she has it. A parenthesis of examples that lists diseases themselves
 * ("No other cancers (e.g., mesothelioma, lymphoma)") has no "for" or "in" before them and keeps them.
 */

/** The prepositions that give what a therapy is for. */
const INDICATION_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in']);
/** Words of a therapy's approval, inside the parenthesis before the preposition. */
const APPROVAL_WORDS: ReadonlySet<string> = new Set(['approval', 'approved']);
/** Marks that may stand among the disease's qualifiers and coordinated diseases ("NRG1+ NSCLC and pancreatic", "advanced or recurrent"). */
const QUALIFIER_MARKS: ReadonlySet<string> = new Set(['/', '-', '+', ',']);
/** How many tokens (qualifiers, a coordinated disease) may stand between the preposition and the disease. */
const DISEASE_REACH = 6;
/** How many tokens (the example's drugs, the approval's agency and year) may stand between the parenthesis and the preposition. */
const PARENTHESIS_REACH = 20;

/** The preposition that governs the disease at `start` in its sentence, or -1. */
function indicationPreposition(tokens: readonly Token[], start: number, sentence: number): number {
  for (let index = start - 1; index >= 0 && index >= start - DISEASE_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return -1;
    if (INDICATION_PREPOSITIONS.has(token.norm)) return index;
    if (token.punct && !QUALIFIER_MARKS.has(token.norm)) return -1;
  }
  return -1;
}

/** Whether the parenthesis opening at `open` gives an example ("(e.g., …", "(eg …"). */
function opensExample(tokens: readonly Token[], open: number): boolean {
  const first = tokens[open + 1]?.norm;
  return first === 'eg' || (first === 'e' && tokens[open + 2]?.norm === '.' && tokens[open + 3]?.norm === 'g');
}

/** Whether the preposition at `preposition` stands in a parenthesis of a therapy's example or approval, not closed before it. */
function inTherapyParenthesis(tokens: readonly Token[], preposition: number, sentence: number): boolean {
  let approval = false;
  for (let index = preposition - 1; index >= 0 && index >= preposition - PARENTHESIS_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || token.norm === ')') return false;
    if (token.norm === '(') return approval || opensExample(tokens, index);
    approval ||= APPROVAL_WORDS.has(token.norm);
  }
  return false;
}

/** Whether the disease words starting at token `start` are the indication a therapy's example or approval names. */
export function namesDrugIndication(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  if (sentence === undefined) return false;
  const preposition = indicationPreposition(tokens, start, sentence);
  return preposition >= 0 && inTherapyParenthesis(tokens, preposition, sentence);
}
