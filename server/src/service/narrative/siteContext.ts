import { LIST_MARKERS } from './listLead';
import { breastQuadrant } from './breastClock';
import { ORGAN_PART_WORDS, joinedPartAt } from './joinedParts';
import { sentenceStart, withContextNodeRegion } from './contextNodeRegion';
import { isProcedure, withLabelWords } from './findingOrgan';
import { labelSentenceStart } from './semicolonLabel';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { eyeSideNear, isEyeOrgan } from './eyeSides';
import { NOT_TUMOUR_FINDINGS, isCalledNormal, isDistanceLandmark, ofOtherCondition } from './normalSite';
import type { Laterality } from './siteLexicon';
import { sameOrganForSide } from './sameOrgan';
import { synopticSide } from './synoptic';
import { labelledBlockStart } from './labelBlock';
import { hasOwnSiteLabel } from './ownItemLabel';
import { marginWordAt } from './marginKinds';
import { itemLabelSite } from './itemLabel';
import { nodeFieldLabel } from './nodeFieldLabel';
import { looseSideBefore, sideLabelAt } from './sideLabel';
import { refinedBy } from './siteRefinement';
import { withSpecimenSkinSite } from './specimenSkinSite';
import type { SideIndex } from './sideIndex';
import { openParenthesisBefore } from './sentenceWindow';
import type { Token } from './tokens';
import { afterMeasurement } from './measuredFinding';
import { afterDescriptors } from './findingDescriptors';
import { operatedSideBefore } from './operatedSides';
import { ANCHOR_LEXICONS } from './wordClasses';
import { namesAnotherNeoplasm } from './otherNeoplasmSite';

// "skin of <site>" moved to skinSites.ts with the other skin-site readers; the site lists still import it from here.
import { labelSkinSurface, mergeSkin } from './skinSites';
export { mergeSkin };
// The site refinements moved to siteRefinement.ts; the site lists and mention finders still import them from here.
export { mergeOrganParts, refinedBy } from './siteRefinement';

/**
 * Where a mention's site comes from when it is not written right next to the histology word: the
 * specimen of a pathology finding, the organ that labels a report line, a more specific site of the
 * same organ nearby, a laterality or sub-site word after a comma, and "skin of <site>".
 */

/**
 * The label's organ narrowed by the site right after it ("Colon, sigmoid"), unless that site opens a list of
 * the organs the specimen holds ("Uterus, cervix, bilateral tubes and ovaries": a hysterectomy, not the cervix).
 */
export function labelRefinedBy(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], site: SiteMatch): SiteMatch | undefined {
  const other = sites[site.end + 1];
  if (other === undefined) return undefined;
  const joiner = tokens[other.end]?.norm;
  const next = joiner === ',' || joiner === 'and' ? sites[other.end + 1] : undefined;
  const listed = next !== undefined && !next.lymphNode && next.path[0] !== site.path[0] && next.path[0] !== other.path[0];
  return listed ? undefined : refinedBy(site, other);
}

/**
 * The organ a report line is about: "Liver: no metastases seen", "R adrenal: nodule c/w metastasis".
 * The site must open the sentence and a colon follow it (`strict`: right after it, so "liver bx:
 * adenocarcinoma", where the biopsied organ may hold a metastasis, names no primary site).
 */
