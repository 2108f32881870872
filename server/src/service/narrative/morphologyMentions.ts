import { namedPrimarySite } from './namedPrimary';
import type { MorphologyTerm } from './morphologyLexicon';
import type { RawMention } from './rawMention';
import { biopsyLabelSite } from './biopsyLabel';
import { concludedFindingSite } from './concludedFinding';
import { alternativeOrganSite } from './differential';
import { gradedTerm } from './follicularGrade';
import { withIgMProduction } from './igmLymphoma';
import { involvedOrganAfter } from './lymphomaInvolvement';
import { specimenLabelSite } from './findingOrgan';
import { lineLabelSite, mergeSkin } from './siteContext';
import { EYE_ROWS } from './morphologyCode';
import { lineSkinSurface } from './skinSites';
import type { SiteMatch } from './siteFinder';
import { sitesToTheLeft, sitesToTheRight, withSpreadAfter } from './siteLists';
import { firstInSentenceAfter, nearestInSentenceBefore } from './sentenceWindow';
import { samePath } from './siteMatch';
import { opensWithRelapse, statesReturn } from './relapseWords';
import type { Token } from './tokens';
import { withSurfaceAfterSkin } from './lipomaSurface';

/**
 * Mentions of the histologies the Index classifies by morphology (lymphoma, leukaemia, melanoma,
 * nevi …): remission, relapse and in-situ forms read after the words, and the one site the category
 * codes by — before the histology, after a locating preposition, set off by a comma, or in a skin or
 * node label of the report line.
 */

export function morphologyMention(tokens: readonly Token[], start: number, end: number, written: MorphologyTerm, site: SiteMatch | undefined): RawMention {
  let remission = false;
  let relapse = written.namesRelapse === true || relapsedBefore(tokens, start);
  const sentence = tokens[start]?.sentence;
  const term = withIgMProduction(tokens, start, end, gradedTerm(tokens, start, end, written));
  for (let position = end; position < Math.min(tokens.length, end + 16); position++) {
    const word = tokens[position]?.norm ?? '';
    if (tokens[position]?.sentence !== sentence) break;
    if (isRemission(tokens, position, position - end < NUMBERED_REMISSION_REACH) && term.remission !== undefined && !remissionDenied(tokens, position)) remission = true;
    if ((word === 'relapsed' || word === 'relapse') && term.relapse !== undefined && !remissionDenied(tokens, position)) relapse = true;
  }
  if (term.relapse !== undefined && !relapse && statesReturn(tokens, end)) relapse = true;
  // "… s/p auto-SCT 3/2024, on lenalidomide maintenance. In sCR.": a sentence that opens with the status is the diagnosis's before it.
  if (term.remission !== undefined && !remission && opensWithRemission(tokens, nextSentenceStart(tokens, end))) remission = true;
  // "… auto-HCT 2/2026. Relapsed 10/2026 with new lytic lesions.": so does one that opens with its relapse.
  if (term.relapse !== undefined && !relapse && !remission && opensWithRelapse(tokens, nextSentenceStart(tokens, end))) relapse = true;
  const followedByInSitu = tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ' && term.inSitu !== undefined;
  const inSitu = term.namesInSitu === true || followedByInSitu;
  // "MIS" names the in-situ form itself: only written "in situ" words lengthen the phrase.
  const phraseEnd = followedByInSitu ? end + 2 : end;
  // "stage III DLBCL" before it, or "DLBCL, stage IIIA" after it.
  const stagedBefore = tokens[start - 2]?.norm === 'stage' && MULTIPLE_NODE_STAGES.has(tokens[start - 1]?.norm ?? '');
  const multipleNodeSites = term.siteAxis === 'lymphoma' && site === undefined && (stagedBefore || nodalStageAfter(tokens, end));
  const own = { anchorStart: start, anchorEnd: phraseEnd, column: inSitu ? 'in-situ' as const : null, morphology: term, remission, relapse, inSitu, ...(multipleNodeSites ? { multipleNodeSites } : {}) };
  if (site === undefined) return { start, end: phraseEnd, ...own };
  return { start: Math.min(start, site.start), end: Math.max(phraseEnd, site.end), ...own, site };
}

