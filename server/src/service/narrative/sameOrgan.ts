/** The organs of the uterine adnexa (table: adnexa (uterine) C57.4; ovary C56.-, fallopian tube C57.0-). */
const ADNEXAL_ORGANS = new Set(['ovary', 'fallopian tube']);

/**
 * Whether two site rows are one organ for the side a note gives it: the same row, or the adnexa and an organ
 * in it ("9 cm L adnexal mass … presumed ovarian cancer": the left ovary).
 */
export function sameOrganForSide(first: string | undefined, second: string | undefined): boolean {
  if (first === second) return true;
  return (first === 'adnexa' && ADNEXAL_ORGANS.has(second ?? '')) || (second === 'adnexa' && ADNEXAL_ORGANS.has(first ?? ''));
}
