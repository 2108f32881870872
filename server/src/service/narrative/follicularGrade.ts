import type { MorphologyTerm } from './morphologyTerm';
import { firstInSentenceAfter } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "Follicular lymphoma, grade 2", "FL grade 3A", "grade 2 follicular lymphoma": Tabular C82.0–C82.4 code the follicular
 * lymphoma's grade (I, II, III unspecified, IIIa, IIIb); the grade is read within three words after the histology, or
 * right before it. A grade written as a span of two ("grade 1-2", the WHO 2016 grouping) names no single grade, so the
 * code needs a detail the text lacks: `null` with the two grades' codes as candidates (ANNOTATION.md, "Fields": code null
 * when the text lacks the detail a code needs; d198 "FL grade 1-2" C82.08 / C82.18, d254 "grade 1-2 follicular lymphoma").
 */

/** The fourth character of C82 by the written grade: 1 → 0, 2 → 1, 3 → 2, 3a → 3, 3b → 4 (roman numerals too). */
const FOLLICULAR_GRADES: ReadonlyMap<string, string> = new Map([
  ['1', '0'], ['i', '0'], ['2', '1'], ['ii', '1'], ['3', '2'], ['iii', '2'], ['3a', '3'], ['iiia', '3'], ['3b', '4'], ['iiib', '4'],
]);

/** A span of two grades, as one token ("1-2", "1/2", "i-ii"): the fourth characters of both, the first one the term's. */
const GRADE_SPANS: ReadonlyMap<string, readonly [string, string]> = new Map([
  ['1-2', ['0', '1']], ['1/2', ['0', '1']], ['i-ii', ['0', '1']], ['i/ii', ['0', '1']],
  ['3a/3b', ['3', '4']], ['3a-3b', ['3', '4']], ['iiia/iiib', ['3', '4']],
]);

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
  const span = GRADE_SPANS.get(written);
  const grade = span?.[0] ?? FOLLICULAR_GRADES.get(written);
  if (grade === undefined) return term;
  const graded = { ...term, code: `C82.${grade}0`, remission: `C82.${grade}A`, source: `Tabular C82.${grade}- Follicular lymphoma by grade` };
  return span === undefined ? graded : { ...graded, otherGrade: span[1], source: `Tabular C82.${span[0]}- / C82.${span[1]}- Follicular lymphoma by grade (two grades written)` };
}

/**
 * The coding of a follicular lymphoma whose written grade spans two: no code, the grade's and the other grade's as candidates
 * (C82.08 and C82.18 of "FL grade 1-2, stage III"). A history or family code has no grade and is kept.
 */
export function withOtherGrade<Coding extends { readonly code: string | null; readonly candidates: readonly string[]; readonly source: string }>(
  coding: Coding, term: MorphologyTerm,
): Coding {
  const other = term.otherGrade;
  const code = coding.code;
  if (other === undefined || code === null || !code.startsWith('C82')) return coding;
  return { ...coding, code: null, candidates: [code, `${code.slice(0, 3)}${other}${code.slice(4)}`] };
}
