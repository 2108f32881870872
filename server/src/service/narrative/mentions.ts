import type { NeoplasmColumn } from '../codes/neoplasm/model';
import { pendingRestatedBenign } from './restatedBenignWords';
import { type HistologyTerm, columnOf } from './histologyLexicon';
import type { MorphologyTerm } from './morphologyLexicon';
import type { SiteMatch } from './siteFinder';
import { samePath, UNSPECIFIED_SITE } from './siteMatch';
import { withNoteSites } from './noteSites';
import { withPartAfter, withSideAfter } from './sideAfter';
import { SideIndex } from './sideIndex';
import type { Token } from './tokens';
import { ANCHOR_LEXICONS } from './wordClasses';
import { type RawMention, allInOneShape } from './rawMention';
import { reportedMentions } from './reportedMentions';
import { withStatedOrigins } from './statedOrigin';
import { NO_SPECIMENS, type SpecimenSites, specimenSiteAt } from './specimen';
import { specimenMentions } from './specimenMentions';
import { isOrganBound, organSubsite, readsWrittenSite } from './organSubsites';
import { labelledPolypSite, refinedPolypSite } from './polypOrgan';
import { morphologyMention, morphologySite, withNodeRegionsAfter } from './morphologyMentions';
import { withRestatedSites } from './restatedSite';
import { withRecurrencesElsewhere } from './elsewhereRecurrence';
import { polypPhraseColon } from './polypPhraseAdenoma';
import { restatedTypedCarcinoma } from './restatedCarcinoma';
import { recurrenceSites } from './recurrenceSites';
import { dedupeMentions } from './mentionDedupe';
import { withLabelDetail } from './lesionLabel';
import { reportedOrgan, specimenLabelSite } from './findingOrgan';
import { isSpreadOrgan } from './metastasisProne';
import { withApposedPart, withPartAfterAnchor } from './apposedPart';
import { withDeniedSpreadMarked } from './deniedMetastaticMelanoma';
import { withReturnsElsewhere } from './returnedElsewhere';
import { spreadAtLeftSites } from './spreadBeforeAnchor';
import { parenthesizedSubsite } from './parenthesizedSubsite';
import { impliedOrganMentions, nodeMelanomaMentions, withMetastaticSubject } from './metastaticFindings';
import { fromMetastaticWord, nodesFromMetastaticWord, withSpreadFromMetastaticWord } from './metastaticWordSpan';
import { eyeLineLabel } from './eyeSides';
import { joinedOrgansLabel } from './joinedOrganLabel';
import { itemFindingSite } from './itemFinding';
import { firstWordFrom, sampledOrganBefore } from './sampledOrgan';
import { itemMalignancyMention } from './itemMalignancy';
import { scarRecurrenceMention } from './scarRecurrence';
import { nodeVerdictMalignancy } from './nodeVerdictMalignancy';
import { colonoscopyAdenoma } from './colonoscopyAdenoma';
import { findingSubject } from './findingSubject';
import { withMetastaticWordOfSpread, withOwnOrganAsPrimary, withoutSetOffLeft } from './spreadList';
import { withFieldListSites } from './fieldListSite';
import { withFallbackSite } from './fallbackSite';
import { conjoinedFinding, findingNounSite, lineLabelSite, mergeSkin, nearbySite, refinedBy, withContextSite, withTrailingWord } from './siteContext';
import { apposedSkinSite, skinLineSurface } from './skinSites';
import { unspecifiedCancerMention } from './unspecifiedCancer';
import { marginMention, withImpliedOrganMargins } from './marginStatement';
import { withMarginSkinTumourSites } from './marginMorphology';
import { type AnchorVocabulary, histologyAt, involvementAsSpread, metastaticBefore, morphologyAt, namesNoDiagnosis } from './anchorWords';
import { urinaryLabelSite } from './urinaryContext';
import { withConditionalResult } from './conditionalResult';
import { spreadInParenthesis } from './listedSpread';
import { SECONDARY_PREPOSITIONS, type SiteList, sitesToTheLeft, sitesToTheRight, skipModifiers, spreadFromLater, withSpreadAfter } from './siteLists';
import { listOpensSpread, listedSecondaries } from './stageLists';
import { callsNoNodePositive, positiveNodeMentions } from './positiveNodes';
import { secondPrimaryMentions } from './secondPrimarySites';
import { withSpreadDiseaseInSolidCancer } from './spreadDisease';
import { type FamilyStatements, noFamilySections } from './familyStatement';
import { relativesTissueSite } from './familySarcoma';
import { marrowReportBefore, marrowSample, marrowSampleBefore } from './marrowSpread';
import { partLabelSite } from './labelLineScope';
import { placedSitesAfter, sideBefore, someInColumn, someSiteFrom } from './anchorSiteTests';
import { carcinoidMentions, withNeuroendocrineSpread } from './carcinoidMentions';
import { metastaticMentions, withSpan } from './metastaticMentions';
import { waitsForRestatedSite, writtenFindingSite } from './unlabelledFinding';
import { pendingSkinSquamous, waitsForSkinSquamous } from './skinSquamousRestatement';

