import type { Assertion } from './model';
import type { Laterality } from './siteLexicon';

/**
 * "Dx: Unilateral retinoblastoma OS … OD: periphery 360 w/ scleral depression - no tumors", "2. OD - no tumor. High risk of
 * bilateral disease": an ocular oncologist examines the fellow eye for the cancer the note proves in the other one, so a tumour
 * denied in that eye denies that cancer there, at its own side (ANNOTATION.md, '"New tumor(s)" is coded by what the note
 * establishes a new tumour of that organ to be', d617: table: retina / Malignant Primary C69.21, negated). Only a denial is read
 * so: a tumour found in the fellow eye is not proven the same cancer by the other eye's (it stays the eye's tumour, D49.89).
 */

/** A cancer proven in one of the eye's coats, as the proven-lesion pass lists it. */
interface ProvenEyeCancer {
  readonly organ: string;
  readonly laterality: Laterality | undefined;
}

/** Whether a denied tumour of the eye on `side` takes the cancer proven in the other eye. */
export function deniedInFellowEye(assertion: Assertion | undefined, side: Laterality | undefined, cancer: ProvenEyeCancer): boolean {
  if (assertion !== 'negated' || side === undefined || side === 'bilateral') return false;
  return cancer.laterality !== undefined && cancer.laterality !== 'bilateral' && cancer.laterality !== side;
}
