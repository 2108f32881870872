/**
 * Round 26 (allied health): the abbreviations nursing, dietitian and therapy notes write for a finding's cause. A dietitian's PES
 * statement gives the problem, then its etiology after "r/t" (related to), then its signs after "AEB" ("Severe malnutrition r/t
 * cancer cachexia … and suspected exocrine pancreatic insufficiency 2/2 pancreatic adenocarcinoma, AEB above"), and "2/2" is
 * "secondary to". What follows them is the cause, as after NegEx's "secondary to" and "due to": a cue before them speaks of the
 * problem only, so "suspected" does not make the known cancer a suspected one, nor "no" deny it.
 */
export const ABBREVIATED_CAUSES: readonly string[] = ['r/t', '2/2'];