/**
 * Finds neoplasm mentions: a histology word (an "anchor") and the sites written next to it. Sites to
 * the left are the anchor's own ("hepatic and osseous mets", "RUL adenocarcinoma"); sites after a
 * preposition on the right too ("metastases to liver and bone", "carcinoma of the left breast").
 * "metastatic to X" makes X secondary and "metastatic from X" makes X primary; "metastatic X cancer"
 * names the primary X; a carcinoma called metastatic and followed by "to/in X" makes X secondary.
 * Direct extension ("invading the liver") has no anchor and is not read as a metastasis.
 */

/** The table rows of the serosal surfaces an implant seeds: the peritoneum and its folds, the pouch of Douglas, the pleura. */
const SEROSAL_SITES: ReadonlySet<string> = new Set(['peritoneum, peritoneal', 'omentum', 'cul-de-sac', 'mesentery, mesenteric', 'pleura, pleural']);

/** The mentions of an encounter in text order (`sites` by their start token, `siteEndingAt` by their end: `sitesByEnd`). */
export function findMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], vocabulary: AnchorVocabulary, specimens: SpecimenSites = NO_SPECIMENS,
  family: FamilyStatements = noFamilySections(),
): RawMention[] {
  const mentions: RawMention[] = [];
  let index = 0;
  while (index < tokens.length) {
    // A token that starts no histology or morphology phrase needs no look-up: most tokens do not.
    const lexical = ((tokens[index]?.classes ?? 0) & ANCHOR_LEXICONS) !== 0;
    const morphology = lexical ? morphologyAt(tokens, index, vocabulary) : undefined;
    const histology = lexical ? histologyAt(tokens, index, vocabulary) : undefined;
    if (morphology?.value.siteAxis === 'carcinoid' && (histology === undefined || morphology.end >= histology.end)) {
      for (const mention of carcinoidMentions(tokens, sites, siteEndingAt, index, morphology.end, morphology.value, specimenSiteAt(specimens, index))) mentions.push(mention);
      index = afterRestatement(tokens, morphology.end, morphology.value, vocabulary);
    } else if (morphology !== undefined && (histology === undefined || morphology.end >= histology.end) && namesNoDiagnosis(tokens, index, morphology.end)) {
      // "LYMPHOMA CLINIC", "Leukemia Service": a place or service, not a diagnosis.
      index = morphology.end;
    } else if (morphology !== undefined && (histology === undefined || morphology.end >= histology.end)) {
      const site = morphology.value.siteAxis === undefined ? undefined : morphologySite(tokens, sites, siteEndingAt, index, morphology.end, morphology.value.siteAxis);
      for (const mention of nodeMelanomaMentions(tokens, sites, siteEndingAt, index, morphology.end, morphology.value, site) ?? [withNodeRegionsAfter(tokens, sites, morphologyMention(tokens, index, morphology.end, morphology.value, site))]) mentions.push(mention);
      index = afterRestatement(tokens, morphology.end, morphology.value, vocabulary);
    } else if (histology !== undefined && (namesNoDiagnosis(tokens, siteEndingAt[index]?.start ?? index, histology.end) || callsNoNodePositive(tokens, sites, histology.value, index, histology.end) || (histology.value.inMetastaticSentence === true && !involvementAsSpread(tokens, index) && siteEndingAt[index]?.lymphNode !== true))) {
      index = histology.end;
    } else if (histology !== undefined) {
      const left = sitesToTheLeft(tokens, siteEndingAt, index);
      // "Four peribronchial lymph nodes negative for malignancy (0/4)": a node verdict denies the nodes' metastasis (nodeVerdictMalignancy.ts).
      const nodeVerdict = nodeVerdictMalignancy(tokens, siteEndingAt, index, histology.end, histology.value);
      const found = nodeVerdict !== undefined ? [nodeVerdict] : withConditionalResult(tokens, index, histology.end, histology.value, withImpliedOrganMargins(tokens, index, histology.value, withMetastaticSubject(tokens, sites,
        siteEndingAt, left, index, histology.end, histology.value, anchorMentions(tokens, sites, siteEndingAt, left, index, histology.end, histology.value, vocabulary, family))));
      // A margin statement's carcinoma is the specimen's tumour at the margin, not the tumour restated (marginStatement.ts).
      const margin = found.length > 0 ? undefined : marginMention(tokens, index, histology.end, histology.value, mentions, family);
      const specimen = found.length > 0 || margin !== undefined ? [] : specimenMentions(index, histology.end, histology.value, left.metastatic, specimenSiteAt(specimens, index));
      const unspecified = found.length > 0 || specimen.length > 0 ? undefined : margin ?? unspecifiedCancerMention(tokens, siteEndingAt, index, histology.end, histology.value)
        ?? (family.has(tokens, index) ? undefined : scarRecurrenceMention(tokens, index, histology.end, histology.value, mentions)) // scarRecurrence.ts
        ?? restatedTypedCarcinoma(tokens, specimens, index, histology.end, histology.value, left.metastatic) ?? colonoscopyAdenoma(tokens, index, histology.end, histology.value)
        ?? (family.has(tokens, index) ? undefined : pendingRestatedBenign(index, histology.end, histology.value)); // restatedAdenoma.ts, restatedBenignWords.ts
      // Pushed one by one: a spread into push goes through the iterator protocol for each list.
      for (const mention of found) mentions.push(mention);
      for (const mention of specimen) mentions.push(mention);
      if (unspecified !== undefined) mentions.push(unspecified);
      // "1. L parotid nodule - US-guided FNA to r/o neoplasm": a hedged untyped malignancy is the item's finding's (itemMalignancy.ts).
      const item = found.length > 0 || specimen.length > 0 || margin !== undefined ? undefined : itemMalignancyMention(tokens, sites, index, histology.end, histology.value);
      if (item !== undefined) mentions.push(item);
      // "prior SCC", "Hx multiple SCCs" with no other reading, not called metastatic: a squamous cell carcinoma the note places only on the skin (skinSquamousRestatement.ts).
      else if (found.length === 0 && specimen.length === 0 && unspecified === undefined && !left.metastatic && waitsForSkinSquamous(histology.value) && !family.has(tokens, index)) mentions.push(pendingSkinSquamous(index, histology.end, histology.value));
      index = histology.end;
    } else {
      index++;
    }
  }
  const reported = reportedMentions(tokens, withMetastaticWordOfSpread(tokens, withStatedOrigins(tokens, siteEndingAt, mentions)));
  const sides = new SideIndex(tokens, sites);
  const placed = withMarginSkinTumourSites(tokens, family, withOwnOrganAsPrimary(tokens, withNeuroendocrineSpread(tokens, withReturnsElsewhere(tokens, sites, dedupeMentions(tokens, reported))))
    .map((mention) => mention.unspecifiedSite === true ? mention : withLabelDetail(tokens, sites, withContextSite(tokens, sites, sides, mention, specimenSiteAt(specimens, mention.start)))));
  return allInOneShape(withDeniedSpreadMarked(tokens, sites, withSpreadDiseaseInSolidCancer(withNoteSites(tokens, sites, withFieldListSites(tokens, sites, withRestatedSites(tokens, sites, withRecurrencesElsewhere(tokens, family, placed))), family))));
}

