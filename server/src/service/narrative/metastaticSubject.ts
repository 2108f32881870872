import { isMetastasisProne } from './findingOrgan';
import { findingSubject } from './findingSubject';
import { findingNounSite, lineLabelSite } from './siteContext';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * Where a cancer called metastatic by its primary's name was found: "Abnormal R level IV lymph node,
 * suspicious for metastatic papillary thyroid carcinoma", "B. LYMPH NODE, RIGHT LEVEL IV, FNA:\n -
 * METASTATIC PAPILLARY THYROID CARCINOMA", "Liver lesion, consistent with metastatic colon cancer".
 * The organ in the phrase is the primary ("metastatic X cancer" names the primary X); the node or lesion
 * the finding is about, as its subject or its report line's label, is the secondary site.
 */

/**
 * The node or organ the finding is about, in its own sentence or label: a lymph node, or an organ where a
 * carcinoma is most often a metastasis (liver, bone, brain …), since a lesion elsewhere may be a second
 * primary. Undefined when the finding has none, or its subject is the primary's own organ ("Thyroid, right
 * lobe: metastatic papillary thyroid carcinoma" names no spread).
 * `phraseStart` is where the phrase opens ("metastatic"), `primary` the organ written in it.
 */
export function metastaticSubject(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], primary: SiteMatch, phraseStart: number,
): SiteMatch | undefined {
  const subject = findingSubject(tokens, siteEndingAt, phraseStart) ?? lineLabelSite(tokens, sites, phraseStart) ?? findingNounSite(tokens, sites, phraseStart, false);
  if (subject === undefined || subject.start >= primary.start || !(subject.lymphNode || isMetastasisProne(subject)) || subject.path[0] === primary.path[0]) return undefined;
  // The subject is where the disease was found, not part of the phrase: the mention keeps the finding's words.
  return { ...subject, start: phraseStart, end: phraseStart };
}