/** Prepositions that put a lymphoma in the nodes listed after it ("DLBCL involving cervical and inguinal nodes"). */
const NODE_LIST_PREPOSITIONS = new Set(['of', 'involving', 'in', 'within']);

/**
 * "DLBCL involving cervical and inguinal nodes": a lymphoma in the nodes of two or more regions listed after it is in
 * the lymph nodes of multiple sites (Tabular C81–C85 fifth character 8, e.g. C83.38), as a stage III lymphoma is.
 */
export function withNodeRegionsAfter(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention): RawMention {
  if (mention.morphology?.siteAxis !== 'lymphoma' || mention.multipleNodeSites === true) return mention;
  if (bracketedNodeRegions(tokens, sites, mention) || titledMultipleSites(tokens, mention.anchorEnd)) return { ...mention, multipleNodeSites: true };
  if (mention.site !== undefined) return mention;
  const right = sitesToTheRight(tokens, sites, mention.anchorEnd);
  if (!NODE_LIST_PREPOSITIONS.has(right.preposition ?? '') || right.sites.length < 2 || right.sites.some((site) => !site.lymphNode)) return mention;
  const regions = new Set(right.sites.map((site) => site.path.join('/')));
  const last = right.sites[right.sites.length - 1];
  return regions.size < 2 || last === undefined ? mention : { ...mention, end: Math.max(mention.end, last.end), multipleNodeSites: true };
}

/**
 * "C83.38 Diffuse large B-cell lymphoma, lymph nodes of multiple sites": the Tabular title of a lymphoma's fifth character 8,
 * copied into a note after its code, places the lymphoma in the lymph nodes of multiple sites as the title says.
 */
const MULTIPLE_SITES_TITLE = [',', 'lymph', 'nodes', 'of', 'multiple', 'sites'];

/** How many words of the title ("grade I", "type") may stand between the lymphoma and the comma of its fifth character. */
const TITLE_WORDS_BETWEEN = 3;

function titledMultipleSites(tokens: readonly Token[], end: number): boolean {
  for (let comma = end; comma <= end + TITLE_WORDS_BETWEEN && tokens[comma]?.sentence === tokens[end - 1]?.sentence; comma++) {
    if (tokens[comma]?.norm === ',') return MULTIPLE_SITES_TITLE.every((word, offset) => tokens[comma + offset]?.norm === word);
  }
  return false;
}

/** How many tokens of a parenthesis after a lymphoma are read for its node regions. */
const BRACKETED_REGIONS_REACH = 16;

/**
 * "stage IIIA DLBCL (cervical, mediastinal and retroperitoneal nodes)", "FL (inguinal and pelvic nodes)": a lymphoma followed by a
 * parenthesis that names two or more node regions is in the lymph nodes of multiple sites (fifth character 8), not in the first alone.
 */
function bracketedNodeRegions(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], mention: RawMention): boolean {
  const site = mention.site;
  if (tokens[mention.anchorEnd]?.norm !== '(' || (site !== undefined && (!site.lymphNode || site.start <= mention.anchorEnd))) return false;
  const regions = new Set<string>();
  for (let position = mention.anchorEnd + 1; position < Math.min(tokens.length, mention.anchorEnd + BRACKETED_REGIONS_REACH); position++) {
    if (tokens[position]?.norm === ')') break;
    const region = sites[position];
    if (region?.lymphNode === true) regions.add(region.path.join('/'));
  }
  return regions.size >= 2;
}

/** "in CR", "in CR1", "in complete remission": the abbreviations of a complete remission after "in". */
const REMISSION_ABBREVIATIONS = new Set(['cr', 'cr1', 'cr2', 'cr3', 'ccr']);