export function lineLabelSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, strict = false): SiteMatch | undefined {
  // "Regional Lymph Nodes: 2 SLNs examined; 1 with macrometastasis": a node field labels each clause of its line.
  const field = nodeFieldLabel(tokens, sites, anchorStart);
  if (field !== undefined) return field;
  let first = sentenceStart(tokens, anchorStart);
  // "- SLN #1 R inguinal: metastatic melanoma": a list item's label opens after its marker.
  const site = sites[LIST_MARKERS.has(tokens[first]?.norm ?? '') ? first + 1 : first];
  const colonAfter = site !== undefined && (strict ? tokens[site.end]?.norm === ':' : labelled(tokens, site.end, anchorStart));
  // "Lung, right lower lobe, wedge resection: metastatic adenocarcinoma": the words after the organ narrow it.
  if (site !== undefined && site.end < anchorStart && colonAfter) return (tokens[site.end]?.norm === ',' ? refinedBy(site, sites[site.end + 1]) : undefined) ?? site;
  // "- Stn 7: 18 mm, round. 3 passes. ROSE: malignant cells": a list item's label names the site of its later sentences.
  const item = site === undefined ? itemLabelSite(tokens, sites, anchorStart) : undefined;
  if (item !== undefined) return item;
  // A specimen line that ends in a colon labels the findings listed below it ("A. Colon, cecum, resection:\n - Invasive adenocarcinoma"),
  // save a margin item and an item labelled by its own site (`ownItemLabel.ts`).
  if (isMarginItem(tokens, itemStart(tokens, first)) || hasOwnSiteLabel(tokens, sites, first, anchorStart)) return undefined;
  first = labelledBlockStart(tokens, sites, labelledListStart(tokens, first));
  if (tokens[first - 1]?.norm !== ':' || first === 0) return undefined;
  const previous = labelSentenceStart(tokens, first - 1, isProcedure);
  for (let position = previous; position < first - 1; position++) {
    const candidate = sites[position];
    // A node opens a node specimen's label ("B. Sentinel lymph node #2, left axilla, excision:"); a node later in the line is a detail.
    if (candidate !== undefined && candidate.lymphNode && position - previous <= LABEL_OPENING) return candidate;
    // "SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:": the skin of the surface named after it.
    const surface = candidate !== undefined && candidate.path.length === 1 && candidate.path[0] === 'skin' && tokens[candidate.end]?.norm === ',' ? labelSkinSurface(sites, tokens, candidate.end + 1) : undefined;
    if (candidate !== undefined && surface !== undefined && !surface.lymphNode) return mergeSkin([candidate, surface])[0];
    // Words after the organ narrow it: a site of the same organ ("Colon, sigmoid"), else a side and detail words ("Tongue, left lateral").
    if (candidate !== undefined && !candidate.lymphNode) return labelRefinedBy(tokens, sites, candidate) ?? withLabelWords(tokens, candidate, first - 1);
  }
  return undefined;
}

/** How many list items below a report label it still labels ("B. Breast, right:\n- IDC …\n- DCIS …\n- Margins …"). */
const LABELLED_ITEMS = 8;

/** Whether a report item is about the resection margins, which reports no tumour of the organ ("- Margins: negative for carcinoma"). */
function isMarginItem(tokens: readonly Token[], first: number): boolean {
  const listed = LIST_MARKERS.has(tokens[first]?.norm ?? '');
  // Round 20: the margin named by its kind first ("- Resection margin: negative", "Distal margin: free").
  const opening = marginWordAt(tokens, listed ? first + 1 : first);
  // An item of a report ("- Margins negative …") or a field of one ("Margins: negative for carcinoma").
  return opening >= 0 && (listed || tokens[opening + 1]?.norm === ':');
}


/** Whether the token stands in a report item about the margins ("- Margins: negative for invasive carcinoma and DCIS"). */
export function inMarginItem(tokens: readonly Token[], index: number): boolean {
  return isMarginItem(tokens, sentenceStart(tokens, index));
}

/**
 * The first token of the list item right below a label line: from a list item (`- DCIS, …`), the
 * items above it are walked back while none ends the label's list with a colon of its own.
 */
function labelledListStart(tokens: readonly Token[], first: number): number {
  let start = itemStart(tokens, first);
  for (let items = 0; items < LABELLED_ITEMS; items++) {
    if (!LIST_MARKERS.has(tokens[start]?.norm ?? '') || tokens[start - 1]?.norm === ':' || start === 0) return start;
    const previous = itemStart(tokens, sentenceStart(tokens, start - 1));
    if (!LIST_MARKERS.has(tokens[previous]?.norm ?? '')) return start;
    start = previous;
  }
  return start;
}