/**
 * After "NET (carcinoid)", "Langerhans cell histiocytosis (eosinophilic granuloma)", "hairy cell leukemia (HCL)": a parenthesised
 * restatement of the same tumour (another carcinoid name, or a name of the same code) is not a second mention (ANNOTATION.md:
 * a diagnosis restated in its own parenthesis is one mention).
 */
function afterRestatement(tokens: readonly Token[], end: number, term: MorphologyTerm, vocabulary: AnchorVocabulary): number {
  if (tokens[end]?.norm !== '(') return end;
  const inner = vocabulary.morphology.matchAt(tokens, end + 1);
  const same = inner !== undefined && (inner.value.siteAxis === 'carcinoid' ? term.siteAxis === 'carcinoid' : inner.value.code === term.code);
  return same && tokens[inner.end]?.norm === ')' ? inner.end + 1 : end;
}

/**
 * A finding with no site of its own in a pathology report takes the specimen's ("SPECIMEN: Sigmoid
 * colon" … "Adenocarcinoma, moderately differentiated"); a carcinoma in a lymph node specimen is a
 * metastasis there. The mention is the finding's words only.
 */
function anchorMentions(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], siteEndingAt: readonly (SiteMatch | undefined)[], sitesLeft: SiteList,
  start: number, end: number, term: HistologyTerm, vocabulary: AnchorVocabulary, family: FamilyStatements,
): RawMention[] {
  // "Adenocarcinoma in situ of the RUL": the sites follow "in situ".
  const inSituWords = term.role === 'primary' && tokens[end]?.norm === 'in' && tokens[end + 1]?.norm === 'situ';
  const right = withSpreadAfter(tokens, sites, sitesToTheRight(tokens, sites, inSituWords ? end + 2 : end));
  const left = term.role === 'secondary' ? withoutSetOffLeft(tokens, start, sitesLeft, right) : sitesLeft;
  const calledMetastatic = left.metastatic;
  if (term.role === 'metastatic') return metastaticMentions(tokens, sites, siteEndingAt, start, end, right, vocabulary);
  if (term.secondPrimary === true) return secondPrimaryMentions(tokens, sites, start, end, term, right);
  const bound = isOrganBound(term) ? organBoundMention(tokens, start, end, term, [...left.sites, ...right.sites]) : undefined;
  if (bound !== undefined) return [bound];
  let column: NeoplasmColumn = columnOf(term.role);
  if (inSituWords) column = 'in-situ';
  const mentions: RawMention[] = [];
  const ownColumn = column;
  if (term.words === 'primary' && left.sites.length === 0) return [];
  // "Kidney, right, partial nephrectomy: clear cell renal cell carcinoma": the report line's label names the side or part of the organ written.
  const label = left.sites.length === 1 ? specimenLabelSite(tokens, sites, left.start) : undefined;
  const only = left.sites.length === 1 ? left.sites[0] as SiteMatch : undefined;
  const labelled = only === undefined ? undefined : refinedBy(only, label);
  const refined = only === undefined ? undefined : refinedBy(only, right.sites[0]) ?? apposedRefinement(tokens, only, right.sites)
    ?? (labelled === undefined ? undefined : { ...labelled, start: only.start, end: only.end }) ?? parenthesizedSubsite(tokens, sites, only, end) ?? withPartAfterAnchor(tokens, only, end) ?? withTrailingWord(tokens, only, end) ?? withSideAfter(tokens, only, end)
    ?? withPartAfter(tokens, sites, only, end);
  const ownSites = refined === undefined ? left.sites : [refined];
  const leftColumn: NeoplasmColumn = ownColumn === 'primary' && (spreadFromLater(tokens, end) || spreadAtLeftSites(left, term)) ? 'secondary' : ownColumn;
  // "Mediastinal adenopathy, biopsy-proven metastatic adenocarcinoma": a carcinoma at a lymph node is its metastasis there, never a primary (C49.9).
  for (let index = 0; index < ownSites.length; index++) {
    const site = ownSites[index] as SiteMatch;
    mentions.push(withSpan(site, start, end, site.lymphNode && leftColumn === 'primary' ? 'secondary' : leftColumn, term, index === ownSites.length - 1));
  }
  // "Liver, segment 6, wedge resection: metastatic colorectal adenocarcinoma": the primary is written, the labelled organ is where it spread.
  const labelledSpread = calledMetastatic && ownColumn === 'primary' && left.sites.length === 1 && label !== undefined && label.path[0] !== left.sites[0]?.path[0] ? label : undefined;
  if (labelledSpread !== undefined) mentions.push(fromMetastaticWord(tokens, { start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: { ...labelledSpread, start, end }, histology: term }));
  // "Metastasis of breast cancer to bone": the site after "of" belongs to the cancer named next, not to the metastasis.
  if (term.role === 'secondary' && right.preposition === 'of' && cancerNamedAfter(tokens, right.sites, vocabulary)) return mentions;
  const spreadTo = right.preposition === 'to' || (right.preposition !== undefined && SECONDARY_PREPOSITIONS.has(right.preposition) && (calledMetastatic || term.role === 'secondary' || spreadFromLater(tokens, end)));
  const rightColumn: NeoplasmColumn = spreadTo && ownColumn === 'primary' ? 'secondary' : ownColumn;
  const rightIsOwn = left.sites.length === 0 || rightColumn !== ownColumn;
  if (rightIsOwn && !(right.preposition === 'from' && term.role === 'secondary')) {
    // "carcinoma of the ovary, bilateral": a side set off after the one site names its side.
    // "TNBC, biopsy-proven L axillary nodal metastasis": a node written after a carcinoma with no preposition is no place of a primary.
    // "NSCLC brain mets", "PDAC liver mets": sites that a metastasis word follows are the metastasis's, not the primary's.
    const placed = rightColumn === 'primary' && right.preposition === undefined
      ? (listOpensSpread(tokens, right.sites, vocabulary) ? [] : placedSitesAfter(tokens, right.sites)) : right.sites;
    // "Adenocarcinoma in 2 of 27 lymph nodes": the table prints no primary cell for a lymph gland, only its secondary (C77.-). An
    // indexed loop, not `map` and `forEach`: an optimised `map` builds an array of another map than the interpreted one.
    for (let index = 0; index < placed.length; index++) {
      const site = placed.length === 1 ? trailingSide(tokens, placed[index] as SiteMatch) : placed[index] as SiteMatch;
      const placedMention = withSpan(site, start, end, site.lymphNode && rightColumn === 'primary' ? 'secondary' : rightColumn, term, index === 0);
      mentions.push(site.lymphNode && calledMetastatic && right.preposition === 'in' ? nodesFromMetastaticWord(tokens, left.start, placedMention) : placedMention);
    }
  }
  // "metastatic carcinoma of unknown primary (CUP) - liver, bone": the sentence calls the unknown primary's disease metastatic.
  const unknownPrimary = term.impliedSite?.[0] === UNSPECIFIED_SITE && term.role === 'primary' && right.sites.length === 0 && (calledMetastatic || metastaticBefore(tokens, start));
  // "Metastatic CRC - liver, lung": a histology that implies its organ is the primary of the listed spread.
  const primaries = left.sites.length === 0 && term.impliedSite !== undefined ? [{ start, end, path: term.impliedSite, lymphNode: false }] : left.sites;
  for (const site of right.spread ?? spreadInParenthesis(tokens, sites, end, calledMetastatic && ownColumn === 'primary' && right.sites.length === 0 ? primaries : [], unknownPrimary)) {
    mentions.push(withSpan(site, start, end, 'secondary', term, false));
  }
  // "no nodal or distant mets": the distant metastases are their own mention (C79.9) beside the sites listed with them.
  const distant = term.impliedSite?.[0] === UNSPECIFIED_SITE && term.role === 'secondary' && !someSiteFrom(mentions, end);
  if ((distant || left.sites.length === 0) && (distant || !someInColumn(mentions, ownColumn)) && term.impliedSite !== undefined) {
    // "left Krukenberg tumor", "R RCC": a side written just before a histology that implies its organ is that organ's side.
    const side = sideBefore(tokens, start);
    const implied: SiteMatch = { start, end, path: term.impliedSite, lymphNode: false, ...(side === undefined ? {} : { laterality: side }) };
    // "B. Breast, right, partial mastectomy:\n- Invasive ductal carcinoma": the label names the side of the implied organ.
    // "Core biopsy of the mass showed invasive ductal carcinoma": the lesion biopsied gives the side of the implied organ.
    const label = lineLabelSite(tokens, sites, start, true);
    // "B. L upper back: superficial basal cell carcinoma": a skin histology's label names the skin there.
    const skinLabel = implied.path[0] === 'skin' && label !== undefined && !label.lymphNode ? { ...skinOfLabel(tokens, sites, label), start, end: start } : undefined;
    // "B. SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:": the skin's body site in the label is more than its side.
    const labelledSkin = skinLabel !== undefined && skinLabel.path.length > 1 ? skinLabel : undefined;
    // "Benign neoplasm of ascending colon (tubular adenoma)": a parenthesis restating the site's neoplasm.
    const restated = tokens[start - 1]?.norm === '(' ? refinedBy(implied, siteEndingAt[start - 1]) : undefined;
    const nearby = restated ?? refinedBy(implied, nearbySite(tokens, sites, end)) ?? labelledSkin ?? labelledPolypSite(tokens, sites, term, implied, label, start) ?? urinaryLabelSite(term, label) ?? skinLabel ?? apposedSkinSite(tokens, sites, implied, end)
      ?? refinedPolypSite(term, implied, reportedOrgan(tokens, sites, start, null, siteEndingAt)) ?? skinLineSurface(tokens, sites, implied, start) ?? refinedBy(implied, findingNounSite(tokens, sites, start));
    // "Bilateral BM aspirate/bx: metastatic neuroblastoma": a tumour called metastatic in a labelled specimen of another organ spread there.
    // "Bone marrow (bilat): neuroblastoma cells": a solid tumour found in a labelled marrow specimen is its spread there (marrowSpread.ts).
    const marrow = marrowSample(tokens, nearby, label ?? specimenLabelSite(tokens, sites, start) ?? marrowSampleBefore(tokens, sites, start), start);
    const sampled = marrow ?? (calledMetastatic && nearby === undefined ? label ?? specimenLabelSite(tokens, sites, start) : undefined);
    const spreadLabel = sampled !== undefined && sampled.path[0] !== implied.path[0] ? sampled : undefined;
    for (const mention of withSpreadFromMetastaticWord(tokens, impliedOrganMentions(start, end, term, ownColumn, nearby ?? withPartAfterAnchor(tokens, implied, end) ?? implied, implied, spreadLabel), spreadLabel !== undefined)) mentions.push(mention);
  }
  if (mentions.length === 0 && term.words === 'carcinomatosis') {
    mentions.push({ start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: { start, end, path: ['peritoneum'], lymphNode: false }, histology: term });
  }
  if (mentions.length === 0 && term.role !== 'secondary' && !calledMetastatic && term.words !== 'primary' && term.impliedSite === undefined) {
    // The finding is the mention; the label names its site (a carcinoma in a labelled lymph node is a metastasis).
    // "Station 4R and 7 positive for adenocarcinoma": a carcinoma found in the nodes a finding names is their metastasis.
    // A lesion word ("tumor") is placed only by its line's label: a tumour of an organ named further away may be any lesion there.
    // "PMH: breast ca\nFamily: mother - cancer": a relative's cancer takes no organ from the patient's lesion or report written
    // before it, only from its own line's label ("Breast: mother, sister") or its words after it ("Mother - cancer (breast)").
    const relatives = family.has(tokens, start);
    const lineLabel = lineLabelSite(tokens, sites, start, true) ?? (relatives ? undefined : partLabelSite(tokens, sites, start)) ?? (term.namesLesion === true ? eyeLineLabel(tokens, start, end) ?? joinedOrgansLabel(tokens, sites, start) : undefined);
    const nodes = lineLabel === undefined && !relatives ? findingSubject(tokens, siteEndingAt, left.start) : undefined;
    const writtenLabel = lineLabel ?? (nodes?.lymphNode === true ? nodes : undefined) ?? writtenFindingSite(tokens, sites, siteEndingAt, term, ownColumn, relatives, start, end);
    // "colonoscopy due 2027 (pers hx adenomas)": a plain adenoma in a colon polyp's phrase is the colon's (polypPhraseAdenoma.ts).
    const label = writtenLabel ?? polypPhraseColon(tokens, term, start, end);
    // A carcinoma found in a node, in a body fluid, or in an organ where it is most often a metastasis ("omental biopsy: high-grade serous carcinoma"), is a secondary there.
    // A tumour in a labelled node is its metastasis too ("Lymph node, excision: no tumor identified").
    const spreads = ownColumn === 'primary' || (term.namesLesion === true && label?.lymphNode === true);
    const labelColumn: NeoplasmColumn = label !== undefined && (isSpreadOrgan(label) || label.fluid === true) && spreads ? 'secondary' : ownColumn;
    if (label !== undefined) mentions.push({ start, end, anchorStart: start, anchorEnd: end, column: labelColumn, site: label, histology: term });
    else if (!relatives && waitsForRestatedSite(tokens, sites, term, ownColumn, start, end)) mentions.push({ start, end, anchorStart: start, anchorEnd: end, column: ownColumn, histology: term, restatedOnly: true }); // restatedCarcinoma.ts, encounterOrgan.ts, hedgedAlternative.ts
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
    // "2. New 8 mm solid RUL nodule. …, metastasis cannot be excluded": the finding its item opens with (itemFinding.ts).
    const item = subject === undefined && reported === undefined ? itemFindingSite(tokens, sites, left.start) : undefined;
    if (item !== undefined) mentions.push({ start, end, anchorStart: start, anchorEnd: end, column: 'secondary', site: item, histology: term });
    // "liver bx (seg 7) … : metastatic adenocarcinoma": the organ its sentence names as sampled (sampledOrgan.ts).
    const sampled = subject === undefined && reported === undefined && item === undefined && calledMetastatic ? sampledOrganBefore(tokens, sites, left.start) ?? marrowReportBefore(tokens, sites, left.start) : undefined;
    if (sampled !== undefined) mentions.push({ start: firstWordFrom(tokens, left.start, start), end, anchorStart: start, anchorEnd: end, column: 'secondary', site: sampled, histology: term });
  }
  // "#1 Ewing sarcoma - proceed C7 VDC", "L rectus desmoid": a bone or soft-tissue tumour with no site may restate the one named earlier with its site.
  // A bone tumour of any behaviour too ("Osteochondroma: XR in 1-2 yrs", "-> GIANT CELL TUMOR OF BONE"): with none named before, the bone's own row (restatedSite.ts).
  if (mentions.length === 0 && term.tissue !== undefined && (term.role === 'primary' || term.desmoid === true || term.tissue === 'bone') && !calledMetastatic) {
    // A relative's sarcoma is no restatement of the patient's: its tissue is its site (Z80.8; familySarcoma.ts).
    const relativeTissue = term.role === 'primary' ? relativesTissueSite(tokens, family, term, start) : undefined;
    mentions.push(relativeTissue === undefined ? { start, end, anchorStart: start, anchorEnd: end, column: ownColumn, histology: term, restatedOnly: true } : { start, end, anchorStart: start, anchorEnd: end, column: ownColumn, site: relativeTissue, histology: term });
  }
  // "nodal recurrence", "recurrence in the liver": a recurrence is a secondary in nodes or in an organ where spread is the rule; a local one is the primary's.
  if (term.listOnly === true || term.nodeRightAfter === true) return term.listOnly === true ? listedSecondaries(tokens, mentions, start, end) : positiveNodeMentions(mentions, end);
  if (term.withSiteOnly === true) return mentions.filter((mention) => mention.site !== undefined && SEROSAL_SITES.has(mention.site.path[0] ?? ''));
  return withFallbackSite(term, start, end, term.nodesOnly === true ? recurrenceSites(tokens, mentions, term, start, end) : mentions);
}