/**
 * A numbered complete remission written right after the histology ("B-ALL, CR2", "AML CR1") needs no "in"; further on, without
 * "in", it is a step of a course ("7+3 induction -> CR1", later relapsed), and "Cr" alone may be a creatinine.
 */
const NUMBERED_REMISSIONS = new Set(['cr1', 'cr2', 'cr3']);

/** Tokens after the histology within which a numbered remission is read without "in". */
const NUMBERED_REMISSION_REACH = 3;

function isRemission(tokens: readonly Token[], position: number, besideHistology: boolean): boolean {
  const word = tokens[position]?.norm ?? '';
  if (word === 'remission' || (besideHistology && NUMBERED_REMISSIONS.has(word))) return true;
  // "in stringent CR", "in sCR" (a myeloma's stringent complete response; "sCr", written so, is a serum creatinine).
  const afterIn = tokens[position - 1]?.norm === 'in' || (tokens[position - 1]?.norm === 'stringent' && tokens[position - 2]?.norm === 'in');
  if (afterIn && (REMISSION_ABBREVIATIONS.has(word) || tokens[position]?.raw === 'sCR')) return true;
  // "in complete response", "achieved a stringent complete response": a complete response is the complete remission of a myeloma or lymphoma.
  return (word === 'response' && tokens[position - 1]?.norm === 'complete') || datedRemission(tokens, position);
}

/** Words after a complete remission in capitals that date it by its treatment ("CR after ABVD x6 in 2024", "CR since 2021"). */
const REMISSION_COURSE = new Set(['after', 'since', 'following', 'post']);

/** "…, CR after ABVD x6 in 2024": a complete remission written in capitals and dated by the course that gave it (a creatinine is "Cr"). */
function datedRemission(tokens: readonly Token[], position: number): boolean {
  return tokens[position]?.raw === 'CR' && REMISSION_COURSE.has(tokens[position + 1]?.norm ?? '') && tokens[position - 1]?.norm !== 'no';
}

/** A sentence that opens with a remission status: "In sCR.", "In CR1 per BMBx.", "In remission since 2024." */
function opensWithRemission(tokens: readonly Token[], start: number): boolean {
  if (tokens[start]?.norm !== 'in') return false;
  return firstInSentenceAfter(tokens, start + 1, 3, tokens[start]?.sentence, (_token, position) => isRemission(tokens, position, false)) >= 0;
}

/** How far after a histology the start of the next sentence is looked for. */
const NEXT_SENTENCE_REACH = 48;

/** The first token of the sentence after the histology's, or -1 when it is further than the reach. */
function nextSentenceStart(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]?.sentence;
  for (let position = end; position < Math.min(tokens.length, end + NEXT_SENTENCE_REACH); position++) {
    if (tokens[position]?.sentence !== sentence) return position;
  }
  return -1;
}

/** "Relapsed AML", "relapsed/refractory myeloma": the relapse written before the histology. */
function relapsedBefore(tokens: readonly Token[], start: number): boolean {
  return nearestInSentenceBefore(tokens, start, 3, tokens[start]?.sentence, (token) => RELAPSE_WORDS.has(token.norm)) >= 0;
}

/** The words of a relapse written before its histology. */
const RELAPSE_WORDS = new Set(['relapsed', 'relapsed/refractory', 'relapse', 'r/r']);

/**
 * "DLBCL, stage IIIA", "stage II follicular lymphoma", "DLBCL, GCB type, stage IVA": Ann Arbor stages II to IV
 * are disease in two or more lymph node regions or beyond them, which the corpus codes with the fifth character 8
 * (lymph nodes of multiple sites) of C81–C85 (ANNOTATION.md, "Stage or node regions in the lymphoma's own
 * sentence"); stage I and an extranodal "E" stage are not.
 */
