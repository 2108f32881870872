import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { AnchorVocabulary } from './anchorWords';
import { findingSubject } from './findingSubject';
import type { HistologyTerm } from './histologyLexicon';
import { originSites } from './originSites';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { findingNounSite, lineLabelSite } from './siteContext';
import { SECONDARY_PREPOSITIONS, type SiteList, sitesToTheRight, skipModifiers } from './siteLists';
import type { Token } from './tokens';

/**
 * The mentions the word "metastatic" makes with the sites around it ("metastatic to X", "metastatic from X", "metastatic
 * melanoma to brain"), and `withSpan`, the mention of one site joined with its histology word, which `anchorMentions`
 * (mentions.ts) uses too. They are apart from mentions.ts because the metastatic word is a reading of its own.
 */

/** "metastatic to X" (secondary), "metastatic from X" (primary), "metastatic X" with no anchor after it (secondary). */
export function metastaticMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[],
  start: number, end: number, right: SiteList, vocabulary: AnchorVocabulary,
): RawMention[] {
  if (right.sites.length === 0) {
    // "metastatic carcinoid", "metastatic NET": the carcinoid reader takes the phrase (Tabular C7B).
    const morphology = vocabulary.morphology.matchAt(tokens, end);
    if (morphology?.value.siteAxis === 'carcinoid') return [];
    // "Metastatic melanoma to brain", "metastatic DLBCL to the liver": the sites after the histology are where it spread.
    const spread = morphology === undefined ? undefined : sitesToTheRight(tokens, sites, morphology.end);
    if (spread !== undefined && SECONDARY_PREPOSITIONS.has(spread.preposition ?? '') && spread.sites.length > 0) {
      // "Metastatic melanoma in one lymph node (1/1)": the finding's words are the node's mention.
      return spread.sites.map((site, index) => withSpan(site, start, morphology?.end ?? end, 'secondary', undefined, site.lymphNode && index === 0));
    }
    const subject = findingSubject(tokens, siteEndingAt, start) ?? lineLabelSite(tokens, sites, start) ?? findingNounSite(tokens, sites, start);
    // "Metastatic carcinoma": the noun's own anchor, called metastatic, reads the finding.
    if (vocabulary.histology.matchAt(tokens, end) !== undefined) return [];
    // A label on the line above is not part of the phrase: the mention is the finding's words.
    const above = subject !== undefined && tokens[subject.start]?.sentence !== tokens[start]?.sentence;
    return subject === undefined ? [] : [withSpan(above ? { ...subject, start, end: start } : subject, start, end, 'secondary', undefined, true)];
  }
  const origins = right.preposition === 'from' ? right.sites : right.preposition === undefined ? originSites(tokens, sites, right.sites) : undefined;
  if (origins !== undefined) return origins.map((site, index) => withSpan(site, start, end, 'primary', undefined, index === 0));
  if (right.preposition !== undefined && !SECONDARY_PREPOSITIONS.has(right.preposition)) return [];
  const last = right.sites[right.sites.length - 1];
  const afterSites = last === undefined ? end : skipModifiers(tokens, last.end);
  if (right.preposition === undefined && (vocabulary.histology.matchAt(tokens, afterSites) !== undefined || vocabulary.morphology.matchAt(tokens, afterSites) !== undefined)) return [];
  return right.sites.map((site, index) => withSpan(site, start, end, 'secondary', undefined, index === 0));
}

/**
 * The mention of one site: the site's words, joined with the histology word when the site is the one
 * written next to it ("osseous mets"; "hepatic" alone in "hepatic and osseous mets").
 */
export function withSpan(
  site: SiteMatch, anchorStart: number, anchorEnd: number, column: NeoplasmColumn, term: HistologyTerm | undefined, joinAnchor: boolean,
): RawMention {
  const start = joinAnchor ? Math.min(site.start, anchorStart) : site.start;
  const end = joinAnchor ? Math.max(site.end, anchorEnd) : site.end;
  return { start, end, anchorStart, anchorEnd, column, site, ...(term === undefined ? {} : { histology: term }) };
}
