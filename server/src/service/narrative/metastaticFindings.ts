import { countedNodesAfter } from './countedNodesAfter';
import { findingSubject } from './findingSubject';
import { isSpreadOrgan } from './metastasisProne';
import type { HistologyTerm } from './histologyLexicon';
import { MERKEL_SECONDARY, type MorphologyTerm } from './morphologyLexicon';
import type { RawMention } from './rawMention';
import { pendingNodeMelanomaPrimary, spreadDeniedRightBefore } from './nodeMelanomaPrimary';
import { findingNounSite, lineLabelSite } from './siteContext';
import type { SiteMatch } from './siteFinder';
import { type SiteList, sitesToTheRight } from './siteLists';
import type { Token } from './tokens';

/**
 * Where a metastatic finding was found, when the words name the primary or a skin tumour: the node or
 * lesion a finding is about (its subject, its report line's label, the node after "in"). A lymph node or
 * a liver lesion holds the cancer's spread, not the primary its words name.
 */

/**
 * "Abnormal R level IV lymph node, suspicious for metastatic papillary thyroid carcinoma", "B. LYMPH NODE,
 * RIGHT LEVEL IV, FNA:\n - METASTATIC PAPILLARY THYROID CARCINOMA", "Liver lesion, consistent with
 * metastatic colon cancer": "metastatic X carcinoma" names the primary X, and the node or lesion the
 * finding is about is the secondary site. `found` are the mentions of the anchor at `start`; the secondary
 * is added when they hold one primary of the one organ written before the anchor and no secondary yet
 * ("METASTATIC BREAST CARCINOMA IN 2 OF 12 LYMPH NODES" reads its nodes already). `left` are the sites
 * written before the anchor, as the caller read them once for every pass over the anchor.
 */
export function withMetastaticSubject(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[],
  left: SiteList, start: number, end: number, term: HistologyTerm, found: RawMention[],
): RawMention[] {
  // A subject is read only after "metastatic" (`left.metastatic`), which few histologies follow: that test comes first.
  if (!left.metastatic || term.role !== 'primary' || !found.some((mention) => mention.column === 'primary') || found.some((mention) => mention.column === 'secondary')) return found;
  // "1/4 hilar nodes positive for metastatic Wilms tumor": a histology that names its organ itself stands for the organ written.
  const [primary] = left.sites.length === 0 && term.impliedSite !== undefined ? found.flatMap((mention) => (mention.column === 'primary' && mention.site !== undefined ? [mention.site] : [])) : left.sites;
  const written = left.sites.length === 1 || (left.sites.length === 0 && primary !== undefined);
  const subject = written && primary !== undefined ? metastaticSubject(tokens, sites, siteEndingAt, primary, left.start) ?? countedSubject(tokens, sites, left.start, end) : undefined;
  return subject === undefined ? found : [...found, { start: left.start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: subject, histology: term }];
}

/**
 * The node or organ the finding is about, in its own sentence or label: a lymph node, or an organ where a
 * carcinoma is most often a metastasis (liver, bone, brain …), since a lesion elsewhere may be a second
 * primary. Undefined when the finding has none, or its subject is the primary's own organ ("Thyroid, right
 * lobe: metastatic papillary thyroid carcinoma" names no spread).
 * `phraseStart` is where the phrase opens ("metastatic"), `primary` the organ written in it.
 */
function metastaticSubject(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], primary: SiteMatch, phraseStart: number,
): SiteMatch | undefined {
  const subject = findingSubject(tokens, siteEndingAt, phraseStart) ?? lineLabelSite(tokens, sites, phraseStart) ?? findingNounSite(tokens, sites, phraseStart, false);
  if (subject === undefined || subject.start >= primary.start || !isSpreadOrgan(subject) || subject.path[0] === primary.path[0]) return undefined;
  // The subject is where the disease was found, not part of the phrase: the mention keeps the finding's words.
  return { ...subject, start: phraseStart, end: phraseStart };
}

/** The nodes counted after the finding ("…, 1 of 1 lymph node"), placed at the finding's words as `metastaticSubject` places its subject. */
function countedSubject(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], phraseStart: number, end: number): SiteMatch | undefined {
  const nodes = countedNodesAfter(tokens, sites, end);
  return nodes === undefined ? undefined : { ...nodes, start: phraseStart, end: phraseStart };
}

/** Morphologies of the skin whose appearance in a node is its metastasis. */
const SKIN_AXES = new Set(['melanoma', 'merkel']);
/** Prepositions that place a finding in the node after it ("in one lymph node", "involving 2 of 3 nodes"). */
const FOUND_IN = new Set(['in', 'within', 'involving']);