const MULTIPLE_NODE_STAGES = new Set(['ii', 'iia', 'iib', 'iii', 'iiia', 'iiib', 'iv', 'iva', 'ivb', '2', '3', '4', '3a', '3b', '2a', '2b', '4a', '4b']);

function nodalStageAfter(tokens: readonly Token[], end: number): boolean {
  // Only the first "stage" is read: its stage follows it.
  const position = stageAfter(tokens, end);
  return position >= 0 && MULTIPLE_NODE_STAGES.has(tokens[position + 1]?.norm ?? '');
}

/** How many words after a lymphoma, a parenthesis not counted, its stage is looked for. */
const STAGE_REACH = 8;

/**
 * The first "stage" after a lymphoma in its sentence, or -1: a parenthesis after it is read ("DLBCL (stage IIIA, …)")
 * but its words are not counted ("DLBCL, GCB type (transformed from follicular lymphoma), stage IV"), and a lymphoma
 * inside a parenthesis that closes before the stage is not the one staged (the follicular lymphoma there).
 */
function stageAfter(tokens: readonly Token[], end: number): number {
  const sentence = tokens[end - 1]?.sentence;
  let depth = 0;
  for (let position = end, counted = 0; position < tokens.length && counted < STAGE_REACH; position++) {
    const token = tokens[position];
    if (token === undefined || token.sentence !== sentence) return -1;
    if (token.norm === '(') depth++;
    else if (token.norm === ')') {
      if (depth === 0) return -1;
      depth--;
    } else if (token.norm === 'stage') return position;
    else if (depth === 0) counted++;
  }
  return -1;
}

/** Words that deny the remission after them: "not having achieved remission" (the Tabular's own title), "not in remission", "failed to achieve remission". */
const REMISSION_DENIALS = new Set(['not', 'never', 'without', 'failed', 'no']);

function remissionDenied(tokens: readonly Token[], remission: number): boolean {
  for (let position = remission - 1; position >= Math.max(0, remission - 4); position--) {
    if (REMISSION_DENIALS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** A site set off after a comma or in parentheses and ending there: "Melanoma, R shoulder, pT1a", "DLBCL (mediastinal nodes)". */
/** Level words the site finder leaves before a body site when no side precedes them ("upper back", "lower leg"). */
const APPOSED_LEVELS = new Set(['upper', 'lower', 'mid', 'middle', 'proximal', 'distal']);

/** Subtype words a melanoma's line may set off before its site ("Melanoma, superficial spreading, R posterior calf"). */
const APPOSED_SUBTYPE_WORDS = new Set(['superficial', 'spreading', 'nodular', 'lentigo', 'maligna', 'acral', 'lentiginous', 'desmoplastic', 'invasive', 'amelanotic', 'type', 'subtype']);

/** The comma after a set-off subtype ("Melanoma, superficial spreading, …"), or `after` when no subtype is set off there. */
function afterApposedSubtype(tokens: readonly Token[], after: number): number {
  if (tokens[after]?.norm !== ',') return after;
  let position = after + 1;
  while (position <= after + 3 && APPOSED_SUBTYPE_WORDS.has(tokens[position]?.norm ?? '')) position++;
  const closed = position > after + 1 && tokens[position]?.norm === ',' && tokens[position]?.sentence === tokens[after]?.sentence;
  return closed ? position : after;
}

function apposedSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], written: number): SiteMatch | undefined {
  const after = afterApposedSubtype(tokens, written);
  const opener = tokens[after];
  // "Lipoma, upper back - stable": a level word may open the apposed site.
  const level = APPOSED_LEVELS.has(tokens[after + 1]?.norm ?? '') ? 1 : 0;
  const site = skinOfSurface(tokens, sites, sites[after + 1 + level]);
  if (opener === undefined || site === undefined || (opener.norm !== ',' && opener.norm !== '(')) return undefined;
  const next = tokens[site.end];
  // "Lipoma, R upper back (D17.1)": a parenthesis after the site closes it too; "KS, skin of both legs + hard palate": so
  // does the next site of a list, and the first is the tumour's.
  const closes = next === undefined || next.sentence !== opener.sentence || [',', ')', '(', ';', '.', '-', '+', '&'].includes(next.norm);
  return closes && tokens[site.start]?.sentence === opener.sentence ? site : undefined;
}

/** "skin of both legs", "skin of the R shin": the skin written before the body surface it covers is the skin there. */
function skinOfSurface(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], site: SiteMatch | undefined): SiteMatch | undefined {
  if (site === undefined || site.path.length !== 1 || site.path[0] !== 'skin' || tokens[site.end]?.norm !== 'of') return site;
  const skipped = SKIN_SURFACE_SKIPS.has(tokens[site.end + 1]?.norm ?? '') ? site.end + 2 : site.end + 1;
  const surface = sites[skipped];
  return surface === undefined || surface.lymphNode ? site : mergeSkin([site, surface])[0];
}
const SKIN_SURFACE_SKIPS = new Set(['the', 'both', 'bilateral']);

