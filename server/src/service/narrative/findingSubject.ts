import { beforeSpecimenDate } from './datedFinding';
import { IMAGING_MODALITIES } from './imagingModalities';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';
import { numberedNodeEnd } from './numberedNode';

/**
 * The specimen or nodes a finding is about when they are its grammatical subject: "3 of 22 lymph nodes
 * positive for metastatic carcinoma", "stations 4R and 7 were positive for …", "retroperitoneal
 * adenopathy c/w metastatic disease", "Brain MRI negative for metastatic disease".
 */

// "if the groin sentinel node has cancer", "if the sentinel node had macrometastasis": "has" says what the specimen holds, as "contains" does.
const FINDING_WORDS = new Set([
  'positive', 'negative', 'pos', 'neg', 'with', 'without', 'w/o', 'showing', 'show', 'shows', 'contain', 'contains', 'containing', 'involved', 'by',
  'has', 'had', 'have',
]);

/** The verbs of holding among the finding words, and the participles that make them a perfect tense instead. */
const POSSESSIVE_VERBS = new Set(['has', 'had', 'have']);
const PARTICIPLES = new Set(['spread', 'metastasized', 'metastasised', 'progressed', 'recurred', 'relapsed']);

/**
 * The specimen a pathology finding is about: "3 of 22 lymph nodes positive for metastatic carcinoma",
 * "lymph nodes negative for metastatic carcinoma": a site, then "positive/negative for" or "with",
 * then the anchor.
 */
export function findingSubject(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  const hedged = hedgedNodes(tokens, siteEndingAt, anchorStart);
  if (hedged !== undefined) return hedged;
  let position = withoutEvidence(tokens, anchorStart);
  if (tokens[position - 1]?.norm === 'for') position--;
  if (!FINDING_WORDS.has(tokens[position - 1]?.norm ?? '')) return undefined;
  // "the cancer in my stomach has spread": after "has" a participle is the verb's, no finding the site holds.
  if (POSSESSIVE_VERBS.has(tokens[position - 1]?.norm ?? '') && PARTICIPLES.has(tokens[anchorStart]?.norm ?? '')) return undefined;
  position--;
  // "without adenopathy, without metastases": an absence set off by a comma is another item of a list, not the site's finding.
  const absence = ABSENCE_WORDS.has(tokens[position]?.norm ?? '');
  // "Hepatic parenchyma without metastasis", "osseous structures w/o metastatic disease": the organ's tissue noun after its site.
  if (TISSUE_NOUNS.has(tokens[position - 1]?.norm ?? '') && siteEndingAt[position] === undefined) position--;
  // "1 of 2 sentinel nodes involved by melanoma": the participle and its "by" are one finding word.
  if (tokens[position]?.norm === 'by' && INVOLVEMENT_WORDS.has(tokens[position - 1]?.norm ?? '')) position--;
  // "Stations 4R and 7 were positive for …": a copula before the finding word; a node with no region
  // ("FNA of the abnormal node was positive for …") is left to the lesion the text found before.
  // "stations 4R, 4L, 7, 11L all negative for malignancy", "were all negative", "all were negative": a quantifier of the specimens.
  if (QUANTIFIERS.has(tokens[position - 1]?.norm ?? '')) position--;
  const copula = FINDING_COPULAS.has(tokens[position - 1]?.norm ?? '');
  if (copula) position--;
  if (QUANTIFIERS.has(tokens[position - 1]?.norm ?? '')) position--;
  // "lymph node sampling 09/2025 which was negative for malignancy": the specimen's date and procedure (datedFinding.ts).
  position = beforeSpecimenDate(tokens, siteEndingAt, position, copula);
  // "Twenty-two lymph nodes, negative for metastatic carcinoma": a comma may stand between the specimen and its finding.
  if (tokens[position - 1]?.norm === ',' && siteEndingAt[position] === undefined && !absence) position--;
  // "sentinel lymph nodes x2 negative for metastatic carcinoma": the specimens' count stands between them and the finding, and so
  // does a node's number in the specimen list ("SLN #1 positive for metastatic carcinoma", round 22: numberedNode.ts).
  position = beforeSpecimenCount(tokens, siteEndingAt, position);
  position = siteEndingAt[position] === undefined ? numberedNodeEnd(tokens, siteEndingAt, position) ?? position : position;
  // "Brain MRI negative for metastatic disease": the study of an organ reports on that organ (not a region: "CT chest").
  const study = MODALITIES.has(tokens[position - 1]?.norm ?? '') && siteEndingAt[position] === undefined;
  if (study) position--;
  position = beforeFrozenSection(tokens, siteEndingAt, position);
  const site = siteEndingAt[position];
  if (site !== undefined && REGIONS.has(tokens[site.end - 1]?.norm ?? '')) return undefined;
  if (copula && site?.lymphNode === true && site.path[site.path.length - 1] === 'site NEC') return undefined;
  return site !== undefined && tokens[site.start]?.sentence === tokens[anchorStart]?.sentence ? site : undefined;
}

