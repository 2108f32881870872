import type { MorphologyTerm } from './morphologyTerm';
import { firstInSentenceAfter } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "Follicular lymphoma, grade 2", "FL grade 3A", "grade 2 follicular lymphoma": Tabular C82.0–C82.4 code the follicular
 * lymphoma's grade (I, II, III unspecified, IIIa, IIIb); the grade is read within three words after the histology, or
 * right before it. A grade written as a span of two ("grade 1-2", the WHO 2016 grouping) names no single grade of the
 * classification, and a coder cannot give one lymphoma both C82.0- and C82.1-: it is C82.9- Follicular lymphoma, unspecified,
 * the term's own code (ANNOTATION.md "Round 19 decisions"; d198, d254, d566).
 */

/** The fourth character of C82 by the written grade: 1 → 0, 2 → 1, 3 → 2, 3a → 3, 3b → 4 (roman numerals too). */
const FOLLICULAR_GRADES: ReadonlyMap<string, string> = new Map([
  ['1', '0'], ['i', '0'], ['2', '1'], ['ii', '1'], ['3', '2'], ['iii', '2'], ['3a', '3'], ['iiia', '3'], ['3b', '4'], ['iiib', '4'],
]);

/** A span of two grades, as one token ("1-2", "1/2", "i-ii", "3a/3b"): no single grade, so the unspecified code stays. */
const GRADE_SPANS: ReadonlySet<string> = new Set(['1-2', '1/2', 'i-ii', 'i/ii', '3a/3b', '3a-3b', 'iiia/iiib']);

/** The words that open a grade ("grade 2", "gr 2"). */
const GRADE_WORDS = new Set(['grade', 'gr']);

/** The grade token after "grade" within three words after the histology, or right before it ("grade 2 follicular lymphoma"); -1 when none. */
function gradePosition(tokens: readonly Token[], start: number, end: number): number {
  // Only the first "grade" after the histology is read: its grade follows it.
  const after = firstInSentenceAfter(tokens, end, 3, tokens[end - 1]?.sentence, (token) => GRADE_WORDS.has(token.norm));
  if (after >= 0) return after + 1;
  return GRADE_WORDS.has(tokens[start - 2]?.norm ?? '') && tokens[start - 2]?.sentence === tokens[start]?.sentence ? start - 1 : -1;
}

/** The follicular lymphoma with the grade written with it, or the term unchanged. */
export function gradedTerm(tokens: readonly Token[], start: number, end: number, term: MorphologyTerm): MorphologyTerm {
  if (term.code !== 'C82.90') return term;
  const position = gradePosition(tokens, start, end);
  if (position < 0) return term;
  const written = tokens[position]?.norm ?? '';
  const grade = GRADE_SPANS.has(written) ? undefined : FOLLICULAR_GRADES.get(written);
  if (grade === undefined) return term;
  return { ...term, code: `C82.${grade}0`, remission: `C82.${grade}A`, source: `Tabular C82.${grade}- Follicular lymphoma by grade` };
}