/** Prepositions that name where a morphology-classified histology is, not where it spread ("to", "from"). */
const MORPHOLOGY_SITE_PREPOSITIONS = new Set(['of', 'on', 'in', 'involving', 'within', 'at']);

/**
 * The one site a morphology-classified histology is written with: right before it ("L forearm
 * melanoma", "mediastinal DLBCL") or after a locating preposition ("melanoma of the upper back",
 * "DLBCL involving the cervical nodes"). A "metastatic" histology keeps no site (its site is a spread) but the
 * one a parenthesis names as its origin ("metastatic melanoma (originally on his upper back)").
 */
export function morphologySite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number, axis?: string,
): SiteMatch | undefined {
  const site = writtenMorphologySite(tokens, sites, siteEndingAt, start, end, axis);
  // "subcutaneous lipoma R upper back": the body surface after the subcutaneous tissue says which skin (lipomaSurface.ts).
  return site !== undefined && axis === 'lipoma' ? withSurfaceAfterSkin(tokens, sites, site) : site;
}

function writtenMorphologySite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number, axis?: string,
): SiteMatch | undefined {
  const involved = axis === 'lymphoma' ? involvedOrganBefore(tokens, siteEndingAt, start) ?? involvedOrganAfter(tokens, sites, end) : undefined;
  if (involved !== undefined) return involved;
  const left = sitesToTheLeft(tokens, siteEndingAt, start);
  // "metastatic melanoma (originally on his upper back …)": the parenthesis names where the spread tumour arose.
  if (left.metastatic || tokens[start - 1]?.norm === 'metastatic') return namedPrimarySite(tokens, sites, end);
  const inSituEnd = tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ' ? end + 2 : afterAtypiaGrade(tokens, end);
  if (left.sites.length === 1) return withSideOf(left.sites[0] as SiteMatch, tokens, sites, inSituEnd);
  // "T7 and T11 vertebral body hemangiomas": sites listed before the tumour that the table reads as one row are its one site.
  if (left.sites.length > 1) return oneRow(left.sites);
  const apposed = apposedSite(tokens, sites, inSituEnd) ?? namedPrimarySite(tokens, sites, inSituEnd);
  if (apposed !== undefined) return apposed;
  const right = withSpreadAfter(tokens, sites, sitesToTheRight(tokens, sites, inSituEnd));
  const skinAxis = SKIN_AXES.has(axis ?? '');
  if (right.sites.length === 0 && right.preposition === undefined) {
    const node = biopsyLabelSite(tokens, sites, start, axis);
    const labelled = labelledSkinOrNode(tokens, sites, start, skinAxis) ?? node;
    const surface = labelled === undefined && skinAxis ? lineSkinSurface(tokens, sites, start) : undefined;
    // "hypodense lesion hepatic segment 7 …, c/w hemangioma": a benign tumour placed by organ concludes the finding of its sentence.
    const organ = labelled === undefined && (axis === 'gist' || ORGAN_AXES.has(axis ?? '')) ? labelledOrgan(tokens, sites, start) : undefined;
    // "r/o gastric adenocarcinoma vs lymphoma": a lymphoma offered as another reading of an organ's lesion is in that organ (differential.ts).
    const read = axis === 'lymphoma' ? alternativeOrganSite(tokens, siteEndingAt, start) : undefined;
    const found = labelled ?? surface ?? organ ?? read ?? (ORGAN_AXES.has(axis ?? '') ? concludedFindingSite(tokens, sites, start) : undefined);
    const placed = found !== undefined && axis === 'lipoma' ? withSurfaceAfterSkin(tokens, sites, found) : found;
    return placed === undefined ? undefined : { ...placed, start, end: start };
  }
  // "Dysplastic nevus L shoulder", "melanoma in situ R cheek": a skin lesion's site may follow it with no preposition.
  // Not "melanoma brain mets": a site followed by a metastasis word is where the melanoma spread.
  // "Lipoma R upper back - asymptomatic": a benign tumour placed by organ or tissue is written so too.
  const bare = (skinAxis || ORGAN_AXES.has(axis ?? '')) && right.preposition === undefined && right.sites.length === 1 && right.sites[0]?.start === inSituEnd
    && !SPREAD_WORDS.has(tokens[right.sites[0]?.end ?? 0]?.norm ?? '');
  if ((!bare && !MORPHOLOGY_SITE_PREPOSITIONS.has(right.preposition ?? '')) || (right.spread?.length ?? 0) > 0) return undefined;
  return right.sites.length === 1 ? right.sites[0] : undefined;
}

