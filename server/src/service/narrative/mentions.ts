import type { NeoplasmColumn } from '../codes/neoplasm/model';
import type { HistologyTerm } from './histologyLexicon';
import { columnOf } from './histologyLexicon';
import type { MorphologyTerm } from './morphologyLexicon';
import type { PhraseMatcher } from './phraseMatcher';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import type { RawMention } from './rawMention';
import type { SpecimenSites } from './specimen';
import { NO_SPECIMENS, specimenSiteAt } from './specimen';
import { withRestatedSites } from './restatedSite';
import { priorLesionOrgan, reportedOrgan, specimenLabelSite } from './findingOrgan';
import { conjoinedFinding, findingNounSite, findingSubject, inMarginItem, lineLabelSite, nearbySite, refinedBy, withContextSite, withTrailingWord } from './siteContext';
import { apposedSkinSite, mergeSkin } from './skinSites';
import type { SiteList } from './siteLists';
import { SECONDARY_PREPOSITIONS, sitesToTheLeft, sitesToTheRight, skipModifiers, spreadFromLater, withSpreadAfter } from './siteLists';

/**
 * Finds neoplasm mentions: a histology word (an "anchor") and the sites written next to it. Sites to
 * the left are the anchor's own ("hepatic and osseous mets", "RUL adenocarcinoma"); sites after a
 * preposition on the right too ("metastases to liver and bone", "carcinoma of the left breast").
 * "metastatic to X" makes X secondary and "metastatic from X" makes X primary; "metastatic X cancer"
 * names the primary X; a carcinoma called metastatic and followed by "to/in X" makes X secondary.
 * Direct extension ("invading the liver") has no anchor and is not read as a metastasis.
 */

export interface AnchorVocabulary {
  readonly histology: PhraseMatcher<HistologyTerm>;
  readonly morphology: PhraseMatcher<MorphologyTerm>;
}


/** The mentions of an encounter in text order. */
export function findMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], vocabulary: AnchorVocabulary, specimens: SpecimenSites = NO_SPECIMENS,
): RawMention[] {
  const siteEndingAt: (SiteMatch | undefined)[] = new Array<SiteMatch | undefined>(tokens.length + 1).fill(undefined);
  for (const site of sites) if (site !== undefined) siteEndingAt[site.end] = site;
  const mentions: RawMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    const morphology = morphologyAt(tokens, index, vocabulary);
    const histology = vocabulary.histology.matchAt(tokens, index);
    if (morphology?.value.siteAxis === 'carcinoid' && (histology === undefined || morphology.end >= histology.end)) {
      mentions.push(...carcinoidMentions(tokens, sites, siteEndingAt, index, morphology.end, morphology.value, specimenSiteAt(specimens, index)));
      index = afterRestatement(tokens, morphology.end, vocabulary);
    } else if (morphology !== undefined && (histology === undefined || morphology.end >= histology.end)) {
      const site = morphology.value.siteAxis === undefined ? undefined : morphologySite(tokens, sites, siteEndingAt, index, morphology.end);
      mentions.push(morphologyMention(tokens, index, morphology.end, morphology.value, site));
      index = morphology.end;
    } else if (histology !== undefined && (namesInstitution(tokens, histology.end) || (histology.value.inMetastaticSentence === true && !metastaticBefore(tokens, index) && siteEndingAt[index]?.lymphNode !== true))) {
      index = histology.end;
    } else if (histology !== undefined) {
      const found = anchorMentions(tokens, sites, siteEndingAt, index, histology.end, histology.value, vocabulary);
      const metastatic = sitesToTheLeft(tokens, siteEndingAt, index).metastatic;
      mentions.push(...(found.length > 0 ? found : specimenMentions(index, histology.end, histology.value, metastatic, specimenSiteAt(specimens, index))));
      index = histology.end;
    } else {
      index++;
    }
  }
  const reported = mentions.filter((mention) => !inMarginItem(tokens, mention.anchorStart) && !(mention.column === 'secondary' && isBodyRegion(tokens, mention.site)));
  const placed = withNeuroendocrineSpread(tokens, dedupe(tokens, reported)).map((mention) => withContextSite(tokens, sites, mention, specimenSiteAt(specimens, mention.start)));
  return withRestatedSites(tokens, sites, placed);
}