/** How many semicolons one list item may hold ("- Tumor is confined to the kidney; no perinephric fat or renal sinus invasion identified."). */
const ITEM_CLAUSES = 4;

/**
 * The first token of the list item whose clause starts at `first`: a semicolon ends a sentence but not the item, so the clauses
 * after it stay in the item and the label above still labels the items below it (round 19, d748: "KIDNEY, LEFT LOWER POLE, …:").
 */
function itemStart(tokens: readonly Token[], first: number): number {
  let start = first;
  for (let clauses = 0; clauses < ITEM_CLAUSES && !LIST_MARKERS.has(tokens[start]?.norm ?? '') && clauseSemicolon(tokens, start - 1); clauses++) start = sentenceStart(tokens, start - 1);
  return LIST_MARKERS.has(tokens[start]?.norm ?? '') ? start : first;
}

/** Whether the token is a semicolon between clauses, a space after it: not one inside a karyotype ("t(4;14)"). */
function clauseSemicolon(tokens: readonly Token[], index: number): boolean {
  const semicolon = tokens[index];
  return semicolon?.norm === ';' && (tokens[index + 1]?.start ?? 0) > semicolon.end;
}

/** How many tokens ("A.", "Sentinel") may stand before the node that a label opens with. */
const LABEL_OPENING = 3;

/** Whether a colon follows the site before the anchor ("L ovary, salpingo-oophorectomy: serous borderline tumor"). */
function labelled(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (tokens[position]?.norm === ':') return true;
  return false;
}

/**
 * A site written without its side or sub-site takes them from the same organ written nearby: earlier
 * in the same passage ("L renal mass … likely RCC", "LLL mass …, suspicious for primary lung
 * malignancy") or later in the same sentence ("SCLC, R lung primary"). A primary or in-situ mention
 * takes the sub-site as well as the side; a metastasis takes only the side (a lung metastasis is not
 * in the lobe of the lung primary written before it). A lymph node mention with no region ("nodal
 * metastasis") takes the region of a node site earlier in the same sentence ("hilar adenopathy
 * concerning for nodal metastasis").
 */
export function withContextSite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sides: SideIndex, mention: RawMention, specimen?: SiteMatch,
): RawMention {
  const found = contextSite(tokens, sites, sides, mention, specimen);
  // "IDC of the left breast at 2:00": a clock position after a breast tumour names its quadrant.
  const site = found.site;
  // The clock follows the breast where it was written: in the phrase, or at the lesion a biopsy result is about.
  const from = site !== undefined && site.start < mention.start ? site.start + 1 : mention.end;
  const quadrant = site === undefined || found.column === 'secondary' ? undefined : breastQuadrant(tokens, site, from);
  if (quadrant === undefined) return found;
  // "L breast 2:00 bx:\n No invasive carcinoma": a clock written with the finding's own breast is part of its written site, kept when denied.
  const ownClock = found.writtenSite === undefined && site !== undefined && site.start < mention.start;
  return { ...found, site: quadrant, writtenSite: found.writtenSite ?? (ownClock ? undefined : found.site) };
}

