import type { Token } from './token';

/**
 * A molecular or laboratory report's interpretation speaks of the disease a finding, a figure or a trial is reported in, not of
 * this patient: "a sensitizing alteration in non-small cell lung cancer", "NCCN category 1 for advanced EGFR-mutated NSCLC",
 * "86th percentile in melanoma", "an increased incidence of brain mets in BRAF-mutant melanoma", "data in ATM-mutant PDAC
 * limited", "Phase 2, EGFR-mutant NSCLC after progression", "the gene is associated with hereditary breast cancer". Each names
 * the population of patients the evidence comes from, a statement about a class of patients (ANNOTATION.md: "A statement about a
 * class of patients is no mention of the class's disease"). The patient's own disease after the same words has an owning word
 * ("data in her NSCLC") or none of these frames ("EGFR L858R detected in lung adenocarcinoma", "on osimertinib for EGFR-mutant
 * NSCLC"), and stays.
 */

/** Words before "in" that report evidence gathered in a population ("alteration in", "data in", "86th percentile in"). */
const EVIDENCE_WORDS: ReadonlySet<string> = new Set([
  'percentile', 'alteration', 'alterations', 'data', 'benefit', 'efficacy', 'activity', 'outcomes', 'occur',
  'occurs', 'trials', 'studies', 'driver', 'drivers',
]);
/**
 * Words before "for" that grade a therapy for a population ("NCCN category 1 for"). A trial or a therapy "for" a disease is often
 * the patient's own ("trial for recurrent GBM" weighed for him), and a drug's approval or labelled indication for a disease is
 * read as that disease foreseen (`outlookTriggers.ts`, round 11), so those words are left out.
 */
const GRANT_WORDS: ReadonlySet<string> = new Set(['category']);
/**
 * Words before "of" that give how often a disease arises in a population ("an increased incidence of brain mets"). A bare share
 * ("30% of …") is left out: it measures the patient's own tumour as often as a population.
 */
const SHARE_WORDS: ReadonlySet<string> = new Set(['incidence', 'prevalence']);
/** Words a population's name may carry between the preposition and the disease ("advanced", "previously treated", "or"). */
const POPULATION_QUALIFIERS: ReadonlySet<string> = new Set([
  ',', 'or', 'and', 'advanced', 'metastatic', 'unresectable', 'locally', 'previously', 'treated', 'pretreated', 'refractory',
  'relapsed', 'recurrent', 'resected', 'early', 'late', 'stage', 'non-small', 'small', 'cell', 'iii', 'iv', 'mutant', 'mutated',
  // Round 25: a transplant note's population ("regression data in transplant KS").
  'transplant', 'post-transplant', 'iatrogenic',
]);
/**
 * Qualifiers that after "in" by themselves name a subgroup of patients ("in previously treated … cholangiocarcinoma", "in
 * BRAF-mutant melanoma"); after "for" they may name the patient's own disease a drug is given for ("on osimertinib for
 * EGFR-mutant NSCLC"), so "for" needs its evidence word.
 */
const SUBGROUP_WORDS: ReadonlySet<string> = new Set(['previously', 'pretreated', 'refractory', 'mutant', 'mutated']);
/** Endings of a molecular subgroup written onto its gene ("BRAF-mutant", "EGFR-mutated", "NRG1+", "KRAS-WT"). */
const MOLECULAR_ENDINGS: readonly string[] = ['-mutant', '-mutated', '-rearranged', '-amplified', '-altered', '-positive', '-negative', '+'];
/**
 * Words naming a gene or a molecular finding whose disease association a report states ("the gene is associated with hereditary
 * breast cancer"): the association is the gene's in everyone who carries it, not this patient's diagnosis.
 */
const FINDING_SUBJECTS: ReadonlySet<string> = new Set(['gene', 'genes', 'variant', 'variants', 'mutation', 'mutations', 'carriers']);
/** Words a disease association may carry before the disease ("associated with hereditary breast cancer"). */
const ASSOCIATION_QUALIFIERS: ReadonlySet<string> = new Set(['hereditary', 'familial', 'inherited']);
/** How many words before "associated" the finding it is said of may stand ("the gene is associated"). */
const SUBJECT_REACH = 4;
/** How many qualifier words may stand between the preposition or trial phase and the disease. */
const QUALIFIER_REACH = 7;
/** How many words before the preposition its evidence word may stand ("approval 2024 for", "category 1 for"). */
const EVIDENCE_REACH = 3;

/** Whether a word names a molecular subgroup of a disease. */
function namesMolecularSubgroup(norm: string): boolean {
  for (const ending of MOLECULAR_ENDINGS) if (norm.length > ending.length && norm.endsWith(ending)) return true;
  return false;
}

/** Whether a word may stand inside a population's name: a qualifier, a number ("stage 4"), or a molecular subgroup. */
function qualifiesPopulation(norm: string): boolean {
  const first = norm.charCodeAt(0);
  return POPULATION_QUALIFIERS.has(norm) || namesMolecularSubgroup(norm) || (first >= 48 && first <= 57);
}

/** Whether one of `words` stands among the `reach` words before `position`, in `sentence`. */
function wordBefore(tokens: readonly Token[], position: number, sentence: number, words: ReadonlySet<string>): boolean {
  for (let index = position - 1; index >= 0 && index >= position - EVIDENCE_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    if (words.has(token.norm)) return true;
  }
  return false;
}

/** Whether "with" at `position` follows "associated" said of a gene or a molecular finding. */
function associatedWithFinding(tokens: readonly Token[], position: number, sentence: number): boolean {
  const associated = position - 1;
  if (tokens[associated]?.norm !== 'associated') return false;
  for (let index = associated - 1; index >= 0 && index >= associated - SUBJECT_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    if (FINDING_SUBJECTS.has(token.norm)) return true;
  }
  return false;
}

/** Whether "phase" and its number stand at `position` ("Phase 2", "phase 1/2"): a trial's listing. */
function opensTrialListing(tokens: readonly Token[], position: number): boolean {
  const next = tokens[position + 1]?.norm ?? '';
  const first = next.charCodeAt(0);
  return tokens[position]?.norm === 'phase' && ((first >= 48 && first <= 57) || next === 'i' || next === 'ii' || next === 'iii');
}

/** Whether the disease words at tokens `[start, end)` name the population evidence is reported in. */
export function namesDiseasePopulation(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  if (sentence === undefined || end <= start) return false;
  let subgroup = false;
  for (let index = start - 1; index >= 0 && index >= start - QUALIFIER_REACH; index--) {
    const token = tokens[index];
    if (token === undefined || token.sentence !== sentence) return false;
    const norm = token.norm;
    if (norm === 'in') return subgroup || wordBefore(tokens, index, sentence, EVIDENCE_WORDS);
    if (norm === 'for') return wordBefore(tokens, index, sentence, GRANT_WORDS);
    if (norm === 'of') return wordBefore(tokens, index, sentence, SHARE_WORDS);
    if (norm === 'with') return associatedWithFinding(tokens, index, sentence);
    if (norm === '/' && tokens[index - 1]?.norm === 'w') return associatedWithFinding(tokens, index - 1, sentence);
    if (opensTrialListing(tokens, index)) return true;
    if (!qualifiesPopulation(norm) && !ASSOCIATION_QUALIFIERS.has(norm)) return false;
    subgroup ||= SUBGROUP_WORDS.has(norm) || namesMolecularSubgroup(norm);
  }
  return false;
}
