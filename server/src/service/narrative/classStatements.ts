import { OWNING_WORDS, PATIENT_GROUPS, isWord } from './generalStatements';
import type { Token } from './token';

/**
 * Round 24: a disease named as the condition of a class of people, or as what a factor raises the risk of in everyone, is no
 * mention (ANNOTATION.md: "A statement about a class of patients is no mention of the class's disease … unless it is applied
 * to this patient"): "people with CLL are more prone to skin cancers", "Many pts w/ laryngeal cancer need PEG", "(known risk
 * factor for MALT lymphomas)", "HIV - a known risk factor for OSSN". The clause explains the disease class; the patient's own
 * disease is coded where the note says the patient has it, and the risk the clause names for this patient keeps its entry.
 * An owning word between the frame and the disease ("patients with his stage") makes the words no class name, and stays.
 */

/** Plural nouns of people that, before "with" or "w/", name everyone who has the disease after them. */
const PEOPLE_NOUNS: ReadonlySet<string> = new Set([...PATIENT_GROUPS, 'people', 'persons', 'individuals', 'adults', 'children', 'men', 'women']);
/**
 * The noun of "known risk factor(s) for", which names what raises the risk of the disease after it in anyone. "Known" marks the
 * textbook fact; a bare "risk factor for" is as often said of this patient's own risk ("a risk factor for her recurrence") and
 * stays.
 */
const FACTOR_NOUNS: ReadonlySet<string> = new Set(['factor', 'factors']);
/** How many words (a site, a stage, a subtype) may stand between the frame and the disease word ("pts w/ laryngeal cancer"). */
const QUALIFIER_REACH = 4;

/** Whether "with" (or the "w" of "w/") at `position` follows a plural noun of people. */
function followsPeople(tokens: readonly Token[], position: number): boolean {
  return PEOPLE_NOUNS.has(tokens[position - 1]?.norm ?? '');
}

/** Whether the disease words starting at token `start` name the condition of a class of people or a risk factor's target. */
export function namesClassCondition(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let index = start - 1; index >= 0 && index >= start - 1 - QUALIFIER_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    const norm = token.norm;
    if (norm === 'with') return followsPeople(tokens, index);
    if (norm === '/' && tokens[index - 1]?.norm === 'w') return followsPeople(tokens, index - 1);
    if (norm === 'for') return FACTOR_NOUNS.has(tokens[index - 1]?.norm ?? '') && tokens[index - 2]?.norm === 'risk' && tokens[index - 3]?.norm === 'known';
    if (OWNING_WORDS.has(norm) || !isWord(norm)) return false;
  }
  return false;
}