function contextSite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sides: SideIndex, mention: RawMention, specimen?: SiteMatch,
): RawMention {
  const site = mention.site;
  if (site === undefined) return withSpecimenSkinSite(tokens, sides, mention, specimen);
  if (site.lymphNode) return withContextNodeRegion(tokens, sites, sides.sentences, mention, site, specimen);
  const subSite = (mention.column === 'primary' || mention.column === 'in-situ') && site.partWritten !== true;
  if (site.laterality !== undefined && !subSite) return mention;
  const sentence = tokens[mention.end - 1]?.sentence;
  // "RIGHT: … mass at 7:00, likely fibroadenoma": the side the finding's line opens with.
  // "Path (R radical orchiectomy): Seminoma … confined to testis": the side of the sample's operation on the organ.
  // It is looked for only when neither the site nor the line's label gives the side.
  const laterality = site.laterality ?? sideLabelAt(tokens, mention.start) ?? operatedSideBefore(tokens, mention.start, site.path[0]) ?? looseSideBefore(tokens, sites, mention.start);
  const pick: ContextPick = { laterality, path: site.path, qualifiers: site.qualifiers };
  // The look stops once a side is found, unless a sub-site is wanted too.
  for (let position = mention.end; position < Math.min(tokens.length, mention.end + 12) && tokens[position]?.sentence === sentence && (subSite || pick.laterality === undefined); position++) {
    const other = sites[position];
    if (sameOrganAs(site, other, tokens)) consider(pick, other, subSite);
  }
  for (let position = mention.start - 1; position >= Math.max(0, mention.start - CONTEXT_TOKENS) && (subSite || pick.laterality === undefined); position--) {
    const other = sites[position];
    // A sub-site with a condition that is no tumour ("right lower lobe collapse") gives its side only.
    if (sameOrganAs(site, other, tokens)) consider(pick, other, subSite && !NOT_TUMOUR_FINDINGS.has(tokens[other.end]?.norm ?? '') && !namesAnotherNeoplasm(tokens, other, mention));
  }
  // The specimen of a pathology report ("SPECIMEN: Left breast, …") counts as written just before the findings.
  if (sameOrganAs(site, specimen, tokens)) consider(pick, specimen, subSite);
  // A primary whose organ was given one side only, further back in the note ("a left renal mass found on CT in
  // March … Biopsy … shows clear cell renal cell carcinoma"), takes that side; two sides named leave it open.
  // A benign tumour too ("Incidental 1.4 cm L adrenal nodule, c/w adenoma" … "Adrenal adenoma - no further w/u").
  // A site of a condition that is no tumour ("Renal cyst L kidney", "L renal cyst") is not where the tumour is that far away.
  if (pick.laterality === undefined && (subSite || mention.column === 'benign')) pick.laterality = sides.onlySideBefore(mention.start - CONTEXT_TOKENS, FAR_SIDE_TOKENS, site, (other) => sameOrganAs(site, other, tokens) && !ofOtherCondition(tokens, other));
  // "SPECIMEN LATERALITY: RIGHT" a few fields above "HISTOLOGIC TYPE: INVASIVE CARCINOMA …" of a synoptic report.
  if (pick.laterality === undefined && subSite) pick.laterality = synopticSide(tokens, sides, mention.start);
  // "Choroidal melanoma OS": an eye site takes the side ophthalmology writes as OD / OS / OU.
  if (pick.laterality === undefined && isEyeOrgan(site.path[0])) pick.laterality = eyeSideNear(tokens, mention.start, mention.end);
  // "3 R lung nodules and 1 L lower lobe nodule -- concerning for pulmonary metastases": metastases of both sides.
  if (mention.column === 'secondary' && pick.laterality !== undefined && site.laterality === undefined && bothSidesBefore(tokens, sites, site, mention.start)) pick.laterality = 'bilateral';
  if (pick.laterality === site.laterality && pick.path === site.path) return mention;
  const refined: SiteMatch = {
    ...site, path: pick.path, ...(pick.laterality === undefined ? {} : { laterality: pick.laterality }), ...(pick.qualifiers === undefined ? {} : { qualifiers: pick.qualifiers }),
  };
  return { ...mention, site: refined, writtenSite: site };
}

/** Whether the words the side was looked for in name the organ on the right and on the left ("(RLL 6 mm, LLL 5 mm). Indeterminate; …"). */
function bothSidesBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], site: SiteMatch, start: number): boolean {
  const seen = new Set<Laterality>();
  for (let position = start - 1; position >= Math.max(0, start - CONTEXT_TOKENS); position--) {
    const other = sites[position];
    if (other?.laterality !== undefined && !other.lymphNode && sameOrganForSide(other.path[0], site.path[0]) && !isCalledNormal(tokens, other)) seen.add(other.laterality);
  }
  return seen.has('right') && seen.has('left');
}

