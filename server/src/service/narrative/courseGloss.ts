import type { TriggerHit } from './assertionScope';
import { DATE } from './assertionScope';
import { COMPLETED_COURSES } from './assertionTriggers';
import type { Token } from './tokens';

/**
 * "Left-sided RT 2015 (DCIS)", "chemo 2009 (Hodgkin lymphoma)": a diagnosis in parentheses right after a dated course of
 * treatment names what that course treated, and the course on its date is over (Guideline I.C.2.d, as "s/p RT 2015"):
 * the course word is the mention's history cue.
 */

/** Single-word courses (the multi-word ones are written after "s/p" and read as triggers there). */
const COURSE_WORDS: ReadonlySet<string> = new Set(COMPLETED_COURSES.filter((course) => !course.includes(' ')));

/** The course cue before the parenthesis opening at `open` ("RT 2015 ("), or undefined. */
export function datedCourseBefore(tokens: readonly Token[], open: number): TriggerHit | undefined {
  const course = open - 2;
  if (!DATE.test(tokens[open - 1]?.norm ?? '') || !COURSE_WORDS.has(tokens[course]?.norm ?? '') || tokens[course]?.sentence !== tokens[open]?.sentence) return undefined;
  return { start: course, end: course + 1, trigger: { words: tokens[course]?.norm ?? '', assertion: 'history', direction: 'post' } };
}
