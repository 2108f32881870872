import { isResultsBack } from './resultsBack';
import { isStumpAbbreviation } from './stumpAbbreviation';
import { withCervicalLip } from './cervicalLip';
import type { PhraseMatcher } from './phraseMatcher';
import type { Laterality, SiteTerm } from './siteLexicon';
import { type NodeRegionTerm, LYMPH_GLAND_PATH } from './nodeLexicon';
import { joinedPartAt } from './joinedParts';
import { levelRangeAt, sidedStationRegion, stationAt, stationLabelAt } from './nodeStations';
import { sampledStationsAt } from './sampledStations';
import { STATION_SAMPLING_WORDS } from './sampleWords';
import { regionBeforeDescriptor } from './nodeRegionBefore';
import { spineLevelListAt } from './spineLevels';
import { BrainReach, brainLobeAt } from './studyContext';
import type { Token } from './tokens';
import { PELVIC_REGIONS, afterNodeCount, afterNodeNumber, afterRegionGloss, beforeRegionGloss } from './nodeLabelParts';
import { TokenSlots } from './tokenSlots';
import type { SiteRowIndex } from './siteRows';
import { tableSiteAt, titlePhraseAt } from './tableSites';
import { lungHilumAt, marrowSampleAt, nosePartAt } from './shapedSites';
import { ANY_LEXICON, LEXICON_CLASS, WORD_CLASS } from './wordClasses';

/**
 * Marks every site phrase of an encounter in one left-to-right pass: an optional laterality, then a
 * lymph node phrase (region words before a node word: "L axillary lymph nodes"), a lexicon site
 * ("RUL", "osseous") or a site noun the Table of Neoplasms prints ("pancreas"). The mention finder then
 * looks for sites next to histology words only.
 */
import { type SiteMatch, siteInOneShape } from './siteMatch';
import { afterGloss, isPartWordBefore, qualifierWords, sideBeforePart, sizeWordAt, withPartBefore } from './siteQualifiers';
export type { SiteMatch };

export interface SiteVocabulary {
  readonly sites: PhraseMatcher<SiteTerm>;
  readonly nodeWords: PhraseMatcher<string>;
  readonly nodeRegions: PhraseMatcher<NodeRegionTerm>;
  /** Which words are site rows of the table (remembered per context). */
  readonly siteRows: SiteRowIndex;
}

const LATERALITY: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([
  ['right', 'right'], ['rt', 'right'], ['left', 'left'], ['lt', 'left'], ['bilateral', 'bilateral'], ['bilat', 'bilateral'], ['b/l', 'bilateral'],
]);
/** Words after a site word that make it the name of a histologic type ("intestinal type", "follicular variant"). */
// "intestinal metaplasia": a metaplasia named after a tissue is no site either, nor a symptom ("abdominal pain"), nor a study ("bone scan").
const HISTOLOGIC_TYPE_WORDS = new Set(['type', 'variant', 'subtype', 'pattern', 'differentiation', 'phenotype', 'metaplasia', 'pain', 'discomfort', 'scan', 'scans']);

/** Procedures named after a node specimen's region ("Lymph nodes, right axillary dissection:"). */
const NODE_PROCEDURES = new Set(['dissection', 'excision', 'biopsy', 'resection', 'sampling']);

/** Words that may stand between a laterality and its site noun without changing the site row (round 22: "L anterolateral chest wall"). */
const LEVEL_WORDS = new Set([
  'upper', 'lower', 'mid', 'distal', 'proximal', 'dorsal', 'volar', 'palmar', 'plantar', 'anterior', 'posterior', 'medial', 'lateral',
  // A long bone's parts ("L subtrochanteric femur", "R midshaft humerus"): the bone's row is the site.
  'subtrochanteric', 'intertrochanteric', 'pertrochanteric', 'midshaft', 'diaphyseal', 'metaphyseal', 'epiphyseal',
  'superior', 'inferior', 'anterolateral', 'anteromedial', 'posterolateral', 'posteromedial', 'superolateral', 'superomedial', 'inferolateral', 'inferomedial',
]);