/** Another site of the mention's organ that names no other side (a node, "bilateral" and the site itself excepted). */
function sameOrganAs(site: SiteMatch, other: SiteMatch | undefined, tokens: readonly Token[]): other is SiteMatch {
  return other !== undefined && other !== site && !other.lymphNode && !isCalledNormal(tokens, other) && !isDistanceLandmark(tokens, other) && sameOrganForSide(other.path[0], site.path[0]) && other.laterality !== 'bilateral'
    && (other.laterality === undefined || site.laterality === undefined || other.laterality === site.laterality);
}

/** The side and sub-site gathered from the sites near a mention: the nearest side, the deepest compatible sub-site. */
interface ContextPick {
  laterality: Laterality | undefined;
  path: readonly string[];
  qualifiers: readonly string[] | undefined;
}

function consider(pick: ContextPick, other: SiteMatch, subSite: boolean): void {
  pick.laterality ??= other.laterality;
  // A row that joins the organ to another ("rectum, and colon": colorectal) is a wider region, not a part of it.
  const joined = other.path.some((part) => part.startsWith('and ') || part.startsWith('with '));
  if (subSite && !joined && other.path.length > pick.path.length && pick.path.every((part, index) => other.path[index] === part)) {
    pick.path = other.path;
    pick.qualifiers = other.qualifiers;
  }
}

/** How far back a mention looks for the side or sub-site of its organ. */
const CONTEXT_TOKENS = 40;
/** How far back a primary looks for the one side its organ was given. */
const FAR_SIDE_TOKENS = 240;

/** "pancreatic adenocarcinoma, tail": the word after the comma may name a sub-site of the site before the anchor. */
export function withTrailingWord(tokens: readonly Token[], site: SiteMatch, anchorEnd: number): SiteMatch | undefined {
  const comma = tokens[anchorEnd];
  const word = tokens[anchorEnd + 1];
  if ((comma?.norm !== ',' && comma?.norm !== '(') || word === undefined || word.punct || word.sentence !== comma.sentence) return undefined;
  const side = TRAILING_SIDES[word.norm];
  if (side !== undefined) return site.laterality === undefined ? { ...site, laterality: side } : undefined;
  // "(body/tail": the two parts first (the organ's overlapping lesion), then the first alone when they are no two parts of it.
  const joined = joinedPartAt(tokens, anchorEnd + 1);
  return { ...site, qualifiers: joined === undefined ? [...(site.qualifiers ?? []), word.norm] : [...(site.qualifiers ?? []), joined, word.norm] };
}

const TRAILING_SIDES: Readonly<Record<string, Laterality>> = { right: 'right', left: 'left', r: 'right', l: 'left', bilateral: 'bilateral' };

/** The first site within six tokens after `from` in the same sentence ("NSCLC (adenocarcinoma, LUL)"). */
export function nearbySite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number): SiteMatch | undefined {
  const sentence = tokens[from - 1]?.sentence;
  for (let position = from; position < Math.min(tokens.length, from + 6); position++) {
    if (tokens[position]?.sentence !== sentence) return undefined;
    const site = sites[position];
    // "distal cholangiocarcinoma, ampullary carcinoma": a site that a histology word follows is that histology's (not "RUL primary").
    if (site !== undefined) return (tokens[site.end]?.classes ?? 0) & ANCHOR_LEXICONS && tokens[site.end]?.norm !== 'primary' ? undefined : site;
  }
  return undefined;
}