/** The nouns of an organ's involvement written before the lymphoma that involves it ("thyroid involvement by lymphoma"). */
const INVOLVEMENT_NOUNS = new Set(['involvement', 'infiltration']);

/**
 * "Thyroid involvement by lymphoma is considered less likely": the inverted form of "lymphoma involving the thyroid", so the
 * organ right before the involvement noun is where the lymphoma is (its place stays the histology's word).
 */
function involvedOrganBefore(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  if (tokens[start - 1]?.norm !== 'by' || !INVOLVEMENT_NOUNS.has(tokens[start - 2]?.norm ?? '')) return undefined;
  const organ = siteEndingAt[start - 2];
  return organ === undefined || tokens[organ.start]?.sentence !== tokens[start]?.sentence ? undefined : { ...organ, start, end: start };
}

/** Grades of atypia a dysplastic nevus is reported with. */
const ATYPIA_GRADES = new Set(['mild', 'moderate', 'severe', 'marked', 'slight', 'mild-moderate', 'moderate-severe', 'mild-to-moderate', 'moderate-to-severe']);

/** "Dysplastic nevus w/ moderate atypia R flank": the grade of atypia stands between a nevus and its site; the position after it, or `end`. */
function afterAtypiaGrade(tokens: readonly Token[], end: number): number {
  // "w/" is two tokens ("w", "/"), "with" one.
  const written = tokens[end]?.norm === 'w' && tokens[end + 1]?.norm === '/' ? end + 2 : tokens[end]?.norm === 'with' ? end + 1 : end;
  if (written === end) return end;
  const grade = ATYPIA_GRADES.has(tokens[written]?.norm ?? '') ? written + 1 : written;
  return tokens[grade]?.norm === 'atypia' && tokens[grade]?.sentence === tokens[end]?.sentence ? grade + 1 : end;
}

/** Words after a site that make it a metastasis' site ("melanoma brain mets"). */
const SPREAD_WORDS = new Set(['mets', 'met', 'metastases', 'metastasis', 'metastatic', 'lesions', 'lesion', 'involvement', 'disease']);