/**
 * A histology of one organ (glioma, meningioma) written with that organ's sub-site adjective ("left
 * temporal GBM") or with sites outside the organ ("parasagittal meningioma"): the organ's sub-site,
 * or the organ itself. Undefined when a site of the organ is written (the table reads it) or none is.
 */
function organBoundMention(tokens: readonly Token[], start: number, end: number, term: HistologyTerm, written: readonly SiteMatch[]): RawMention | undefined {
  if (!isOrganBound(term) || written.some((site) => readsWrittenSite(term, site))) return undefined;
  const subsite = organSubsite(tokens, term, start, end);
  if (subsite === undefined && written.length === 0) return undefined;
  const site = subsite ?? { start, end, path: term.impliedSite ?? [], lymphNode: false };
  return { start: Math.min(site.start, start), end: Math.max(site.end, end), anchorStart: start, anchorEnd: end, column: columnOf(term.role), site, histology: term };
}

/** "B. SKIN, RIGHT NASAL ALA, SHAVE BIOPSY:": a skin label's body site after "skin" is the skin there. */
function skinOfLabel(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], label: SiteMatch): SiteMatch {
  const part = label.path.length === 1 && label.path[0] === 'skin' && tokens[label.end]?.norm === ',' ? sites[label.end + 1] : undefined;
  return part === undefined || part.lymphNode ? label : mergeSkin([label, part])[0] ?? label;
}