/** All site phrases of the tokens, by start index (a sparse array), in `slots` emptied for this read. */
export function findSites(tokens: readonly Token[], vocabulary: SiteVocabulary, slots = new TokenSlots<SiteMatch>()): (SiteMatch | undefined)[] {
  const found = slots.empty(tokens.length);
  let index = 0;
  // The words about the brain: the lobe adjectives within reach after one are brain lobes ("R frontal met").
  const brain = new BrainReach(tokens);
  while (index < tokens.length) {
    const match = mayStartSite(tokens, index) ? siteStartingAt(tokens, index, vocabulary, brain) : undefined;
    if (match === undefined || isResultsBack(tokens, match) || isStumpAbbreviation(tokens, match)) {
      index++;
      continue;
    }
    found[match.start] = withCervicalLip(tokens, match);
    if (match.lymphNode) distributeNodeWord(tokens, found, match, vocabulary);
    index = match.end;
  }
  return found;
}

/**
 * Whether a site may start at `index`, by the word classes alone, so most tokens are turned away before any pass is
 * called: not at a punctuation mark that starts no lexicon phrase (no side, station, level or row is one); else with
 * a side word (`siteAt`), a site body's first word (`siteBodyAt`) or a level after a metastasis word (`spineLevelListAt`).
 */
function mayStartSite(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  if (token === undefined || (token.punct && (token.classes & ANY_LEXICON) === 0)) return false;
  return (token.classes & (WORD_CLASS.side | SITE_BODY_FIRST)) !== 0 || ((tokens[index - 1]?.classes ?? 0) & WORD_CLASS.spineMetastasis) !== 0;
}

/** The site starting at `index`, in the one shape of every site (siteMatch.ts), so the passes after the finder read its fields through one cached shape. */
function siteStartingAt(tokens: readonly Token[], index: number, vocabulary: SiteVocabulary, brain: BrainReach): SiteMatch | undefined {
  const spineLevels = spineLevelListAt(tokens, index);
  return spineLevels === undefined ? siteAt(tokens, index, vocabulary, brain) : siteInOneShape(spineLevels);
}

// "R hilar + mediastinal nodes": a plus sign joins regions in a dictated or abbreviated list as "and" does.
const REGION_JOINERS = new Set([',', 'and', 'or', '/', '&', '+']);
/** At most this many regions share one node word ("cervical, supraclavicular, axillary and mediastinal lymph nodes"). */
const MAX_SHARED_REGIONS = 6;

/**
 * "retroperitoneal and pelvic nodal metastases", "axillary and supraclavicular lymph nodes": the node
 * word after a list of regions belongs to each of them, so the regions before the last are nodes too
 * (retroperitoneal nodes C77.2, not the retroperitoneum C78.6; "R hilar + subcarinal LAD" the hilar nodes,
 * not the lung's hilus). Each replaces the site found there.
 */
function distributeNodeWord(tokens: readonly Token[], found: (SiteMatch | undefined)[], last: SiteMatch, vocabulary: SiteVocabulary): void {
  let end = last.start;
  const sentence = tokens[last.start]?.sentence;
  for (let count = 0; count < MAX_SHARED_REGIONS; count++) {
    let joiner = end - 1;
    if (!REGION_JOINERS.has(tokens[joiner]?.norm ?? '')) return;
    // ", and": two joiners in a row.
    if (tokens[joiner]?.norm !== ',' && tokens[joiner - 1]?.norm === ',') joiner--;
    const region = regionEndingAt(tokens, beforeRegionGloss(tokens, joiner), vocabulary);
    if (region === undefined || tokens[region.start]?.sentence !== sentence) return;
    const side = lateralityAt(tokens, region.start - 1);
    const start = side === undefined ? region.start : region.start - 1;
    if (tokens[joiner]?.norm === '+' && !readAsSite(found, start, joiner)) return;
    for (let position = start; position < joiner; position++) found[position] = undefined;
    found[start] = siteInOneShape({ start, end: joiner, path: [...LYMPH_GLAND_PATH, region.region], lymphNode: true, ...(side === undefined ? {} : { laterality: side }) });
    end = start;
  }
}

