import { HEAD_AND_NECK } from './contextNodeRegion';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import { UNSPECIFIED_SITE } from './siteMatch';
import type { Token } from './tokens';

/**
 * "Nodal disease", "nodal metastases", "residual nodal disease", "no nodal or distant mets" said of a named cancer mean its
 * regional (AJCC N) nodes, and where every regional node of that cancer lies in one lymph-gland region of the Table of
 * Neoplasms the words name that region (ANNOTATION.md, "A region-less 'nodal' word of a cancer whose regional lymph nodes
 * lie in one lymph-gland region names that region"): the thyroid and the mucosal head and neck the neck (C77.0), the
 * stomach, intestines, pancreas, liver and testis the intra-abdominal nodes (C77.2), the rectum, bladder and prostate the
 * intrapelvic ones (C77.5), the vulva and penis the inguinal ones (C77.4), the lung the intrathoracic ones (C77.1). What the
 * words name does not depend on the assertion, so a denied or feared one takes it too. The encounter must document the
 * cancers of such organs only (a breast, cervix or oesophagus cancer drains to several regions, a lymphoma's or melanoma's
 * nodes are its own), and the nodal word keeps site NEC (C77.9) beside another distant site in its sentence ("no nodal or
 * osseous mets" on a whole-body survey) or after "M1", which names non-regional nodes.
 */

type Region = 'cervical' | 'intrabdominal' | 'intrapelvic' | 'inguina, inguinal' | 'intrathoracic';

/** Organs (first words of their table paths) whose regional nodes all lie in one region. */
const ORGAN_REGIONS: ReadonlyMap<string, Region> = new Map<string, Region>([
  ...[...HEAD_AND_NECK].map((organ) => [organ, 'cervical'] as const),
  ...['stomach', 'intestine', 'colon', 'cecum', 'appendix', 'pancreas', 'liver', 'testis'].map((organ) => [organ, 'intrabdominal'] as const),
  // Round 20: the small bowel and the biliary tree (gallbladder, ampulla, hepatic and common bile ducts) drain to the hilar,
  // hepatoduodenal, peripancreatic, coeliac and mesenteric nodes, all of them the Table's intra-abdominal row (C77.2).
  ...['duodenum', 'jejunum', 'ileum', 'gallbladder', 'bile or biliary', 'hepatic', 'common duct', 'ampulla of Vater'].map((organ) => [organ, 'intrabdominal'] as const),
  ...['rectum', 'bladder', 'prostate'].map((organ) => [organ, 'intrapelvic'] as const),
  ...['vulva', 'penis'].map((organ) => [organ, 'inguina, inguinal'] as const),
  ...['lung', 'bronchus'].map((organ) => [organ, 'intrathoracic'] as const),
]);

const NO_REGION = 'site NEC';

function regionless(site: SiteMatch | undefined): site is SiteMatch {
  return site?.lymphNode === true && site.path[site.path.length - 1] === NO_REGION;
}

/** A nodal metastasis whose site, or the site written when a nearby one was taken, names no region. */
function isRegionlessNode(mention: RawMention): boolean {
  return mention.column === 'secondary' && (regionless(mention.site) || regionless(mention.writtenSite));
}

/** The organ of a patient's primary malignancy, '' for one whose organ drains to no single region, undefined for none. */
function cancerOrgan(mention: RawMention): string | undefined {
  if (mention.column === null && mention.morphology?.code.startsWith('C') === true) return '';
  if (mention.column !== 'primary' || mention.unspecifiedSite === true) return undefined;
  const organ = mention.site?.path[0] ?? mention.histology?.impliedSite?.[0];
  return organ === undefined ? undefined : ORGAN_REGIONS.has(organ) ? organ : '';
}

/** A region the cancers drain to so far, or null once two cancers drain to different ones (or one to several). */
type Drainage = Region | null | undefined;

function drainageWith(drainage: Drainage, organ: string): Drainage {
  const drains = ORGAN_REGIONS.get(organ);
  return drains === undefined || (drainage !== undefined && drainage !== drains) ? null : drains;
}

/**
 * The one region the encounter's cancers drain to (or null), and the own one of each sentence of `nodeSentences` ("primary
 * lung malignancy; nodal metastases likely" is the lung's though the note also records a bladder cancer history). Only the
 * sentences that hold a region-less node are asked about, so only theirs are kept.
 */