/** Site axes of skin lesions (the C44 subdivisions), whose report label names the skin there. */
// A Kaposi sarcoma's lesions are mostly of the skin: its report label or the body site written right after it is its site (C46.0).
const SKIN_AXES = new Set(['melanoma', 'merkel', 'nevus', 'kaposi']);
/** Benign tumours the Tabular subdivides by organ or tissue, whose organ an imaging finding may give. */
const ORGAN_AXES = new Set(['hemangioma', 'lipoma', 'leiomyoma']);

/**
 * The site a report label gives a morphology histology written alone after it: "Skin, left upper back,
 * shave biopsy: Malignant melanoma" (the skin of the back), "Lymph node, right neck, excision: DLBCL".
 */
function labelledSkinOrNode(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, skinAxis: boolean): SiteMatch | undefined {
  const label = lineLabelSite(tokens, sites, start, true) ?? specimenLabelSite(tokens, sites, start);
  const part = label === undefined || label.lymphNode ? undefined : sites[label.end + 1];
  const skin = label?.path.length === 1 && label.path[0] === 'skin' && tokens[label.end]?.norm === ',' && part !== undefined && !part.lymphNode
    ? mergeSkin([label, part])[0] : undefined;
  // "C. L shoulder: compound dysplastic nevus": a body-surface label before a skin lesion is the skin there.
  const surface = skin === undefined && skinAxis && label !== undefined && !label.lymphNode && label.path[0] !== 'skin' ? label : undefined;
  // "SKIN, LEFT UPPER BACK, …:" may already be read as the skin of the back by the label reader (siteContext.ts).
  const skinLabel = label?.path[0] === 'skin' && label.path.length > 1 ? label : undefined;
  const site = label?.lymphNode === true ? label : skin ?? skinLabel ?? surface;
  // The label is not part of the phrase: the mention is the finding's words.
  return site === undefined ? undefined : { ...site, start, end: start };
}

/**
 * The organ a report label gives a GIST, haemangioma or lipoma written alone after it: "Stomach, wedge resection:\n-
 * Gastrointestinal stromal tumor (GIST)" is a gastric GIST (Tabular C49.A2), as "gastric GIST" is; "Liver lesion: benign
 * hemangioma" a liver haemangioma (D18.03).
 */
function labelledOrgan(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  const label = lineLabelSite(tokens, sites, start) ?? specimenLabelSite(tokens, sites, start);
  return label === undefined || label.lymphNode ? undefined : { ...label, start, end: start };
}

/** "Choroidal melanoma of the left eye": the side of the site after "of" completes a site written before the histology without one. */
function withSideOf(site: SiteMatch, tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], after: number): SiteMatch {
  if (site.laterality === undefined && tokens[after]?.norm === ',') return withSetOffEye(site, sites[after + 1]);
  if (site.laterality !== undefined || tokens[after]?.norm !== 'of') return site;
  const right = sitesToTheRight(tokens, sites, after);
  const side = right.sites.length === 1 ? right.sites[0]?.laterality : undefined;
  return side === undefined ? site : { ...site, laterality: side };
}

/** "Ciliary body melanoma, right eye": the sided eye set off after a tumour of one of its coats is that coat's side. */
function withSetOffEye(site: SiteMatch, apposed: SiteMatch | undefined): SiteMatch {
  const side = apposed?.path[0] === 'eye' ? apposed.laterality : undefined;
  return side === undefined || !EYE_ROWS.has(site.path[0] ?? '') ? site : { ...site, laterality: side };
}

/** The last of several listed sites when all are one table row on one side (the vertebrae of "T7 and T11"), else undefined. */
function oneRow(listed: readonly SiteMatch[]): SiteMatch | undefined {
  const last = listed[listed.length - 1];
  return last !== undefined && listed.every((site) => !site.lymphNode && samePath(site.path, last.path) && site.laterality === last.laterality) ? last : undefined;
}
