/** The organs of the uterine adnexa (table: adnexa (uterine) C57.4; ovary C56.-, fallopian tube C57.0-). */
const ADNEXAL_ORGANS = new Set(['ovary', 'fallopian tube']);

/** The coats and parts of the eyeball (table: eye C69.9-; choroid C69.3-, ciliary body C69.4-, retina C69.2-, iris, sclera, cornea). */
const EYE_PARTS = new Set(['choroid', 'ciliary body', 'retina', 'iris', 'uveal tract', 'sclera', 'cornea', 'conjunctiva']);

/**
 * Whether two site rows are one organ for the side a note gives it: the same row, or the adnexa and an organ
 * in it ("9 cm L adnexal mass … presumed ovarian cancer": the left ovary), or the eye and one of its parts
 * ("L eye pigmented choroidal mass, r/o melanoma": the left choroid).
 */
export function sameOrganForSide(first: string | undefined, second: string | undefined): boolean {
  if (first === second) return true;
  return (first === 'adnexa' && ADNEXAL_ORGANS.has(second ?? '')) || (second === 'adnexa' && ADNEXAL_ORGANS.has(first ?? ''))
    || (first === 'eye' && EYE_PARTS.has(second ?? '')) || (second === 'eye' && EYE_PARTS.has(first ?? ''));
}