function drainages(tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean, nodeSentences: ReadonlySet<number>): { encounter: Drainage; sentences: Map<number, Drainage> } {
  let encounter: Drainage;
  const sentences = new Map<number, Drainage>();
  const clauses = clausesAfterSemicolon(tokens, nodeSentences);
  for (const mention of mentions) {
    const organ = cancerOrgan(mention);
    if (organ === undefined || relatives(mention)) continue;
    encounter = drainageWith(encounter, organ);
    const sentence = tokens[mention.start]?.sentence ?? -1;
    if (nodeSentences.has(sentence)) sentences.set(sentence, drainageWith(sentences.get(sentence), organ));
    // "primary lung malignancy; nodal metastases likely": a clause after a semicolon goes on about the cancer of the one before.
    if (nodeSentences.has(sentence + 1) && clauses.has(sentence + 1)) sentences.set(sentence + 1, drainageWith(sentences.get(sentence + 1), organ));
  }
  return { encounter, sentences };
}

/** The sentences of `wanted` that open after a semicolon (clauses going on from the one before), read in one pass. */
function clausesAfterSemicolon(tokens: readonly Token[], wanted: ReadonlySet<number>): Set<number> {
  const clauses = new Set<number>();
  if (wanted.size === 0) return clauses;
  for (let position = 1; position < tokens.length; position++) {
    const sentence = tokens[position]?.sentence ?? -1;
    if (sentence !== tokens[position - 1]?.sentence && tokens[position - 1]?.norm === ';' && wanted.has(sentence)) clauses.add(sentence);
  }
  return clauses;
}

/** The one lymph-gland region every patient's cancer of the encounter drains to, if there is one (`centralNeckNodes.ts`). */
export function encounterDrainage(tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): string | undefined {
  // Only the encounter's drainage is asked for here, so no sentence's is kept.
  return drainages(tokens, mentions, relatives, new Set<number>()).encounter ?? undefined;
}

/** The sentences (-1 for none) that hold a region-less node. */
function sentencesWithRegionlessNodes(tokens: readonly Token[], mentions: readonly RawMention[]): Set<number> {
  const sentences = new Set<number>();
  for (const mention of mentions) if (isRegionlessNode(mention)) sentences.add(tokens[mention.start]?.sentence ?? -1);
  return sentences;
}

/** Whether the mention's own words hold "nodal", not after "M1". */
function saysNodal(tokens: readonly Token[], mention: RawMention): boolean {
  for (let position = mention.start; position < mention.end; position++) {
    if (tokens[position]?.norm === 'nodal') return !/^m1/.test(tokens[position - 1]?.norm ?? '');
  }
  return false;
}

/** The sentences holding a secondary of a site other than the nodes ("no nodal or osseous mets"), read once per encounter. */
function sentencesWithDistantSites(tokens: readonly Token[], mentions: readonly RawMention[]): Set<number> {
  const sentences = new Set<number>();
  for (const mention of mentions) {
    const sentence = tokens[mention.start]?.sentence;
    const site = mention.site;
    // "No nodal or distant mets" sets the regional nodes against distant spread: "distant" names no site.
    if (mention.column === 'secondary' && site !== undefined && site.lymphNode !== true && site.path[0] !== UNSPECIFIED_SITE && sentence !== undefined) sentences.add(sentence);
  }
  return sentences;
}

function inRegion(site: SiteMatch, region: Region): SiteMatch {
  return { ...site, path: [...site.path.slice(0, -1), region] };
}

/** The mentions with each region-less "nodal" metastasis of a one-region cancer placed in that region. */
export function withRegionalNodes(tokens: readonly Token[], mentions: readonly RawMention[], relatives: (mention: RawMention) => boolean): RawMention[] {
  const nodeSentences = sentencesWithRegionlessNodes(tokens, mentions);
  if (nodeSentences.size === 0) return [...mentions];
  const { encounter, sentences } = drainages(tokens, mentions, relatives, nodeSentences);
  const distant = sentencesWithDistantSites(tokens, mentions);
  return mentions.map((mention) => {
    // Few mentions are region-less nodes: the rest are returned before their sentence's drainage is looked up.
    if (!isRegionlessNode(mention)) return mention;
    const sentence = tokens[mention.start]?.sentence ?? -1;
    const region = sentences.has(sentence) ? sentences.get(sentence) : encounter;
    if (region === undefined || region === null || !saysNodal(tokens, mention) || distant.has(sentence)) return mention;
    const { site, writtenSite } = mention;
    return { ...mention, site: regionless(site) ? inRegion(site, region) : site, writtenSite: regionless(writtenSite) ? inRegion(writtenSite, region) : writtenSite };
  });
}
