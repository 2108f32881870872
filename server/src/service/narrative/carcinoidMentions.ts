import type { MorphologyTerm } from './morphologyLexicon';
import { morphologyMention, morphologySite } from './morphologyMentions';
import type { RawMention } from './rawMention';
import { reportedOrgan } from './findingOrgan';
import { findingSubject } from './findingSubject';
import type { SiteMatch } from './siteFinder';
import { findingNounSite, lineLabelSite } from './siteContext';
import { SECONDARY_PREPOSITIONS, sitesToTheLeft, sitesToTheRight } from './siteLists';
import { sitedCarcinoidSpread } from './sitedCarcinoidSpread';
import type { Token } from './tokens';

/**
 * The mentions of a carcinoid or neuroendocrine tumour, which Tabular C7A/C7B code by morphology and site: its own site and
 * the sites it spread to. `findMentions` (mentions.ts) reads them where the morphology reader finds a carcinoid; they are
 * apart from it because they read the tumour's spread by rules of their own.
 */

/**
 * A carcinoid or neuroendocrine tumour: at its site ("well-differentiated neuroendocrine tumor of the
 * ileum", "appendiceal carcinoid"), or, called metastatic, at the sites it spread to ("metastatic
 * carcinoid to liver", "hepatic lesions consistent with metastatic NET"), which Tabular C7B codes.
 */
export function carcinoidMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number, term: MorphologyTerm, specimen: SiteMatch | undefined,
): RawMention[] {
  if (tokens[start - 1]?.norm !== 'metastatic') {
    // "Metastatic small bowel NET": the site written before the tumour is its primary, called metastatic or not.
    const leftList = sitesToTheLeft(tokens, siteEndingAt, start), left = leftList.sites;
    const site = (left.length === 1 ? left[0] : undefined) ?? morphologySite(tokens, sites, siteEndingAt, start, end, term.siteAxis) ?? lineLabelSite(tokens, sites, start, true) ?? specimen;
    const reported = site === undefined ? reportedOrgan(tokens, sites, start, null, siteEndingAt) : undefined;
    // A site from the lines before is not part of the phrase: the mention is the finding's words.
    return [reported === undefined ? morphologyMention(tokens, start, end, term, site) : { ...morphologyMention(tokens, start, end, term, undefined), site: reported }, ...sitedCarcinoidSpread(tokens, sites, leftList, start, end, term)];
  }
  const own = { anchorStart: start - 1, anchorEnd: end, column: 'secondary' as const, morphology: term, neuroendocrine: true };
  const right = sitesToTheRight(tokens, sites, end);
  if (right.sites.length > 0 && SECONDARY_PREPOSITIONS.has(right.preposition ?? '')) {
    return right.sites.map((site, index) => ({ ...own, start: index === 0 ? start - 1 : site.start, end: site.end, site }));
  }
  const subject = findingSubject(tokens, siteEndingAt, start - 1) ?? lineLabelSite(tokens, sites, start - 1) ?? findingNounSite(tokens, sites, start - 1);
  return [{ ...own, start: subject === undefined ? start - 1 : Math.min(subject.start, start - 1), end, ...(subject === undefined ? {} : { site: subject }) }];
}

/** Metastases named in the same sentence after a carcinoid or neuroendocrine tumour are its metastases ("NET of the ileum with liver metastases"). */
export function withNeuroendocrineSpread(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  let carcinoidSentence = -1;
  return mentions.map((mention) => {
    const sentence = tokens[mention.start]?.sentence ?? -2;
    if (mention.morphology?.siteAxis === 'carcinoid') carcinoidSentence = sentence;
    const spread = mention.column === 'secondary' && mention.morphology === undefined && sentence === carcinoidSentence;
    return spread ? { ...mention, neuroendocrine: true } : mention;
  });
}
