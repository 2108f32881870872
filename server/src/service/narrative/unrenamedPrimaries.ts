import { aboutRelative } from './familyStatement';
import type { Token } from './tokens';

/**
 * `restatedSite.ts` reads "oropharyngeal SCC, left tonsil primary" as one tumour whose organ the "<site> primary" names. Two
 * readings keep the histology's own organ instead, each a mention of its own:
 * - a primary qualified as new ("Mother with ovarian cancer at 66 and now a second breast primary in this pt"): a qualified
 *   primary names a new cancer (ANNOTATION.md, round 17), not the organ of the cancer before it;
 * - a relative's cancer ("Father died age 70 of \"bone cancer\" - ?prostate primary"): a family history records each organ the
 *   relative's record names (Z80.8 and Z80.42; ANNOTATION.md, a relative's cancer is coded as written), and no coder settles a
 *   relative's primary for them.
 */

/** The words that make "<site> primary" a new cancer (as `restatedCarcinoma.ts` reads "a second primary tumor"). */
const NEW_PRIMARY_QUALIFIERS: ReadonlySet<string> = new Set(['new', 'second', 'separate', 'novo', 'synchronous', 'metachronous', 'another', 'different', 'third']);

/** Whether the histology at `histologyStart` keeps its own organ beside the organ-named primary at `primaryStart`. */
export function keepsOwnOrgan(tokens: readonly Token[], histologyStart: number, primaryStart: number): boolean {
  return NEW_PRIMARY_QUALIFIERS.has(tokens[primaryStart - 1]?.norm ?? '') || aboutRelative(tokens, histologyStart);
}
