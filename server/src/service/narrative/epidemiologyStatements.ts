import { OWNING_WORDS, isWord } from './generalStatements';
import type { Token } from './token';

/**
 * Round 25 (tuner C): occupational, environmental and transplant notes weigh what is known of a disease in everyone before they
 * weigh this patient's: "Epidemiology of NHL and pesticides is mixed", "no overall association of glyphosate with NHL", "stronger
 * signals for NHL subtypes", "radon is the 2nd leading cause of lung cancer", "no screening test for leukemia is recommended for
 * her". Each names the disease as the subject of an epidemiological fact or of a test offered to anyone, a statement about
 * the disease in general (ANNOTATION.md, round 14: its "biology, epidemiology or usual treatment response … diagnoses no one";
 * round 23: "A statement about a class of patients is no mention of the class's disease"). The patient's own disease is coded where the note says he has it; an owning word before the disease ("the
 * epidemiology of his lymphoma") keeps it his.
 */

/**
 * Words before "of" that make the disease after it the subject of an epidemiological fact ("epidemiology of", "leading cause of").
 * "Etiology of" is left out: "etiology of the liver metastases" asks where the patient's own disease came from.
 */
const FACT_NOUNS: ReadonlySet<string> = new Set(['epidemiology']);
/** Words of an association between an exposure and a disease, before "with" ("association of glyphosate with NHL"). */
const ASSOCIATION_NOUNS: ReadonlySet<string> = new Set(['association', 'associations']);
/** Words of an evidence signal, before "for" ("stronger signals for NHL subtypes"). */
const SIGNAL_NOUNS: ReadonlySet<string> = new Set(['signal', 'signals']);
/** A test's noun before "for", counted only after "screening" ("no screening test for leukemia"): a test offered to anyone. */
const TEST_NOUNS: ReadonlySet<string> = new Set(['test', 'tests']);
/** How many words (a subtype, a stage, a site) may stand between the frame's preposition and the disease. */
const QUALIFIER_REACH = 3;
/** How many words (the exposure: "glyphosate", "2,4-D") may stand between the association noun and "with". */
const EXPOSURE_REACH = 4;

/** Whether the word before "of" at `position` names an epidemiological fact: "epidemiology of", "leading cause of". */
function afterFactNoun(tokens: readonly Token[], position: number): boolean {
  const before = tokens[position - 1]?.norm ?? '';
  return FACT_NOUNS.has(before) || (before === 'cause' && tokens[position - 2]?.norm === 'leading');
}

/** Whether an association noun stands among the few words before "with" at `position`, in `sentence`. */
function afterAssociation(tokens: readonly Token[], position: number, sentence: number): boolean {
  for (let index = position - 1; index >= 0 && index >= position - 1 - EXPOSURE_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || OWNING_WORDS.has(token.norm)) return false;
    if (ASSOCIATION_NOUNS.has(token.norm)) return true;
  }
  return false;
}

/** Whether "for" at `position` follows a signal noun or "screening test(s)". */
function afterSignalOrScreeningTest(tokens: readonly Token[], position: number): boolean {
  const before = tokens[position - 1]?.norm ?? '';
  return SIGNAL_NOUNS.has(before) || (TEST_NOUNS.has(before) && tokens[position - 2]?.norm === 'screening');
}

/**
 * Round 26 (tuner C): "FGFR2 fusions occur in 10-15% of intrahepatic cholangiocarcinoma", "(rate ~10-15% in BR pancreatic cancer)":
 * a share written before "of" or "in" counts how often something happens among every case of the disease after it, a frequency of
 * the class (ANNOTATION.md, round 23: a statement about a class of patients reports "a frequency, a guideline or a biology of
 * everyone with the disease"). "10% of her tumour cells" has an owning word and stays.
 */
function afterShare(tokens: readonly Token[], position: number): boolean {
  return tokens[position - 1]?.norm === '%';
}

/**
 * "Metachronous contralateral RCC occurs in a small % of pts": a disease that "occurs in" a share or a class of people is the
 * class's frequency (ANNOTATION.md, round 23, whose example this is), not the patient's disease. The verb must follow the disease
 * within its own words, and a share or a plural of people must follow the "in" within a few words.
 */
const OCCURRING_VERBS: ReadonlySet<string> = new Set(['occurs', 'occur']);
/** What "occurs in" is said of: a share, or a plural of people or cases. */
const SHARE_WORDS: ReadonlySet<string> = new Set(['%', 'pts', 'patients', 'cases', 'people', 'adults', 'children']);
/** How many words after the disease may stand before its verb ("RCC occurs", "tumors in the contralateral kidney occur"), and after "in". */
const OCCURRENCE_REACH = 4;

/** Whether "occur(s) in" follows the disease words ending at `end`, with a share or a class of people after it. */
function occursInShare(tokens: readonly Token[], end: number, sentence: number): boolean {
  for (let index = end; index < end + OCCURRENCE_REACH; index++) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || !isWord(token.norm)) return false;
    if (!OCCURRING_VERBS.has(token.norm) || tokens[index + 1]?.norm !== 'in') continue;
    for (let after = index + 2; after <= index + 1 + OCCURRENCE_REACH; after++) {
      const word = tokens[after];
      if (word === undefined || word.sentence !== sentence || OWNING_WORDS.has(word.norm)) return false;
      if (SHARE_WORDS.has(word.norm)) return true;
    }
    return false;
  }
  return false;
}

/** Whether the disease words at tokens `[start, end)` are the subject of an epidemiological statement about everyone. */
export function statesEpidemiology(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  if (sentence === undefined || end <= start) return false;
  if (occursInShare(tokens, end, sentence) && !OWNING_WORDS.has(tokens[start - 1]?.norm ?? '')) return true;
  for (let index = start - 1; index >= 0 && index >= start - 1 - QUALIFIER_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence || OWNING_WORDS.has(token.norm)) return false;
    const norm = token.norm;
    if ((norm === 'of' || norm === 'in') && afterShare(tokens, index)) return true;
    if (norm === 'of') return afterFactNoun(tokens, index);
    if (norm === 'with') return afterAssociation(tokens, index, sentence);
    if (norm === 'for') return afterSignalOrScreeningTest(tokens, index);
    if (!isWord(norm)) return false;
  }
  return false;
}
