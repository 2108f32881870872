import type { FamilyStatements } from './familyStatement';
import type { HistologyTerm } from './histologyTerm';
import type { SiteMatch } from './siteFinder';
import { siteInOneShape } from './siteMatch';
import type { Token } from './tokens';

/**
 * A relative's sarcoma written with no site ("FHx: father - sarcoma", "No family hx of sarcoma"): the patient's own site-less
 * sarcoma may restate the one the note names with its site (restatedSite.ts), but a relative's restates nothing of the
 * patient's, and the family history code needs no site: a soft-tissue sarcoma is of the connective tissue and a bone sarcoma
 * of the bone (Index: Sarcoma — see Neoplasm, connective tissue, malignant; Osteosarcoma — see Neoplasm, bone, malignant),
 * both Z80.8 Family history of malignant neoplasm of other organs or systems (ANNOTATION.md: a relative's "brain tumor" is
 * Z80.8 likewise).
 */
export function relativesTissueSite(tokens: readonly Token[], family: FamilyStatements, term: HistologyTerm, start: number): SiteMatch | undefined {
  if (term.tissue === undefined || !family.has(tokens, start)) return undefined;
  return siteInOneShape({ start, end: start, path: [term.tissue], lymphNode: false });
}
