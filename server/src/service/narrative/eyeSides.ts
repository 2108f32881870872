import type { Laterality } from './siteLexicon';
import { firstInSentenceAfter, nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * Ophthalmology writes the side of the eye in Latin abbreviations: OD (oculus dexter, the right eye),
 * OS (oculus sinister, the left eye), OU (oculi uterque, both eyes). They are read only in capitals and
 * only for a site of the eye or its adnexa, since "OS" is also overall survival in an oncology note.
 */
const EYE_SIDES: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['OD', 'right'], ['OS', 'left'], ['OU', 'bilateral']]);

/** Table rows of the eye, its coats and adnexa, as the site finder reads them (choroid C69.3-, conjunctiva C69.0-, eyelid C44.1-, orbit C69.6-). */
const EYE_ORGANS = new Set(['eye', 'eyeball', 'choroid', 'ciliary body', 'iris', 'uveal tract', 'conjunctiva', 'retina', 'cornea', 'sclera', 'eyelid', 'orbit', 'lacrimal gland']);

/** Whether a site's organ is the eye or one of its adnexa. */
export function isEyeOrgan(organ: string | undefined): boolean {
  return EYE_ORGANS.has(organ ?? '');
}

/** How many tokens after a mention its eye side may stand ("Choroidal melanoma OS, COMS medium"). */
const AFTER_REACH = 4;
/** How far back in its sentence a mention looks for the eye a line or study names ("B-scan OS: dome-shaped mass … c/w choroidal melanoma"). */
const BEFORE_REACH = 40;

/**
 * The eye side written for a mention of an eye site: right after it in its sentence, else the nearest
 * before it in its sentence ("OD - flat choroidal nevus", "B-scan OS: … c/w choroidal melanoma").
 */
export function eyeSideNear(tokens: readonly Token[], start: number, end: number): Laterality | undefined {
  const sentence = tokens[end - 1]?.sentence;
  // The abbreviations are read as written, in capitals, so the test is on the raw token.
  const isEyeSide = (token: Token): boolean => EYE_SIDES.has(token.raw);
  const after = firstInSentenceAfter(tokens, end, AFTER_REACH, sentence, isEyeSide);
  const at = after >= 0 ? after : nearestInSentenceBefore(tokens, start, BEFORE_REACH, sentence, isEyeSide);
  return at >= 0 ? EYE_SIDES.get(tokens[at]?.raw ?? '') : undefined;
}
