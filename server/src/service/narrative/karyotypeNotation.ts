import { isAsciiDigit } from './charCodes';

/**
 * Cytogenetic (ISCN) notation writes a translocation's chromosomes and bands with a semicolon and no space:
 * "t(9;11)(p21.3;q23.3)", "46,XX,t(11;14)(q13;q32)[18]". That semicolon parts two chromosomes of one
 * rearrangement, not two clauses, so it ends no sentence: otherwise a karyotype in a marrow report's diagnosis
 * line would cut the line into sentences and put the findings below it out of reach of the specimen label above.
 * Read as: a digit right before it, and right after it a digit or a band's arm ("p", "q") with its digit.
 */
export function isKaryotypeSemicolon(text: string, at: number): boolean {
  if (at === 0 || !isAsciiDigit(text.charCodeAt(at - 1))) return false;
  const next = text.charCodeAt(at + 1);
  if (isAsciiDigit(next)) return true;
  return (next === 0x70 /* p */ || next === 0x71 /* q */) && isAsciiDigit(text.charCodeAt(at + 2));
}
