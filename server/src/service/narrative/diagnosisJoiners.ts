import type { Token } from './tokens';

/**
 * Round 24: "BCC L upper back and SCC R hand", "Hx sBCC L upper back and nodular BCC L nasal ala", "melanoma of the back and SCC
 * of the R hand": "and" (or "&") between two diagnoses, each written with its own site, joins two lesions, not two sites of one
 * lesion. A coder codes each where it is written (ANNOTATION.md, "Every occurrence is its own mention"): the site written right
 * after the first diagnosis (or after its "of") is that diagnosis's, as a comma already keeps it ("BCC L nasal ala, SCC R scalp",
 * `siteLists.ts`), so the second diagnosis's walk to the left stops there. Sites of one diagnosis joined by "and" ("liver and
 * bone mets") have no diagnosis word before the first of them and stay one list; a site after "and" right before a second
 * diagnosis word ("BCC L upper back and breast cancer") is still read into the first's list to the right, as "NSCLC brain and
 * bone mets" must be for its spread (`stageLists.ts`).
 */

/** Words that join two diagnoses of a list as they join two sites. */
export const DIAGNOSIS_JOINERS: ReadonlySet<string> = new Set(['and', '&']);

/** Whether the token at `index` joins two items of a list. */
export function joinsItems(tokens: readonly Token[], index: number): boolean {
  return DIAGNOSIS_JOINERS.has(tokens[index]?.norm ?? '');
}
