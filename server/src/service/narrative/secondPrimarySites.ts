import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { parenthesisedSites } from './listedSpread';
import { reportedOrgan } from './findingOrgan';
import type { SiteList } from './siteLists';
import type { Token } from './tokens';

/**
 * A generic second cancer spoken of as a risk ("risk of a second primary in lung/head & neck", "second malignant
 * neoplasms (skin, thyroid, colon)", "second cancers in the RT field (bladder, prostate)"). ANNOTATION.md ("A generic
 * 'second cancer(s)' … spoken of as a risk is a hypothetical mention of C80.1") makes the generic words their own entry
 * and each site listed after them another, a primary there (the sites name where a second cancer may arise, not where the
 * first one spread), while a site the words are "in" or "of" names the second cancer itself.
 */

/** Prepositions after which the sites of a second cancer follow ("in lung", "of the skin"). */
const SITE_PREPOSITIONS = new Set(['in', 'of']);
/** Words of a treatment field that may stand between the words and their parenthesised sites ("second cancers in the RT field (bladder, prostate)"). */
const FIELD_WORDS = new Set(['in', 'within', 'the', 'rt', 'xrt', 'radiation', 'radiotherapy', 'treatment', 'treated', 'field', 'fields']);
/**
 * Words after a bare "second primary" that leave it a noun of its own ("second primary in the lung", "a second primary (lifelong)";
 * round 25: "no evidence of a second primary on the 11/2026 PET", "no new primary on this specimen").
 */
const ALONE_BEFORE = new Set(['in', 'of', 'at', 'or', 'and', 'given', 'after', 'from', 'with', 'w', 'due', 'is', 'are', 'was', 'risk', 'on']);

/** The term of a second cancer's listed site: a plain primary, so the site's own row, not C80.1, codes it. */
function siteTerm(term: HistologyTerm): HistologyTerm {
  return { words: term.words, role: 'primary' };
}

/** Whether a word-only second cancer ("second primary") is a noun phrase of its own here, not the start of "second primary lung cancer". */
function standsAlone(tokens: readonly Token[], end: number): boolean {
  const next = tokens[end];
  if (next === undefined || next.sentence !== tokens[end - 1]?.sentence) return true;
  return !/^[a-z]/.test(next.norm) || ALONE_BEFORE.has(next.norm);
}

/** The parenthesised sites right after the words or after the treatment field they name, in their sentence. */
function listedInParenthesis(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], end: number): SiteMatch[] {
  const sentence = tokens[end - 1]?.sentence;
  let position = end;
  while (FIELD_WORDS.has(tokens[position]?.norm ?? '') && tokens[position]?.sentence === sentence) position++;
  return tokens[position]?.sentence === sentence ? parenthesisedSites(tokens, sites, position) : [];
}

/**
 * The mentions of a generic second cancer at `start`–`end`: a primary at each site written after "in" / "of" (`right`;
 * ANNOTATION.md: a named site keeps its own code), else the C80.1 words themselves and a primary at each site listed in a
 * parenthesis just after (each phrase from the generic words to its site); none for a bare "second primary" that a noun
 * follows (its cancer is read by the words after it).
 */
export function secondPrimaryMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, end: number, term: HistologyTerm, right: SiteList,
): RawMention[] {
  if (term.standsAlone === true && !standsAlone(tokens, end)) return [];
  const generic: RawMention = { start, end, anchorStart: start, anchorEnd: end, column: 'primary', site: { start, end, path: term.impliedSite ?? [], lymphNode: false }, histology: term };
  const own = siteTerm(term);
  // Each site's phrase opens at the generic words, so the cue that makes them a risk reaches every site listed with them.
  const atSite = (site: SiteMatch): RawMention => ({ start, end: site.end, anchorStart: start, anchorEnd: end, column: 'primary', site, histology: own });
  // "second primary in lung", "second cancer of the skin": a named site keeps its own code, with no generic entry beside it.
  const written = right.preposition !== undefined && SITE_PREPOSITIONS.has(right.preposition) ? right.sites : [];
  if (written.length > 0) return written.map(atSite);
  const listed = listedInParenthesis(tokens, sites, end);
  // "Right buccal mucosa thickening - ?second primary": a second primary a finding is said to be is at that finding's organ.
  const concluded = listed.length === 0 && setOffByDash(tokens, start) ? reportedOrgan(tokens, sites, start, 'primary') : undefined;
  if (concluded !== undefined) return [atSite({ ...concluded, start, end })];
  return [generic, ...listed.map(atSite)];
}

/** Hedge words that may stand between the dash and a finding's second primary ("- ?second primary", "- possible second primary"). */
const DASH_HEDGES = new Set(['?', 'query', 'possible', 'possibly', 'likely', 'probable', 'a']);
/** At most this many hedge words are read back from the words. */
const DASH_HEDGE_REACH = 3;

/** Whether the words follow a dash over at most a few hedge words, in their sentence: the finding before the dash is what they name. */
function setOffByDash(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let position = start - 1; position >= Math.max(0, start - 1 - DASH_HEDGE_REACH); position--) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return false;
    if (token.norm === '-') return true;
    if (!DASH_HEDGES.has(token.norm)) return false;
  }
  return false;
}