/**
 * "No metastatic disease in the chest, abdomen or pelvis": the regions an imaging study covers are where
 * it looked, not secondary sites (the table's C79.89 for "chest" is the chest wall's).
 */
const BODY_REGIONS = new Set(['chest', 'abdomen', 'pelvis', 'thorax', 'abdomen/pelvis', 'torso', 'body']);

function isBodyRegion(tokens: readonly Token[], site: SiteMatch | undefined): boolean {
  // "chest wall metastasis" names the wall, a site of its own.
  return site !== undefined && !site.lymphNode && site.path.length === 1 && BODY_REGIONS.has(site.path[0] ?? '') && tokens[site.end]?.norm !== 'wall';
}

/** Nouns that make "Breast Cancer Clinic", "Lung Cancer Screening Program" a place or service, not a diagnosis. */
const INSTITUTION_NOUNS = new Set([
  'clinic', 'center', 'centre', 'program', 'programme', 'institute', 'society', 'foundation', 'service', 'services', 'team', 'navigator',
  'navigation', 'coordinator', 'alliance', 'association', 'network', 'conference', 'registry', 'unit', 'department', 'hospital',
]);

/** Whether the histology word names an institution: an institution noun follows, at most one word after it ("Cancer Screening Program"). */
function namesInstitution(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end - 1]?.sentence;
  for (let position = end; position < Math.min(tokens.length, end + 2) && tokens[position]?.sentence === sentence; position++) {
    if (INSTITUTION_NOUNS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

const METASTATIC_WORDS = new Set(['metastatic', 'metastases', 'metastasis', 'mets', 'metastasized', 'spread']);

/** Whether the sentence calls the disease metastatic before `index`. */
function metastaticBefore(tokens: readonly Token[], index: number): boolean {
  const sentence = tokens[index]?.sentence;
  for (let position = index - 1; position >= Math.max(0, index - 24) && tokens[position]?.sentence === sentence; position--) {
    if (METASTATIC_WORDS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}

/** A morphology term at `index`, except "NET" in lower case ("net weight") and "carcinoid syndrome" (an endocrine syndrome, E34.0-). */
function morphologyAt(tokens: readonly Token[], index: number, vocabulary: AnchorVocabulary): ReturnType<AnchorVocabulary['morphology']['matchAt']> {
  const found = vocabulary.morphology.matchAt(tokens, index);
  if (found === undefined || found.value.siteAxis !== 'carcinoid') return found;
  if (found.value.words === 'net' && tokens[index]?.raw !== 'NET') return undefined;
  return tokens[found.end]?.norm === 'syndrome' ? undefined : found;
}

/** After "NET (carcinoid)": a parenthesised restatement of the same tumour is not a second mention. */
function afterRestatement(tokens: readonly Token[], end: number, vocabulary: AnchorVocabulary): number {
  if (tokens[end]?.norm !== '(') return end;
  const inner = vocabulary.morphology.matchAt(tokens, end + 1);
  return inner?.value.siteAxis === 'carcinoid' && tokens[inner.end]?.norm === ')' ? inner.end + 1 : end;
}

/**
 * A carcinoid or neuroendocrine tumour: at its site ("well-differentiated neuroendocrine tumor of the
 * ileum", "appendiceal carcinoid"), or, called metastatic, at the sites it spread to ("metastatic
 * carcinoid to liver", "hepatic lesions consistent with metastatic NET"), which Tabular C7B codes.
 */
function carcinoidMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number,
  term: MorphologyTerm, specimen: SiteMatch | undefined,
): RawMention[] {
  if (tokens[start - 1]?.norm !== 'metastatic') {
    // "Metastatic small bowel NET": the site written before the tumour is its primary, called metastatic or not.
    const left = sitesToTheLeft(tokens, siteEndingAt, start).sites;
    const site = (left.length === 1 ? left[0] : undefined) ?? morphologySite(tokens, sites, siteEndingAt, start, end) ?? lineLabelSite(tokens, sites, start, true) ?? specimen;
    const reported = site === undefined ? reportedOrgan(tokens, sites, start, null, siteEndingAt) : undefined;
    // A site from the lines before is not part of the phrase: the mention is the finding's words.
    return [reported === undefined ? morphologyMention(tokens, start, end, term, site) : { ...morphologyMention(tokens, start, end, term, undefined), site: reported }];
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
function withNeuroendocrineSpread(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  let carcinoidSentence = -1;
  return mentions.map((mention) => {
    const sentence = tokens[mention.start]?.sentence ?? -2;
    if (mention.morphology?.siteAxis === 'carcinoid') carcinoidSentence = sentence;
    const spread = mention.column === 'secondary' && mention.morphology === undefined && sentence === carcinoidSentence;
    return spread ? { ...mention, neuroendocrine: true } : mention;
  });
}

/**
 * A finding with no site of its own in a pathology report takes the specimen's ("SPECIMEN: Sigmoid
 * colon" … "Adenocarcinoma, moderately differentiated"); a carcinoma in a lymph node specimen is a
 * metastasis there. The mention is the finding's words only.
 */
function specimenMentions(start: number, end: number, term: HistologyTerm, metastatic: boolean, specimen: SiteMatch | undefined): RawMention[] {
  // A bare "metastatic" leaves the finding to the noun after it ("Metastatic adenocarcinoma").
  if (specimen === undefined || term.words === 'primary' || term.role === 'metastatic' || term.impliedSite !== undefined || term.nodesOnly === true) return [];
  const column: NeoplasmColumn = metastatic || (specimen.lymphNode && term.role === 'primary') ? 'secondary' : columnOf(term.role);
  return [{ start, end, anchorStart: start, anchorEnd: end, column, site: specimen, histology: term }];
}

function morphologyMention(tokens: readonly Token[], start: number, end: number, term: MorphologyTerm, site: SiteMatch | undefined): RawMention {
  let remission = false;
  let relapse = false;
  const sentence = tokens[start]?.sentence;
  for (let position = end; position < Math.min(tokens.length, end + 16); position++) {
    const word = tokens[position]?.norm ?? '';
    if (word === 'remission' && term.remission !== undefined && tokens[position]?.sentence === sentence && !remissionDenied(tokens, position)) remission = true;
    if ((word === 'relapsed' || word === 'relapse') && term.relapse !== undefined) relapse = true;
  }
  // "hx of Hodgkin lymphoma treated in 1995 - in remission since": a lymphoma the text calls history stays history (Z85.7-).
  if (term.siteAxis === 'lymphoma' && historyLeadBefore(tokens, start)) remission = false;
  const inSitu = tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ' && term.inSitu !== undefined;
  const phraseEnd = inSitu ? end + 2 : end;
  const own = { anchorStart: start, anchorEnd: phraseEnd, column: inSitu ? 'in-situ' as const : null, morphology: term, remission, relapse, inSitu };
  if (site === undefined) return { start, end: phraseEnd, ...own };
  return { start: Math.min(start, site.start), end: Math.max(phraseEnd, site.end), ...own, site };
}

const HISTORY_LEADS = new Set(['hx', 'history', 'h/o', 'remote', 'prior', 'previous', 'past']);

/** A history word just before a histology ("hx of", "remote", "history of"). */
function historyLeadBefore(tokens: readonly Token[], start: number): boolean {
  const sentence = tokens[start]?.sentence;
  for (let position = start - 1; position >= Math.max(0, start - 4) && tokens[position]?.sentence === sentence; position--) {
    if (HISTORY_LEADS.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
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
function apposedSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], after: number): SiteMatch | undefined {
  const opener = tokens[after];
  const site = sites[after + 1];
  if (opener === undefined || site === undefined || (opener.norm !== ',' && opener.norm !== '(')) return undefined;
  const next = tokens[site.end];
  const closes = next === undefined || next.sentence !== opener.sentence || [',', ')', ';', '.'].includes(next.norm);
  return closes && tokens[site.start]?.sentence === opener.sentence ? site : undefined;
}

/** Prepositions that name where a morphology-classified histology is, not where it spread ("to", "from"). */
const MORPHOLOGY_SITE_PREPOSITIONS = new Set(['of', 'on', 'in', 'involving', 'within', 'at']);

/**
 * The one site a morphology-classified histology is written with: right before it ("L forearm
 * melanoma", "mediastinal DLBCL") or after a locating preposition ("melanoma of the upper back",
 * "DLBCL involving the cervical nodes"). A "metastatic" histology keeps no site: its site is a spread.
 */
function morphologySite(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], start: number, end: number,
): SiteMatch | undefined {
  const left = sitesToTheLeft(tokens, siteEndingAt, start);
  if (left.metastatic || tokens[start - 1]?.norm === 'metastatic') return undefined;
  if (left.sites.length === 1) return left.sites[0];
  if (left.sites.length > 1) return undefined;
  const inSituEnd = tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ' ? end + 2 : end;
  const apposed = apposedSite(tokens, sites, inSituEnd);
  if (apposed !== undefined) return apposed;
  const right = withSpreadAfter(tokens, sites, sitesToTheRight(tokens, sites, inSituEnd));
  if (right.sites.length === 0 && right.preposition === undefined) return labelledSkinOrNode(tokens, sites, start);
  if (!MORPHOLOGY_SITE_PREPOSITIONS.has(right.preposition ?? '') || (right.spread?.length ?? 0) > 0) return undefined;
  return right.sites.length === 1 ? right.sites[0] : undefined;
}

/**
 * The site a report label gives a morphology histology written alone after it: "Skin, left upper back,
 * shave biopsy: Malignant melanoma" (the skin of the back), "Lymph node, right neck, excision: DLBCL".
 */
function labelledSkinOrNode(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  const label = lineLabelSite(tokens, sites, start, true) ?? specimenLabelSite(tokens, sites, start);
  const part = label === undefined || label.lymphNode ? undefined : sites[label.end + 1];
  const skin = label?.path.length === 1 && label.path[0] === 'skin' && tokens[label.end]?.norm === ',' && part !== undefined && !part.lymphNode
    ? mergeSkin([label, part])[0] : undefined;
  const site = label?.lymphNode === true || (label?.path[0] === 'skin' && label.path.length > 1) ? label : skin;
  // The label is not part of the phrase: the mention is the finding's words.
  return site === undefined ? undefined : { ...site, start, end: start };
}

function anchorMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[],
  start: number, end: number, term: HistologyTerm, vocabulary: AnchorVocabulary,
): RawMention[] {
  const left = sitesToTheLeft(tokens, siteEndingAt, start);
  const right = withSpreadAfter(tokens, sites, sitesToTheRight(tokens, sites, end));
  const calledMetastatic = left.metastatic;
  if (term.role === 'metastatic') return metastaticMentions(tokens, sites, siteEndingAt, start, end, right, vocabulary);
  let column: NeoplasmColumn = columnOf(term.role);
  if (term.role === 'primary' && tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ') column = 'in-situ';
  const mentions: RawMention[] = [];
  const ownColumn = column;
  if (term.words === 'primary' && left.sites.length === 0) return [];
  const refined = left.sites.length === 1 ? refinedBy(left.sites[0] as SiteMatch, right.sites[0]) ?? withTrailingWord(tokens, left.sites[0] as SiteMatch, end) : undefined;
  const ownSites = refined === undefined ? left.sites : [refined];
  const leftColumn: NeoplasmColumn = ownColumn === 'primary' && spreadFromLater(tokens, end) ? 'secondary' : ownColumn;
  ownSites.forEach((site, index) => mentions.push(withSpan(site, start, end, leftColumn, term, index === ownSites.length - 1)));
  // "Metastasis of breast cancer to bone": the site after "of" belongs to the cancer named next, not to the metastasis.
  if (term.role === 'secondary' && right.preposition === 'of' && cancerNamedAfter(tokens, right.sites, vocabulary)) return mentions;
  const spreadTo = right.preposition === 'to' || (right.preposition !== undefined && SECONDARY_PREPOSITIONS.has(right.preposition) && (calledMetastatic || term.role === 'secondary' || spreadFromLater(tokens, end)));
  const rightColumn: NeoplasmColumn = spreadTo && ownColumn === 'primary' ? 'secondary' : ownColumn;
  const rightIsOwn = left.sites.length === 0 || rightColumn !== ownColumn;
  if (rightIsOwn && !(right.preposition === 'from' && term.role === 'secondary')) {
    // "carcinoma of the ovary, bilateral": a side set off after the one site names its side.
    const own = right.sites.length === 1 ? right.sites.map((site) => trailingSide(tokens, site)) : right.sites;
    own.forEach((site, index) => mentions.push(withSpan(site, start, end, rightColumn, term, index === 0)));
  }
  for (const site of right.spread ?? []) mentions.push(withSpan(site, start, end, 'secondary', term, false));
  if (left.sites.length === 0 && !mentions.some((mention) => mention.column === ownColumn) && term.impliedSite !== undefined) {
    const implied: SiteMatch = { start, end, path: term.impliedSite, lymphNode: false };
    // "B. Breast, right, partial mastectomy:\n- Invasive ductal carcinoma": the label names the side of the implied organ.
    // "Core biopsy of the mass showed invasive ductal carcinoma": the lesion biopsied gives the side of the implied organ.
    const label = lineLabelSite(tokens, sites, start, true);
    // "B. L upper back: superficial basal cell carcinoma": a skin histology's label names the skin there.
    const skinLabel = implied.path[0] === 'skin' && label !== undefined && !label.lymphNode ? { ...label, start, end: start } : undefined;
    const nearby = refinedBy(implied, nearbySite(tokens, sites, end)) ?? refinedBy(implied, label) ?? skinLabel ?? apposedSkinSite(tokens, sites, implied, end)
      ?? refinedBy(implied, priorLesionOrgan(tokens, sites, start));
    mentions.push({ start, end, anchorStart: start, anchorEnd: end, column: ownColumn, site: nearby ?? implied, histology: term });
  }
  if (mentions.length === 0 && term.words === 'carcinomatosis') {
    mentions.push({ start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: { start, end, path: ['peritoneum'], lymphNode: false }, histology: term });
  }
  if (mentions.length === 0 && term.role !== 'secondary' && !calledMetastatic && term.words !== 'primary' && term.impliedSite === undefined) {
    // The finding is the mention; the label names its site (a carcinoma in a labelled lymph node is a metastasis).
    const label = lineLabelSite(tokens, sites, start, true) ?? reportedOrgan(tokens, sites, start, ownColumn, siteEndingAt);
    const labelColumn: NeoplasmColumn = (label?.lymphNode === true || label?.fluid === true) && ownColumn === 'primary' ? 'secondary' : ownColumn;
    if (label !== undefined) mentions.push({ start, end, anchorStart: start, anchorEnd: end, column: labelColumn, site: label, histology: term });
  }
  if (mentions.length === 0 && (calledMetastatic || term.role === 'secondary')) {
    const subject = findingSubject(tokens, siteEndingAt, left.start) ?? lineLabelSite(tokens, sites, left.start) ?? findingNounSite(tokens, sites, left.start);
    const reported = subject === undefined ? reportedOrgan(tokens, sites, left.start, 'secondary', siteEndingAt) : undefined;
    // A lesion of the sentence before ("Liver lesion. Metastatic disease not excluded.") gives the site, not the words.
    const before = subject !== undefined && tokens[subject.start]?.sentence !== tokens[start]?.sentence;
    if (subject !== undefined) mentions.push(before ? { start: left.start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: subject, histology: term } : withSpan(subject, start, end, 'secondary', term, true));
    const other = subject === undefined || before ? undefined : conjoinedFinding(tokens, sites, subject);
    if (other !== undefined) mentions.unshift({ start: other.start, end: other.end, anchorStart: start, anchorEnd: end, column: 'secondary', site: other, histology: term });
    if (reported !== undefined) mentions.push({ start: left.start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: reported, histology: term });
  }
  return term.nodesOnly === true ? mentions.filter((mention) => mention.site?.lymphNode === true) : mentions;
}

/** Whether a histology word follows the last site of a list in the same sentence ("of breast cancer"). */
function cancerNamedAfter(tokens: readonly Token[], list: readonly SiteMatch[], vocabulary: AnchorVocabulary): boolean {
  const last = list[list.length - 1];
  if (last === undefined) return false;
  const after = skipModifiers(tokens, last.end);
  return tokens[after]?.sentence === tokens[last.end - 1]?.sentence && vocabulary.histology.matchAt(tokens, after) !== undefined;
}

/** The site with the side written after it ("of the ovary, bilateral"), when it has none of its own. */
function trailingSide(tokens: readonly Token[], site: SiteMatch): SiteMatch {
  // The side must close the apposition: "lungs, right greater than left" names no one side.
  const after = tokens[site.end + 2];
  const closes = after === undefined || after.punct || after.sentence !== tokens[site.end]?.sentence;
  const trailing = site.laterality === undefined && closes ? withTrailingWord(tokens, site, site.end) : undefined;
  return trailing?.laterality === undefined ? site : trailing;
}

/** "metastatic to X" (secondary), "metastatic from X" (primary), "metastatic X" with no anchor after it (secondary). */
function metastaticMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[],
  start: number, end: number, right: SiteList, vocabulary: AnchorVocabulary,
): RawMention[] {
  if (right.sites.length === 0) {
    // "metastatic carcinoid", "metastatic NET": the carcinoid reader takes the phrase (Tabular C7B).
    if (vocabulary.morphology.matchAt(tokens, end)?.value.siteAxis === 'carcinoid') return [];
    const subject = findingSubject(tokens, siteEndingAt, start) ?? lineLabelSite(tokens, sites, start) ?? findingNounSite(tokens, sites, start);
    // "Metastatic carcinoma": the noun's own anchor, called metastatic, reads the finding.
    if (vocabulary.histology.matchAt(tokens, end) !== undefined) return [];
    // A label on the line above is not part of the phrase: the mention is the finding's words.
    const above = subject !== undefined && tokens[subject.start]?.sentence !== tokens[start]?.sentence;
    return subject === undefined ? [] : [withSpan(above ? { ...subject, start, end: start } : subject, start, end, 'secondary', undefined, true)];
  }
  if (right.preposition === 'from') return right.sites.map((site, index) => withSpan(site, start, end, 'primary', undefined, index === 0));
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
function withSpan(
  site: SiteMatch, anchorStart: number, anchorEnd: number, column: NeoplasmColumn, term: HistologyTerm | undefined, joinAnchor: boolean,
): RawMention {
  const start = joinAnchor ? Math.min(site.start, anchorStart) : site.start;
  const end = joinAnchor ? Math.max(site.end, anchorEnd) : site.end;
  return { start, end, anchorStart, anchorEnd, column, site, ...(term === undefined ? {} : { histology: term }) };
}


/** One mention per site token and column: two anchors may reach the same site. */
function dedupe(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  const seen = new Set<string>();
  const kept: RawMention[] = [];
  for (const mention of mentions) {
    const key = `${mention.site?.end ?? mention.end}:${mention.column ?? 'morphology'}`;
    const previous = kept[kept.length - 1];
    const restated = previous !== undefined && previous.column === mention.column && mention.start - previous.end <= 4
      && tokens[previous.start]?.sentence === tokens[mention.start]?.sentence
      && previous.site !== undefined && mention.site !== undefined && previous.site.path.join('/') === mention.site.path.join('/')
      && previous.site.laterality === mention.site.laterality;
    if (seen.has(key) || restated) continue;
    seen.add(key);
    kept.push(mention);
  }
  return kept.sort((a, b) => a.start - b.start);
}
