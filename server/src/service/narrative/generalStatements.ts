import type { Token } from './tokens';

/**
 * "RCC is relatively radioresistant", "CLL is usually indolent", "(note: PSTT secretes little hCG)",
 * "hepatoblastoma assoc. w/ prematurity": a bare disease name opening its clause, followed by a copula and a word that
 * describes the disease class, or by a verb of its biology, explains the disease as a textbook would and diagnoses no one
 * (ANNOTATION.md, round 14: "A statement about a disease in general is not a mention"). The patient's own disease written
 * so ("his RCC is stable", "lymphoma is curable" weighed for this patient) has a determiner or no class word and stays.
 */

/** Words after "<disease> is" that describe the disease class, not this patient's tumour. */
const CLASS_DESCRIPTIONS: ReadonlySet<string> = new Set([
  'relatively', 'usually', 'typically', 'generally', 'often', 'rarely', 'commonly', 'classically', 'frequently', 'historically',
]);
/** Verbs of a disease's biology after its bare name ("PSTT secretes little hCG", "hepatoblastoma assoc. w/ BWS"). */
const BIOLOGY_VERBS: ReadonlySet<string> = new Set(['secretes', 'assoc', 'tends']);
const COPULAS: ReadonlySet<string> = new Set(['is', 'are']);
/** Marks that may open the clause a bare disease name begins ("reassured; hepatoblastoma …", "(note: PSTT …"). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['-', ':', '(', ';']);

/** Whether the disease words at tokens `[start, end)` open a statement about the disease in general. */
export function statesDiseaseInGeneral(tokens: readonly Token[], start: number, end: number): boolean {
  const sentence = tokens[start]?.sentence;
  const next = tokens[end];
  if (next === undefined || next.sentence !== sentence) return false;
  const before = tokens[start - 1];
  if (before !== undefined && before.sentence === sentence && !CLAUSE_OPENERS.has(before.norm)) return false;
  if (BIOLOGY_VERBS.has(next.norm)) return true;
  const after = tokens[end + 1];
  return COPULAS.has(next.norm) && after !== undefined && after.sentence === sentence && CLASS_DESCRIPTIONS.has(after.norm);
}
