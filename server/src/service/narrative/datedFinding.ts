import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * "para aortic lymph node sampling 09/2025 which was negative for malignancy", "pleural fluid 09/2026 negative for malignant
 * cells", "bone scan 10/2026 negative for metastatic disease": a history or a results line writes the date of the specimen or
 * study, and the relative pronoun that takes up its verdict, between the specimen and the verdict; the specimen is still the
 * finding's subject (`findingSubject.ts`), so a denial there is a negated mention at its site (ANNOTATION.md, "Negative for X
 * in a pathology part is a negated mention at the part's own labelled site").
 */

/** A date as notes write one: "09/2025", "11/20", "12/01/2026", or a year. */
const DATE = /^(?:\d{1,2}\/\d{2,4}(?:\/\d{2,4})?|(?:19|20)\d{2})$/;
/** The relative pronouns that take up a specimen's verdict after a copula ("which was negative", "that were positive"). */
const RELATIVE_PRONOUNS = new Set(['which', 'that']);
/** How a specimen was taken, written right after its site ("lymph node sampling", "node dissection", "liver biopsy"). */
const PROCEDURE_NOUNS = new Set(['sampling', 'dissection', 'excision', 'resection', 'biopsy', 'biopsies', 'bx', 'fna', 'aspiration', 'aspirate']);

/**
 * The position before the relative pronoun, the date and the procedure noun written between a specimen and its verdict
 * (`position` is the verdict's copula or finding word); `position` itself when none stands there. The pronoun is read only
 * after a copula ("which was"), and the procedure noun only right after a site.
 */
export function beforeSpecimenDate(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], position: number, copula: boolean): number {
  if (siteEndingAt[position] !== undefined) return position;
  let at = position;
  if (copula && RELATIVE_PRONOUNS.has(tokens[at - 1]?.norm ?? '')) at--;
  if (DATE.test(tokens[at - 1]?.norm ?? '')) at--;
  if (siteEndingAt[at] === undefined && PROCEDURE_NOUNS.has(tokens[at - 1]?.norm ?? '') && siteEndingAt[at - 1] !== undefined) at--;
  return at;
}