// An image's own nouns for a lesion it cannot yet name ("hypodensity in the liver", "lucencies in the T-spine") are findings too.
const FINDING_NOUNS = new Set([
  'nodule', 'nodules', 'lesion', 'lesions', 'mass', 'masses', 'foci', 'focus', 'opacities', 'densities', 'deposits', 'implants',
  'hypodensity', 'hypodensities', 'hyperdensity', 'hyperdensities', 'opacity', 'density', 'lucency', 'lucencies',
]);

/**
 * "Multiple bilateral pulmonary nodules, new since prior, likely metastases": a finding noun after a
 * site earlier in the sentence, then the metastasis word. The site must carry a finding noun so that
 * "breast cancer with mets" does not make the breast a secondary site.
 */
export function findingNounSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], anchorStart: number, lookBefore = true): SiteMatch | undefined {
  const sentence = tokens[anchorStart]?.sentence;
  let labelled = false;
  // "avid R adrenal lesion, no extra-adrenal paragangliomas, no metastatic foci": a denial in a list of denials is not about the finding.
  const listedDenial = tokens[anchorStart - 1]?.norm === 'no' && tokens[anchorStart - 2]?.norm === ',';
  for (let position = anchorStart - 1; position >= Math.max(0, anchorStart - FINDING_REACH); position--) {
    if (listedDenial && position < anchorStart - 1 && tokens[position]?.norm === 'no') return undefined;
    // "Lytic lesion in the left iliac bone. Metastasis versus myeloma.": a sentence that opens with the
    // hedge or the metastasis word is about the lesion of the sentence just before (one sentence only).
    if (tokens[position]?.sentence !== sentence) {
      // "Two 4 mm hypodensities in liver, too small to characterize; favor cysts, cannot exclude small mets": a clause after a
      // semicolon goes on about the same finding, unless it opens a denial of its own ("no pelvic adenopathy; no evidence of
      // metastatic disease": the report's next item).
      const continues = (tokens[position]?.norm === ';' && !CLAUSE_DENIALS.has(tokens[position + 1]?.norm ?? '')) || opensWithFinding(tokens, position + 1, anchorStart);
      return lookBefore && continues ? findingNounSite(tokens, sites, position, false) : undefined;
    }
    const site = sites[position];
    labelled ||= tokens[position]?.norm === ':';
    if (site === undefined) continue;
    // "in the left cerebellar hemisphere": a site word right after another site narrows it; the finding noun stands before the first.
    const head = siteEndingAt(sites, site.start) ?? site;
    // "Right level IV lymph node, 1.1 cm short axis, rounded, suspicious for metastatic …": a node of a named region is a
    // finding itself, unless a colon makes it the label of the finding ("… neck node: metastatic SCC", read as a label).
    // "L parotid tail nodule": a part of the organ may stand between it and the finding noun.
    // "R parotid 9 mm nodule": the finding's size may stand between its site and its noun.
    // "right iliac wing sclerotic focus": so may its appearance (findingDescriptors.ts).
    const nounAt = afterDescriptors(tokens, afterMeasurement(tokens, site.end + (ORGAN_PART_WORDS.has(tokens[site.end]?.norm ?? '') ? 1 : 0)));
    if (FINDING_NOUNS.has(tokens[nounAt]?.norm ?? '') || findingNounBefore(tokens, head) || (isRegionNode(head) && !labelled)) return head;
    // "two new hypoattenuating liver lesions (seg 5/6 2.4 cm, seg 8 1.3 cm), suspicious for …": the parenthesis lists the finding's
    // parts and sizes; the finding is the one the parenthesis follows.
    const parenthesis = openParenthesisBefore(tokens, position, FINDING_REACH);
    if (parenthesis < 0 || parenthesis <= anchorStart - FINDING_REACH) return undefined;
    position = parenthesis;
  }
  return undefined;
}

/** Words that open a clause denying a finding of its own. */
const CLAUSE_DENIALS = new Set(['no', 'without', 'w/o', 'negative', 'neg']);

/** How far back a metastasis word looks for the finding it concludes (a node and its description: size, shape, hilum). */
const FINDING_REACH = 32;

