import type { SiteMatch } from './siteFinder';
import { closingParenthesis } from './siteLists';
import type { Token } from './tokens';

/**
 * The sites listed right after a diagnosis, in a parenthesis ("metastatic gastric cancer (ovaries, peritoneum)") or set off by
 * a dash or colon ("Metastatic breast cancer - liver, bone."): where a primary called metastatic spread. Moved out of
 * `siteLists.ts` (the walks left and right of an anchor) as a concern of its own; each walk is bounded (12 and 16 tokens).
 */

/** Words a parenthesised list of sites may hold besides the sites ("(ovaries, peritoneum)", "(liver and bone)"). */
const LIST_WORDS = new Set([',', 'and', '&', '/', '+', 'both', 'bilateral', 'the']);

/**
 * The sites of a parenthesis right after an anchor that holds only a list of sites ("metastatic gastric
 * cancer (ovaries, peritoneum)"); empty when it holds anything else ("(ER+/PR+)", "(dx 2019)") or does
 * not close within twelve tokens of its sentence.
 */
export function parenthesisedSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number): SiteMatch[] {
  if (tokens[from]?.norm !== '(') return [];
  const sentence = tokens[from]?.sentence;
  const found: SiteMatch[] = [];
  let position = from + 1;
  while (position < Math.min(tokens.length, from + 13) && tokens[position]?.sentence === sentence) {
    const site = sites[position];
    if (site !== undefined) {
      found.push(site);
      position = site.end;
    } else if (tokens[position]?.norm === ')') {
      return found;
    } else if (LIST_WORDS.has(tokens[position]?.norm ?? '')) {
      position++;
    } else {
      return [];
    }
  }
  return [];
}

/** Marks that set a list off after a diagnosis ("Metastatic breast cancer - liver, bone", "Metastatic CRC: liver, lung"). */
const SET_OFF_MARKS = new Set(['-', '–', '—', ':']);
/** Tokens that close a set-off list of sites. */
const LIST_ENDS = new Set(['.', ';']);

/**
 * The sites of a list set off by a dash or colon right after an anchor that holds only sites up to its sentence's end
 * ("Metastatic breast cancer - liver, bone."); empty when anything else follows ("- liver biopsy showed …").
 */
function setOffSites(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number): SiteMatch[] {
  if (!SET_OFF_MARKS.has(tokens[from]?.norm ?? '')) return [];
  const sentence = tokens[from]?.sentence;
  const found: SiteMatch[] = [];
  let position = from + 1;
  while (position < Math.min(tokens.length, from + 17)) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence || LIST_ENDS.has(token.norm)) return found;
    const site = sites[position];
    if (site !== undefined) {
      found.push(site);
      position = site.end;
    } else if (LIST_WORDS.has(token.norm)) {
      position++;
    } else {
      return [];
    }
  }
  return [];
}

/**
 * "metastatic signet ring gastric cancer (ovaries, peritoneum)", "Metastatic breast cancer - liver, bone": a list of
 * other organs in a parenthesis or set off by a dash or colon after a primary called metastatic names where it spread
 * (an organ of the primary's own is its sub-site). An unknown primary ("carcinoma of unknown primary (CUP) - liver,
 * bone") spreads to every organ listed.
 */
export function spreadInParenthesis(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], end: number, primaries: readonly SiteMatch[], unknownPrimary = false,
): SiteMatch[] {
  const [primary] = primaries;
  if (unknownPrimary) return setOffSites(tokens, sites, afterParenthesis(tokens, end));
  if (primary === undefined || primaries.length !== 1) return [];
  const listed = tokens[end]?.norm === '(' ? parenthesisedSites(tokens, sites, end) : setOffSites(tokens, sites, end);
  return listed.filter((site) => site.path[0] !== primary.path[0]);
}

/** The token after a short parenthesis at `from` ("(CUP)"), or `from`. */
function afterParenthesis(tokens: readonly Token[], from: number): number {
  const close = tokens[from]?.norm === '(' ? closingParenthesis(tokens, from) : undefined;
  return close === undefined ? from : close + 1;
}
