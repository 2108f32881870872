import type { Token } from './token';

/** Words before "DR" that make it diabetic retinopathy, not a title: a title never follows a grade or a denial. */
const RETINOPATHY_GRADES: ReadonlySet<string> = new Set(['no', 'w/o', 'without', 'mild', 'moderate', 'severe', 'background', 'nonproliferative', 'proliferative']);

/**
 * An eye examination's "DR" is diabetic retinopathy, whose full stop ends its sentence ("OD: no DR. Flat choroidal nevus …"), unlike
 * the title "Dr." before a name: read so in capitals after a word that grades or denies it.
 */
export function isRetinopathyAbbreviation(word: Token, before: Token | undefined): boolean {
  return word.raw === 'DR' && RETINOPATHY_GRADES.has(before?.norm ?? '');
}
