import { isModifier } from './modifierWords';
import type { SiteMatch } from './siteFinder';
import type { Token } from './token';

/**
 * "EUS-FNB 10/28: adenocarcinoma, c/w pancreatic primary", "Stage IV NSCLC (adenocarcinoma, LLL primary, EGFR exon 19 del)": a
 * site-less histology that its own sentence goes on to call a primary of an organ, set off by a comma or a conclusion word, keeps
 * its own entry at that organ beside the "<organ> primary" one (ANNOTATION.md round 19, `restatedSite.ts`: "set off by a comma or
 * parenthesis, the histology keeps its own entry at that organ"). It waits as the encounter's cancer restated, so it takes the
 * site the note gives that cancer (`restatedCarcinoma.ts`), the named primary's among them.
 */

/** Words of a conclusion and their links between the histology and the organ ("c/w", "consistent with a", "favor"). */
const CONCLUSION_WORDS: ReadonlySet<string> = new Set(['c/w', 'consistent', 'compatible', 'with', 'favor', 'favors', 'favoring', 'a', 'an', ',']);
/** The words after an organ that call it the primary. */
const PRIMARY_WORDS: ReadonlySet<string> = new Set(['primary', 'origin']);
/** How many words may stand between the histology and the organ ("adenocarcinoma, moderately differentiated, c/w a pancreatic"). */
const REACH = 8;

/** Whether the histology ending at `end` is followed in its sentence by "<organ> primary" over a comma, modifiers or a conclusion. */
export function concludedPrimaryAfter(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], end: number): boolean {
  const sentence = tokens[end - 1]?.sentence;
  if (tokens[end]?.norm !== ',') return false;
  for (let position = end + 1; position < Math.min(tokens.length, end + REACH); position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    const site = sites[position];
    if (site !== undefined) return !site.lymphNode && PRIMARY_WORDS.has(tokens[site.end]?.norm ?? '');
    if (!CONCLUSION_WORDS.has(token.norm) && !isModifier(token.norm)) return false;
  }
  return false;
}
