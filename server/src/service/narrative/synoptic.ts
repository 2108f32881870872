import type { Laterality } from './siteLexicon';
import type { SideIndex } from './sideIndex';
import type { Token } from './tokens';

/**
 * The fields of a synoptic (CAP protocol) report: "SPECIMEN LATERALITY: RIGHT", "TUMOR SITE: UPPER
 * OUTER QUADRANT", "HISTOLOGIC TYPE: INVASIVE CARCINOMA OF NO SPECIAL TYPE (DUCTAL)". The histology
 * field names no site; the laterality field a few lines above gives the side of the tumour it
 * describes (the site field is read as any site written before the finding, siteContext.ts).
 */

/** How far before a finding a laterality field still describes it (a synoptic block is a few dozen tokens). */
const FIELD_REACH = 60;
const SIDES: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['right', 'right'], ['left', 'left'], ['bilateral', 'bilateral']]);

/** The side a synoptic laterality field gives the finding at `index` ("SPECIMEN LATERALITY: RIGHT"), if one stands shortly before it. */
export function synopticSide(tokens: readonly Token[], sides: SideIndex, index: number): Laterality | undefined {
  const field = sides.fieldBefore(index, FIELD_REACH);
  // "LATERALITY: UNSPECIFIED" names no side.
  return field < 0 ? undefined : SIDES.get(tokens[field + 1]?.norm ?? '');
}