/**
 * Whether a site was found in `[from, to)`. Shorthand joins regions with "+" ("R hilar + subcarinal LAD"): there the node
 * word is shared only to mend a region read as an organ (the lung's hilus C34.0-), not to make a node site of words that
 * named none.
 */
function readAsSite(found: readonly (SiteMatch | undefined)[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (found[position] !== undefined) return true;
  return false;
}

/** A node region phrase of one to three words ending right before `end`. */
function regionEndingAt(tokens: readonly Token[], end: number, vocabulary: SiteVocabulary): { start: number; region: string } | undefined {
  for (let start = end - 1; start >= Math.max(0, end - 3); start--) {
    const region = vocabulary.nodeRegions.matchAt(tokens, start);
    if (region !== undefined && region.end === end && region.value.beforeNodeWordOnly !== true) return { start, region: region.value.region };
  }
  return undefined;
}

/** Whether a word may name a side, as `lateralityAt` reads it (its word class `side`). */
export function mayNameSide(raw: string, norm: string): boolean {
  return raw === 'R' || raw === 'L' || LATERALITY.has(norm);
}

/** The side the token at `index` names ("right", "lt", "bilat"; "R" and "L" only in capitals). */
export function lateralityAt(tokens: readonly Token[], index: number): Laterality | undefined {
  const token = tokens[index];
  if (token === undefined || (token.classes & WORD_CLASS.side) === 0) return undefined;
  if (token.raw === 'R') return 'right';
  if (token.raw === 'L') return 'left';
  return LATERALITY.get(token.norm);
}

function siteAt(tokens: readonly Token[], index: number, vocabulary: SiteVocabulary, brain: BrainReach): SiteMatch | undefined {
  const first = lateralityAt(tokens, index);
  const both = first !== undefined && bothSidesAt(tokens, index, first);
  const laterality = both ? 'bilateral' : first;
  const afterLaterality = both ? index + 3 : laterality === undefined ? index : index + 1;
  // "right upper back", "left distal femur", "left palatine tonsil" (siteQualifiers.ts): a level or part word between the side and the site noun, kept
  // as a qualifier, where no site words start right after the side (`next`: looked up once, and the body when nothing stands between).
  const next = siteBodyAt(tokens, afterLaterality, vocabulary, brain, index);
  const level = laterality !== undefined && next === undefined && levelWordAt(tokens, afterLaterality, vocabulary, brain, index);
  const bodyStart = level ? afterGloss(tokens, afterLaterality + 1) : laterality !== undefined && sizeWordAt(tokens, afterLaterality) && next === undefined ? afterLaterality + 1 : afterLaterality;
  const body = bodyStart === afterLaterality ? next : siteBodyAt(tokens, bodyStart, vocabulary, brain, index);
  // "adenocarcinoma, intestinal type", "breast-type", "colonic-type differentiation": a histologic type named after a site is no site.
  if (body === undefined || HISTOLOGIC_TYPE_WORDS.has(tokens[body.end]?.norm ?? '')) return undefined;
  const writtenSide = body.laterality ?? laterality;
  const sideAfter = writtenSide === undefined ? sideWrittenAfter(tokens, body.end) : undefined;
  const side = writtenSide ?? sideAfter ?? sideBeforePart(tokens, index);
  const end = sideAfter === undefined ? body.end : body.end + 2;
  const written = withPartBefore(tokens, index, qualifierWords(tokens[index - 1], level ? tokens[afterLaterality] : undefined, tokens[body.end], tokens[index]?.sentence));
  // "pancreatic body/tail": a part of an organ joined to the next word may be two parts of it (joinedParts.ts).
  const joined = body.path.length > 1 && !body.lymphNode ? joinedPartAt(tokens, body.end - 1, body.path[body.path.length - 1]) : undefined;
  const qualifiers = joined === undefined ? written : written === undefined ? [joined] : [...written, joined];
  // Every field in one literal, in the order of `siteInOneShape` (siteMatch.ts): one shape for every site, and no spread per site.
  return {
    start: index, end, path: body.path, laterality: side, lymphNode: body.lymphNode, qualifiers,
    partWritten: undefined, fluid: undefined, surfaceOnly: undefined, alternatives: undefined,
  };
}

/**
 * Whether a level or part word stands at `at`, after a side, before the site noun (where no site words start: the caller has
 * looked). Its own function, not a line of `siteAt`: the closure it hands `isPartWordBefore` would make every call of `siteAt`
 * (most tokens of a note) allocate a context for the values it captures.
 */
function levelWordAt(tokens: readonly Token[], at: number, vocabulary: SiteVocabulary, brain: BrainReach, index: number): boolean {
  return LEVEL_WORDS.has(tokens[at]?.norm ?? '') || isPartWordBefore(tokens, at, vocabulary.siteRows, () => siteBodyAt(tokens, at + 1, vocabulary, brain, index));
}

/** "ca of the breast left side": the side after the organ with the word "side", as writers whose first language puts it last do. */
function sideWrittenAfter(tokens: readonly Token[], end: number): Laterality | undefined {
  const side = tokens[end + 1]?.norm === 'side' && tokens[end + 1]?.sentence === tokens[end]?.sentence ? lateralityAt(tokens, end) : undefined;
  return side === 'bilateral' ? undefined : side;
}

/** "right and left lungs", "L/R adrenal": both sides named before one site noun (`first`, the side at `index`). */
function bothSidesAt(tokens: readonly Token[], index: number, first: Laterality): boolean {
  const second = lateralityAt(tokens, index + 2);
  const joiner = tokens[index + 1]?.norm ?? '';
  return second !== undefined && first !== second && first !== 'bilateral' && second !== 'bilateral'
    && (joiner === 'and' || joiner === '&' || joiner === '/');
}

/**
 * The first words of the sites that no lexicon or word set spells, in lower case: a neck level range
 * (`levelRangeAt`), "nasal" before a part of the nose, "hilar" before a tumour noun, "BM" before a marrow sample, "EBUS" before its stations.
 */
export const SHAPED_SITE_FIRST_WORDS: ReadonlySet<string> = new Set(['level', 'levels', 'nasal', 'hilar', 'bm', ...STATION_SAMPLING_WORDS]);

/** The word classes of every word that may start a site body; a pass added to `siteBodyAt` adds its words' class here. */
const SITE_BODY_FIRST = LEXICON_CLASS.sites | LEXICON_CLASS.nodeWords | LEXICON_CLASS.nodeRegions | WORD_CLASS.station | WORD_CLASS.letteredStation
  | WORD_CLASS.brainLobe | WORD_CLASS.siteRowFirst | WORD_CLASS.shapedSiteFirst;

/** The classes of the words a node phrase (`nodePhraseAt`) may start with: a station, a level or sampling word, a node region or word. */
const NODE_PHRASE_FIRST = WORD_CLASS.letteredStation | WORD_CLASS.station | WORD_CLASS.shapedSiteFirst | LEXICON_CLASS.nodeRegions | LEXICON_CLASS.nodeWords;

/** The site words at `index` of a site that starts at `siteStart` (a lobe adjective is a brain lobe within reach after a brain word before the site). */
function siteBodyAt(
  tokens: readonly Token[], index: number, vocabulary: SiteVocabulary, brain: BrainReach, siteStart: number,
): Omit<SiteMatch, 'start'> | undefined {
  // Nearly every token comes here: one that starts no site body of any kind is turned away by its classes before the passes.
  const classes = tokens[index]?.classes ?? 0;
  if ((classes & SITE_BODY_FIRST) === 0) return undefined;
  const node = (classes & NODE_PHRASE_FIRST) === 0 ? undefined : nodePhraseAt(tokens, index, vocabulary);
  if (node !== undefined) return node;
  const term = vocabulary.sites.matchAt(tokens, index);
  if (term !== undefined && term.value.notBefore?.includes(tokens[term.end]?.norm ?? '') === true) return undefined;
  if (term !== undefined && term.value.onlyBefore?.includes(tokens[term.end]?.norm ?? '') === false && lateralityAt(tokens, index - 1) === undefined) return undefined;
  // "tonsillar fossa" (C09.0), "cervical esophagus" (C15.3), "hepatic duct" (C24.0): a table title or a sub-row with its site
  // that is longer than the lexicon's word at the same place is the site written; the adjective alone stays the lexicon's.
  const titled = term === undefined ? undefined : titlePhraseAt(tokens, index, vocabulary.siteRows);
  if (titled !== undefined && term !== undefined && titled.end > term.end) return titled;
  // Two literals of the same fields in the same order, not a spread of a new object: a lexicon site is found at most sites.
  if (term !== undefined) {
    const laterality = term.value.laterality;
    return laterality === undefined ? { end: term.end, path: term.value.path, lymphNode: false } : { end: term.end, path: term.value.path, lymphNode: false, laterality };
  }
  const part = brainLobeAt(tokens, index, brain, siteStart) ?? nosePartAt(tokens, index) ?? lungHilumAt(tokens, index) ?? marrowSampleAt(tokens, index);
  return part === undefined ? tableSiteAt(tokens, index, vocabulary.siteRows) : { ...part, lymphNode: false };
}

/** "axillary lymph nodes", "mediastinal nodal", "level III nodes", "lymph node": a lymph node site. */
function nodePhraseAt(tokens: readonly Token[], index: number, vocabulary: SiteVocabulary): Omit<SiteMatch, 'start'> | undefined {
  const sided = sidedStationRegion(tokens, index);
  const sidedNode = sided === undefined ? undefined : vocabulary.nodeWords.matchAt(tokens, index + 1);
  if (sided !== undefined && sidedNode !== undefined) return { end: sidedNode.end, path: [...LYMPH_GLAND_PATH, sided], lymphNode: true };
  // "EBUS 4R/7 positive for SCC": the stations an EBUS names right after it (sampledStations.ts).
  const station = stationAt(tokens, index) ?? stationLabelAt(tokens, index) ?? sampledStationsAt(tokens, index);
  if (station !== undefined) {
    // "Station 7:", "station 4R lymph node": a thoracic node station is a node site with or without a node word.
    const end = vocabulary.nodeWords.matchAt(tokens, station.end)?.end ?? station.end;
    return { end, path: [...LYMPH_GLAND_PATH, station.region], lymphNode: true };
  }
  const region = regionAt(tokens, index, vocabulary);
  let nodeStart = region === undefined ? index : afterRegionGloss(tokens, region.end);
  if (region !== undefined && tokens[nodeStart]?.norm === 'sentinel') nodeStart++;
  const nodeWord = vocabulary.nodeWords.matchAt(tokens, nodeStart);
  // "no para-aortic or distant disease": a region that names nodes only is a node site without its node word, as a station is.
  if (nodeWord === undefined) return nodeOnlyRegion(tokens, region);
  if (region === undefined) {
    // "in 2 of 27 lymph nodes (level II)": a region in parentheses right after the node word is its region.
    const after = regionAfterNode(tokens, nodeWord.end, vocabulary) ?? parenthesisedNodeRegion(tokens, nodeWord.end, vocabulary)
      ?? regionOfNode(tokens, nodeWord.end, vocabulary);
    if (after !== undefined) return { end: after.end, path: [...LYMPH_GLAND_PATH, after.region], lymphNode: true };
    // "R level IIA and III metastatic adenopathy": the region before a descriptive word is the node word's.
    const before = regionBeforeNodeWord(tokens, index, vocabulary);
    const side = before === undefined ? undefined : lateralityAt(tokens, before.start - 1);
    if (before !== undefined) return { end: nodeWord.end, path: [...LYMPH_GLAND_PATH, before.region], lymphNode: true, ...(side === undefined ? {} : { laterality: side }) };
  }
  const path = region === undefined ? [...LYMPH_GLAND_PATH, 'site NEC'] : [...LYMPH_GLAND_PATH, region.region];
  return { end: nodeWord.end, path, lymphNode: true };
}

/** Node regions no organ or space shares a name with (table: lymph gland, para-aortic C77.2), but for the paraganglia's "body". */
const NODE_ONLY_REGIONS: ReadonlySet<string> = new Set(['para-aortic']);

/** A node-only region written without its node word, not before "body" (table: para-aortic body C75.5, the organ of Zuckerkandl). */
function nodeOnlyRegion(tokens: readonly Token[], region: { end: number; region: string } | undefined): Omit<SiteMatch, 'start'> | undefined {
  if (region === undefined || !NODE_ONLY_REGIONS.has(region.region) || tokens[region.end]?.norm === 'body') return undefined;
  return { end: region.end, path: [...LYMPH_GLAND_PATH, region.region], lymphNode: true };
}

/** `regionBeforeDescriptor` with the lexicon's regions, in a function of its own so that `nodePhraseAt` makes no closure context per call. */
function regionBeforeNodeWord(tokens: readonly Token[], index: number, vocabulary: SiteVocabulary): { start: number; region: string } | undefined {
  return regionBeforeDescriptor(tokens, index, (start) => regionAt(tokens, start, vocabulary));
}

/**
 * The node region at `index`: a lexicon region, or a range of neck levels ("level II/III"); a region
 * followed by its level keeps the region ("axillary level I node" is axillary, though "level I" alone
 * is read as the neck's).
 */
function regionAt(tokens: readonly Token[], index: number, vocabulary: SiteVocabulary): { end: number; region: string } | undefined {
  const range = levelRangeAt(tokens, index);
  if (range !== undefined) return range;
  const region = vocabulary.nodeRegions.matchAt(tokens, index);
  if (region === undefined) return undefined;
  const level = vocabulary.nodeWords.matchAt(tokens, region.end) === undefined ? levelRangeAt(tokens, region.end) ?? vocabulary.nodeRegions.matchAt(tokens, region.end) : undefined;
  return { end: level?.end ?? region.end, region: region.value.region };
}

/**
 * A report label that names the node first and its region after it: "Sentinel lymph node #1, left
 * axilla", "lymph nodes, right axillary". The region must close the label (a comma, colon, parenthesis
 * or the sentence end follows), so a list of organs after a node word is not read as its region.
 */
function regionAfterNode(tokens: readonly Token[], from: number, vocabulary: SiteVocabulary): { end: number; region: string } | undefined {
  let position = from;
  const sentence = tokens[from - 1]?.sentence;
  position = afterNodeNumber(tokens, position);
  // "SLN #1 (L axilla): POSITIVE for …": the numbered node's region in parentheses.
  if (position > from && tokens[position]?.norm === '(') return parenthesisedNodeRegion(tokens, position, vocabulary);
  // "LN stn 4L:", "lymph node station 7": a thoracic station right after the node word names its region.
  const direct = stationAt(tokens, position);
  if (direct !== undefined) return { end: direct.end, region: direct.region };
  if (tokens[position]?.norm !== ',') return sidedRegionLabel(tokens, position, vocabulary);
  position++;
  // "Lymph node, sentinel, right axilla": the node's kind may come before its region.
  if (LABEL_NODE_KINDS.has(tokens[position]?.norm ?? '')) position = afterNodeNumber(tokens, position + 1) + 1;
  if (tokens[position - 1]?.norm !== ',') return undefined;
  // "Lymph nodes, R and L pelvic sentinel:": both sides may be named before the region.
  const side = lateralityAt(tokens, position);
  if (side !== undefined) position += bothSidesAt(tokens, position, side) ? 3 : 1;
  // "Lymph node, station 4R, excision:": a thoracic station closes the label like a region.
  const station = stationAt(tokens, position);
  if (station !== undefined) return { end: station.end, region: station.region };
  const first = vocabulary.nodeRegions.matchAt(tokens, position) ?? parenthesisedRegion(tokens, position, vocabulary);
  if (first === undefined || tokens[position]?.sentence !== sentence) return undefined;
  // "Lymph node, right neck level IV (25G x 3):": a region narrowed by a second one (a neck level) is read as the second.
  const region = vocabulary.nodeRegions.matchAt(tokens, first.end) ?? first;
  // "Lymph node, right axillary sentinel, excision": the node's kind may follow its region, and its number the kind ("… SENTINEL #2, EXCISION:").
  const afterKind = LABEL_NODE_KINDS.has(tokens[region.end]?.norm ?? '') ? region.end + 1 : region.end;
  const next = tokens[afterNodeNumber(tokens, afterKind)];
  const closes = next === undefined || next.sentence !== sentence || LABEL_CLOSERS.has(next.norm) || NODE_PROCEDURES.has(next.norm);
  return closes ? { end: region.end, region: region.value.region } : undefined;
}

/** "lymph nodes of head, face and neck" (the Tabular C77.0 title), "lymph nodes of the neck": the region after "of". */
function regionOfNode(tokens: readonly Token[], from: number, vocabulary: SiteVocabulary): { end: number; region: string } | undefined {
  if (tokens[from]?.norm !== 'of') return undefined;
  const start = tokens[from + 1]?.norm === 'the' ? from + 2 : from + 1;
  if (tokens[start]?.sentence !== tokens[from]?.sentence) return undefined;
  return regionAt(tokens, start, vocabulary);
}

/**
 * "SLN #1 R inguinal: …": a label that names the side and region after the node with no comma, closed by a colon; each
 * region may carry its node count, and a second sided region of the same table row may follow "and" ("SLN R obturator (1)
 * and L external iliac (1): negative for …", both intrapelvic).
 */
function sidedRegionLabel(tokens: readonly Token[], from: number, vocabulary: SiteVocabulary): { end: number; region: string } | undefined {
  if (lateralityAt(tokens, from) === undefined) return undefined;
  const region = vocabulary.nodeRegions.matchAt(tokens, from + 1);
  if (region === undefined) return undefined;
  const after = afterNodeCount(tokens, region.end);
  if (tokens[after]?.norm === ':') return { end: region.end, region: region.value.region };
  if (tokens[after]?.norm !== 'and' || lateralityAt(tokens, after + 1) === undefined) return undefined;
  const second = vocabulary.nodeRegions.matchAt(tokens, after + 2);
  if (second === undefined || tokens[afterNodeCount(tokens, second.end)]?.norm !== ':') return undefined;
  if (second.value.region === region.value.region) return { end: region.end, region: region.value.region };
  // Two pelvic rows (obturator and external iliac) are one region of the table, lymph gland, pelvic (intrapelvic C77.5).
  return PELVIC_REGIONS.has(region.value.region) && PELVIC_REGIONS.has(second.value.region) ? { end: region.end, region: 'pelvic' } : undefined;
}

/**
 * "lymph nodes (level II)", "nodes (axillary)", "Sentinel lymph node (right axilla)": a region alone in parentheses right
 * after the node word, its side allowed before it.
 */
function parenthesisedNodeRegion(tokens: readonly Token[], from: number, vocabulary: SiteVocabulary): { end: number; region: string } | undefined {
  if (tokens[from]?.norm !== '(') return undefined;
  const regionStart = lateralityAt(tokens, from + 1) === undefined ? from + 1 : from + 2;
  const region = regionAt(tokens, regionStart, vocabulary);
  return region !== undefined && tokens[region.end]?.norm === ')' ? { end: region.end + 1, region: region.region } : undefined;
}

/**
 * "Lymph nodes, central compartment (level VI), dissection:": a compartment the lexicon does not name,
 * then its region in parentheses (at most three words before them), read as that region.
 */
function parenthesisedRegion(tokens: readonly Token[], from: number, vocabulary: SiteVocabulary): ReturnType<SiteVocabulary['nodeRegions']['matchAt']> {
  for (let position = from; position < from + 4; position++) {
    const token = tokens[position];
    if (token === undefined || (token.punct && token.norm !== '(')) return undefined;
    if (token.norm !== '(') continue;
    const region = vocabulary.nodeRegions.matchAt(tokens, position + 1);
    return region !== undefined && tokens[region.end]?.norm === ')' ? { ...region, end: region.end + 1 } : undefined;
  }
  return undefined;
}

/** Tokens that close a node label's region ("…, left axilla, excision:", "… level IV (25G x 3):"). */
const LABEL_CLOSERS = new Set([',', ':', '(', ')', '.', ';']);

/** Words a node label uses for the kind of node it holds. */
const LABEL_NODE_KINDS = new Set(['sentinel', 'non-sentinel', 'nonsentinel']);