/**
 * "2 SLNs, frozen section negative for metastatic carcinoma", "sentinel node frozen section negative for …": the intra-operative
 * test of the specimens stands between them and its verdict, as a study does between an organ and its finding (round 21, d12).
 */
function beforeFrozenSection(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], position: number): number {
  if (siteEndingAt[position] !== undefined || tokens[position - 1]?.norm !== 'section' || tokens[position - 2]?.norm !== 'frozen') return position;
  return tokens[position - 3]?.norm === ',' ? position - 3 : position - 2;
}

/** "x2", "x 2": how many specimens the nodes before it are, written with the multiplication sign of an operative note. */
const COUNT_TIMES = /^x\d{1,2}$/;

/** The position before a specimen count that follows a site and stands before `position`, else `position`. */
function beforeSpecimenCount(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], position: number): number {
  if (siteEndingAt[position] !== undefined) return position;
  const last = tokens[position - 1]?.norm ?? '';
  if (COUNT_TIMES.test(last) && siteEndingAt[position - 1] !== undefined) return position - 1;
  const spaced = /^\d{1,2}$/.test(last) && tokens[position - 2]?.norm === 'x';
  return spaced && siteEndingAt[position - 2] !== undefined ? position - 2 : position;
}

/**
 * "Liver without evidence of metastatic disease": the finding word "without" read over its "evidence of" (the position
 * of "evidence", so "without" stands right before it); the anchor's own start otherwise.
 */
function withoutEvidence(tokens: readonly Token[], anchorStart: number): number {
  const evidence = tokens[anchorStart - 1]?.norm === 'of' && EVIDENCE_NOUNS.has(tokens[anchorStart - 2]?.norm ?? '');
  return evidence && ABSENCE_WORDS.has(tokens[anchorStart - 3]?.norm ?? '') ? anchorStart - 2 : anchorStart;
}

const ABSENCE_WORDS = new Set(['without', 'w/o']);
const EVIDENCE_NOUNS = new Set(['evidence', 'signs', 'sign']);
/** The tissue of an organ an imaging report says is free of disease ("hepatic parenchyma", "osseous structures"). */
const TISSUE_NOUNS = new Set(['parenchyma', 'structures', 'surfaces']);
const FINDING_COPULAS = new Set(['was', 'were', 'is', 'are']);
/** Participles that a "by" after them makes a finding about the specimen before them. */
const INVOLVEMENT_WORDS = new Set(['involved', 'replaced', 'infiltrated', 'effaced']);
const QUANTIFIERS = new Set(['all', 'both', 'each']);

/** Words that hedge a finding about the site before them ("lymphadenopathy, concerning for metastases"). */
const HEDGE_HEADS = new Set(['concerning', 'suspicious', 'consistent', 'compatible', 'suggestive', 'worrisome', 'c/f', 'c/w', 'concern']);
const HEDGE_LINKS = new Set(['for', 'with', 'of']);
const HEDGE_INTENSIFIERS = new Set(['highly', 'most', 'very', 'likely', 'possibly', 'most likely']);

/**
 * "Cervical and supraclavicular lymphadenopathy concerning for metastases", "mediastinal nodes, c/w
 * metastatic disease": the nodes a hedged metastasis is about, named right before the hedge.
 */
function hedgedNodes(tokens: readonly Token[], siteEndingAt: readonly (SiteMatch | undefined)[], anchorStart: number): SiteMatch | undefined {
  let position = anchorStart;
  if (tokens[position - 1]?.norm === 'metastatic') position--;
  if (HEDGE_LINKS.has(tokens[position - 1]?.norm ?? '')) position--;
  if (!HEDGE_HEADS.has(tokens[position - 1]?.norm ?? '')) return undefined;
  position--;
  if (HEDGE_INTENSIFIERS.has(tokens[position - 1]?.norm ?? '')) position--;
  if (tokens[position - 1]?.norm === ',') position--;
  const site = siteEndingAt[position];
  return site?.lymphNode === true && tokens[site.start]?.sentence === tokens[anchorStart]?.sentence ? site : undefined;
}
const MODALITIES: ReadonlySet<string> = new Set([...IMAGING_MODALITIES, 'biopsy', 'bx']);
/** Body regions a study covers whole: a finding there is about the organs within, not the region. */
const REGIONS = new Set(['chest', 'abdomen', 'pelvis', 'neck', 'head', 'body', 'thorax', 'trunk']);