/**
 * A melanoma or Merkel cell carcinoma found in a lymph node: "C. LYMPH NODE, SENTINEL #2, LEFT AXILLA,
 * EXCISION:\n One lymph node, negative for melanoma", "SLN #1 R inguinal: metastatic melanoma",
 * "Metastatic melanoma in one lymph node (1/1)". A lymph node holds no primary skin tumour: the finding is
 * the node's secondary (table: lymph gland, by region / Malignant Secondary C77.-), not a melanoma of an
 * unnamed skin site (C43.9) beside it; a Merkel cell carcinoma's is Tabular C7B.1. These are the mentions that replace the morphology mention at
 * `start`–`end` (whose site the caller found as `site`): none when "metastatic" before it reads the node as
 * the metastasis's site, one node secondary otherwise; undefined when the tumour is not found in a node.
 */
export function nodeMelanomaMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[],
  start: number, end: number, term: MorphologyTerm, site: SiteMatch | undefined,
): RawMention[] | undefined {
  if (!SKIN_AXES.has(term.siteAxis ?? '') || term.namesInSitu === true || (tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ')) return undefined;
  const metastatic = tokens[start - 1]?.norm === 'metastatic';
  const node = site?.lymphNode === true ? site : nodeOfFinding(tokens, sites, siteEndingAt, metastatic ? start - 1 : start, end);
  if (node === undefined) return undefined;
  // "Metastatic melanoma in one lymph node": the node's secondary is read from "metastatic"; the melanoma it came from waits for
  // the patient's documented skin site (nodeMelanomaPrimary.ts).
  if (metastatic) return term.siteAxis === 'melanoma' && !spreadDeniedRightBefore(tokens, start - 1) ? [pendingNodeMelanomaPrimary(start, end, term)] : [];
  const secondary: RawMention = { start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: { ...node, start, end: start } };
  // A Merkel cell carcinoma in a node has a code of its own (Tabular C7B.1, "nodal presentation"), which C77.- does not take.
  return [term.siteAxis === 'merkel' ? { ...secondary, morphology: MERKEL_SECONDARY } : secondary];
}

/** The node a finding is about: after "in" right after it, as its subject, or as its report line's label. */
function nodeOfFinding(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number,
): SiteMatch | undefined {
  const right = sitesToTheRight(tokens, sites, end);
  const [first] = right.sites;
  if (FOUND_IN.has(right.preposition ?? '') && first !== undefined) return first.lymphNode ? first : undefined;
  const subject = findingSubject(tokens, siteEndingAt, start) ?? lineLabelSite(tokens, sites, start);
  return subject?.lymphNode === true ? subject : undefined;
}

/**
 * "B. R level III LN: positive for metastatic PTC", "US-guided bx of seg 6 liver lesion: metastatic adrenocortical carcinoma": a
 * histology whose own words name the primary's organ, called metastatic in a labelled specimen of another organ, is two entries:
 * the secondary where it was found and the primary its words name (ANNOTATION.md round 13/14, "'Metastatic <histology>' is two
 * entries … only when the histology's own words name the primary's organ or tissue": papillary thyroid carcinoma, RCC, HCC,
 * adrenocortical carcinoma, seminoma, osteosarcoma, CRC). A generic histology whose implied organ is only the likeliest one
 * (ductal carcinoma → breast, urothelial carcinoma → bladder, high-grade serous carcinoma → ovary, neuroblastoma) stays the one
 * secondary.
 */

/** The implied organs that the histology's own words name (thyroid in "PTC", kidney in "RCC", liver in "HCC" …). */
const ORGAN_NAMING: ReadonlySet<string> = new Set(['thyroid', 'kidney', 'liver', 'adrenal', 'testis', 'bone', 'rectum']);

/** Whether the histology's words name its primary's organ. */
function namesItsOrgan(term: HistologyTerm): boolean {
  // A neuroblastoma's implied adrenal gland is only its likeliest origin (ANNOTATION.md: a generic histology).
  return term.role === 'primary' && ORGAN_NAMING.has(term.impliedSite?.[0] ?? '') && !term.words.includes('neuroblastoma');
}

/**
 * The mentions of an implied-organ histology at `start`–`end`: at `site` in `ownColumn` when it spread nowhere named, else the
 * secondary at `spread`, and beside it the primary at `implied` when the words name that organ.
 */
export function impliedOrganMentions(
  start: number, end: number, term: HistologyTerm, ownColumn: RawMention['column'], site: SiteMatch, implied: SiteMatch, spread: SiteMatch | undefined,
): readonly RawMention[] {
  if (spread === undefined) return [{ start, end, anchorStart: start, anchorEnd: end, column: ownColumn, site, histology: term }];
  const secondary: RawMention = { start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: spread, histology: term };
  return namesItsOrgan(term) ? [secondary, { start, end, anchorStart: start, anchorEnd: end, column: 'primary', site: implied, histology: term }] : [secondary];
}