/** Whether a histology word follows the last site of a list in the same sentence ("of breast cancer"). */
function cancerNamedAfter(tokens: readonly Token[], list: readonly SiteMatch[], vocabulary: AnchorVocabulary): boolean {
  const last = list[list.length - 1];
  if (last === undefined) return false;
  const after = skipModifiers(tokens, last.end);
  return tokens[after]?.sentence === tokens[last.end - 1]?.sentence && vocabulary.histology.matchAt(tokens, after) !== undefined;
}

/** "urothelial carcinoma of the bladder, L lateral wall": the same organ named again after the anchor, with its part set off after it. */
function apposedRefinement(tokens: readonly Token[], left: SiteMatch, right: readonly SiteMatch[]): SiteMatch | undefined {
  const [only] = right;
  if (right.length !== 1 || only === undefined || only.lymphNode || !samePath(only.path, left.path)) return undefined;
  const apposed = withApposedPart(tokens, only);
  return apposed === only ? undefined : { ...apposed, start: Math.min(left.start, only.start) };
}

/** The site with the side written after it ("of the ovary, bilateral"), when it has none of its own. */
function trailingSide(tokens: readonly Token[], site: SiteMatch): SiteMatch {
  // The side must close the apposition: "lungs, right greater than left" names no one side.
  const after = tokens[site.end + 2];
  const closes = after === undefined || after.punct || after.sentence !== tokens[site.end]?.sentence;
  const trailing = site.laterality === undefined && closes ? withTrailingWord(tokens, site, site.end) : undefined;
  return trailing?.laterality === undefined ? withApposedPart(tokens, site) : trailing;
}