function isRegionNode(site: SiteMatch): boolean {
  return site.lymphNode && site.path[site.path.length - 1] !== 'site NEC';
}

/** The site ending right at `end`, looked for among the few tokens before it. */
function siteEndingAt(sites: readonly (SiteMatch | undefined)[], end: number): SiteMatch | undefined {
  for (let position = end - 1; position >= Math.max(0, end - 4); position--) {
    const site = sites[position];
    if (site !== undefined) return site.end === end ? site : undefined;
  }
  return undefined;
}

/**
 * "New left paratracheal node and two hepatic lesions, concerning for metastatic disease": a finding
 * joined by "and" to the one the hedge names first is under the same hedge. A node site is a finding
 * of its own; another site needs its lesion noun.
 */
export function conjoinedFinding(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], subject: SiteMatch): SiteMatch | undefined {
  const sentence = tokens[subject.start]?.sentence;
  let position = subject.start - 1;
  while (position > subject.start - 4 && CONJOINED_DETAIL.test(tokens[position]?.norm ?? '') && tokens[position]?.sentence === sentence) position--;
  if (tokens[position]?.norm !== 'and' || tokens[position]?.sentence !== sentence) return undefined;
  for (let back = position - 1; back >= Math.max(0, position - 8); back--) {
    const token = tokens[back];
    if (token === undefined || token.sentence !== sentence || (token.punct && token.norm !== ',')) return undefined;
    const head = siteEndingAt(sites, back + 1);
    if (head === undefined) continue;
    // "hepatic hypodensity, too small to characterize, and new L adrenal nodule, suspicious for …": a finding described after a comma has its own reading.
    if (tokens.slice(head.end, position).some((token) => token.norm === ',')) return undefined;
    return head.lymphNode || FINDING_NOUNS.has(tokens[head.end]?.norm ?? '') || findingNounBefore(tokens, head) ? head : undefined;
  }
  return undefined;
}

/** Words between "and" and the second finding's site: a count, size or adjective ("and two hepatic lesions", "and a 2 cm …"). */
const CONJOINED_DETAIL = /^(?:a|an|the|two|three|several|multiple|new|\d[\d.]*|cm|mm|small|large|additional)$/;

/** Words a sentence may open with before the metastasis word it is about ("Likely metastasis.", "Concerning for metastases."). */
const HEDGE_OPENINGS = new Set(['likely', 'probable', 'probably', 'possible', 'suspicious', 'concerning', 'worrisome', 'compatible', 'consistent', 'for', 'with', 'c/w', 'suggestive', 'of', 'most', 'favor']);

function opensWithFinding(tokens: readonly Token[], first: number, anchorStart: number): boolean {
  for (let position = first; position < anchorStart; position++) if (!HEDGE_OPENINGS.has(tokens[position]?.norm ?? '')) return false;
  return anchorStart - first <= 3;
}

/** "1.2 cm nodule in the right adrenal gland, concerning for metastasis": the finding noun before the site, joined by in/within/of. */
function findingNounBefore(tokens: readonly Token[], site: SiteMatch): boolean {
  // "lesion in the left iliac bone", "lesion in segment 4 of the liver", a parenthesis the site opens: "lesions (seg 6, 7, 4a)".
  const sentence = tokens[site.start]?.sentence;
  let joined = false;
  for (let position = site.start - 1; position >= Math.max(0, site.start - 7); position--) {
    const token = tokens[position];
    if (token === undefined || (token.punct && !(token.norm === '(' && position === site.start - 1)) || token.sentence !== sentence) return false;
    if (['in', 'within', 'of', 'involving', '('].includes(token.norm)) joined = true;
    // "6 mm hypodensity seg 6 liver": a telegraphic report writes the site right after its finding noun.
    else if ((joined || position === site.start - 1) && FINDING_NOUNS.has(token.norm)) return true;
  }
  return false;
}
