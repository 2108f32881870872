import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { deniedSubjectSite } from './deniedSubjectSite';
import { differentialSite, parenthesisedSite } from './differential';
import { reportedOrganAnyColumn } from './findingOrgan';
import { hedgedAlternativeAfter } from './hedgedAlternative';
import type { HistologyTerm } from './histologyLexicon';
import { mayRestateTumour, restatesEncounterCarcinoma } from './restatedCarcinoma';
import { sampledTissueSite } from './sampledTissue';
import type { SiteMatch } from './siteFinder';
import { skinCompanionSite, skinTypeLineSurface } from './skinSites';
import type { Token } from './tokens';
import { objectOfRelation } from './tumourObject';

/**
 * Two questions `mentions.ts` asks of a finding written with no site and no line label (its `anchorMentions`), kept here
 * so that their long conditions read by name; each is asked in the order the reader has always asked it, so the first
 * answer found is the same one.
 */

/**
 * The site a finding's own words give it when no line label does: the organ a report gives it (a relative's cancer takes
 * none from the patient's report), a differential's or a parenthesis's site, the tissue sampled, the part a denied verdict's
 * statement opens with, a skin line's surface or the skin site written with its companion. A lesion word ("tumor") takes none of these: a tumour of an organ named further
 * away may be any lesion there.
 */
export function writtenFindingSite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[],
  term: HistologyTerm, column: NeoplasmColumn, relatives: boolean, start: number, end: number,
): SiteMatch | undefined {
  if (term.namesLesion === true) return undefined;
  return (relatives ? undefined : reportedOrganAnyColumn(tokens, sites, start, column, siteEndingAt))
    ?? differentialSite(tokens, sites, start) ?? sampledTissueSite(tokens, sites, start) ?? deniedSubjectSite(tokens, sites, start)
    ?? parenthesisedSite(tokens, sites, end) ?? skinTypeLineSurface(tokens, sites, term.skinType, start) ?? skinCompanionSite(tokens, term.skinType, start, end);
}

/**
 * Whether a site-less finding of the patient's waits for a later pass to place it (`restatedOnly`): a tissue carcinoma that may
 * restate the encounter's cancer (restatedCarcinoma.ts), a pending organ word (encounterOrgan.ts), a lesion word restating
 * the patient's tumour or the object of a relation ("the tumor", tumourObject.ts), or one side of a hedged alternative
 * (hedgedAlternative.ts).
 */
export function waitsForRestatedSite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], term: HistologyTerm, column: NeoplasmColumn, start: number, end: number,
): boolean {
  return restatesEncounterCarcinoma(term, column, tokens, sites, start, end) || term.encounterOrgan !== undefined
    || (term.namesLesion === true && (mayRestateTumour(tokens, start, end) || objectOfRelation(tokens, start))) || hedgedAlternativeAfter(tokens, start, end) >= 0;
}
