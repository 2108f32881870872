import type { SiteMatch } from './siteFinder';
import { isCount } from './countWords';
import type { SentenceSites } from './sentenceSites';
import type { Token } from './tokens';

/**
 * "A. Colon, right, hemicolectomy: … Lymph nodes: 2 of 23 positive for metastatic adenocarcinoma": the lymph
 * nodes a resection specimen holds are the organ's regional nodes, and a pathology report lists them with no
 * region of their own. Where every regional node of the organ lies in one region of the Table of Neoplasms'
 * lymph gland rows, that region is theirs: the colon, stomach, pancreas, small intestine, liver, gallbladder,
 * kidney and adrenal drain to intra-abdominal nodes (pericolic, perigastric, peripancreatic, retroperitoneal:
 * lymph gland, intra-abdominal C77.2), the lung to intrathoracic ones (hilar, mediastinal: C77.1), the bladder
 * prostate and rectum to intrapelvic ones (iliac, obturator, mesorectal: C77.5). An organ whose regional nodes lie in two
 * regions (breast, esophagus, uterus, vulva, skin) gives none. The tongue, larynx, pharynx and parotid drain to the
 * neck (lymph gland, cervical C77.0), and so do the nodes of any neck dissection. The nearest resection before the nodes
 * decides: a mastectomy's axillary nodes are not the colectomy's written earlier.
 */

type Region = 'intrabdominal' | 'intrathoracic' | 'intrapelvic' | 'cervical';

/** Resections that name their organ, with its node region; `null` for an organ whose regional nodes lie in several regions. */
const RESECTIONS: ReadonlyMap<string, Region | null> = new Map<string, Region | null>([
  ...['colectomy', 'hemicolectomy', 'sigmoidectomy', 'ileocolectomy', 'ileocecectomy', 'gastrectomy', 'pancreatectomy', 'pancreaticoduodenectomy',
    'whipple', 'hepatectomy', 'cholecystectomy', 'nephrectomy', 'nephroureterectomy', 'adrenalectomy'].map((word) => [word, 'intrabdominal'] as const),
  ...['pneumonectomy', 'bilobectomy'].map((word) => [word, 'intrathoracic'] as const),
  ...['cystectomy', 'cystoprostatectomy', 'prostatectomy'].map((word) => [word, 'intrapelvic'] as const),
  // A rectal resection's nodes are the mesorectal and pelvic ones: the mesorectum lies in the pelvis (ANNOTATION.md, round 13 (d):
  // lymph gland, intrapelvic C77.5), whereas a colectomy's are intra-abdominal.
  ...['lar', 'tme', 'apr', 'lar/tme', 'apr/tme', 'proctectomy', 'proctocolectomy'].map((word) => [word, 'intrapelvic'] as const),
  // The tongue, larynx, pharynx and parotid drain to the neck's nodes only (submental, submandibular, jugular, intraparotid: lymph
  // gland, head, face and neck C77.0); the thyroid's reach the superior mediastinum too, so a thyroidectomy gives none.
  ...['glossectomy', 'hemiglossectomy', 'laryngectomy', 'pharyngectomy', 'laryngopharyngectomy', 'parotidectomy'].map((word) => [word, 'cervical'] as const),
  ...['mastectomy', 'lumpectomy', 'esophagectomy', 'hysterectomy', 'vulvectomy', 'orchiectomy', 'thyroidectomy',
    'excision', 'wle'].map((word) => [word, null] as const),
]);

/** Resections that name no organ: the site written before them in their sentence does ("Lung, RUL, lobectomy"). */
const ORGAN_RESECTIONS = new Set(['lobectomy', 'segmentectomy', 'resection', 'wedge']);

/** Organs (first words of their table paths) whose regional nodes all lie in one region. */
const ORGAN_REGIONS: ReadonlyMap<string, Region> = new Map<string, Region>([
  ...['intestine', 'colon', 'cecum', 'appendix', 'stomach', 'pancreas', 'duodenum', 'jejunum', 'ileum', 'liver', 'gallbladder', 'kidney', 'adrenal']
    .map((word) => [word, 'intrabdominal'] as const),
  ...['lung', 'bronchus'].map((word) => [word, 'intrathoracic'] as const),
  ...['bladder', 'prostate', 'rectum'].map((word) => [word, 'intrapelvic'] as const),
]);

/** How far back from the nodes the resection is looked for: a report part's label and the findings listed under it. */
const RESECTION_REACH = 160;
/** How far before an organ-less resection word its organ may be written ("Lung, right upper lobe, lobectomy"). */
const ORGAN_REACH = 8;

/** How far back in their sentence counted nodes look for the primary the report stages with them. */
const COUNTED_REACH = 60;

/**
 * "Invasive adenocarcinoma of sigmoid colon … (pT4a), 5 of 17 lymph nodes positive for metastatic adenocarcinoma": nodes counted
 * in the sentence of a pathology result are the regional nodes removed with the primary it names, so an organ whose regional nodes
 * lie in one region gives them that region, as its resection would. A letter writes the count in words with an article ("Two of
 * the twenty-one lymph nodes") and often in the sentence after the primary's ("This confirms a … adenocarcinoma of the sigmoid
 * colon … . Two of the twenty-one lymph nodes contain metastatic adenocarcinoma"): a count that opens its sentence looks into the one before.
 */
function countedNodesRegion(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sentences: SentenceSites, start: number): Region | undefined {
  const countStart = countedNodesStart(tokens, start);
  if (countStart < 0) return undefined;
  // The report's other sites ("invades … to visceral peritoneal surface") are the primary's extent, not an organ of its own.
  const regionalOrgan = (site: SiteMatch): boolean => site.lymphNode !== true && ORGAN_REGIONS.has(site.path[0] ?? '');
  let back = sentences.nearestBefore(countStart, COUNTED_REACH, tokens[start]?.sentence, regionalOrgan);
  if (back < 0 && opensSentence(tokens, countStart)) back = sentences.nearestBefore(countStart, COUNTED_REACH, tokens[countStart - 1]?.sentence, regionalOrgan);
  return back < 0 ? undefined : ORGAN_REGIONS.get(sites[back]?.path[0] ?? '');
}

/** The position of the first count of "5 of 17" or "Two of the twenty-one" right before the nodes at `start`, or -1. */
function countedNodesStart(tokens: readonly Token[], start: number): number {
  if (!isCount(tokens[start - 1])) return -1;
  const of = tokens[start - 2]?.norm === 'the' ? start - 3 : start - 2;
  return tokens[of]?.norm === 'of' && isCount(tokens[of - 1]) ? of - 1 : -1;
}

/** Whether the token at `position` is the first of its sentence, after a full stop. */
function opensSentence(tokens: readonly Token[], position: number): boolean {
  return tokens[position - 1]?.norm === '.' && tokens[position - 1]?.sentence !== tokens[position]?.sentence;
}

/** The region of a region-less node mention at `start` from the resection before it, else undefined. */
export function resectionNodeRegion(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sentences: SentenceSites, start: number): Region | undefined {
  const counted = countedNodesRegion(tokens, sites, sentences, start);
  if (counted !== undefined) return counted;
  for (let position = start - 1; position >= Math.max(0, start - RESECTION_REACH); position--) {
    const norm = tokens[position]?.norm ?? '';
    // "L selective neck dissection levels I-IV": a neck dissection's nodes are the neck's, whatever organ it was done for.
    if (norm === 'dissection' && tokens[position - 1]?.norm === 'neck') return 'cervical';
    const region = RESECTIONS.get(norm);
    if (region !== undefined) return region ?? undefined;
    if (ORGAN_RESECTIONS.has(norm)) {
      const organ = organBefore(tokens, sites, sentences, position);
      if (organ !== undefined) return ORGAN_REGIONS.get(organ);
    }
  }
  return undefined;
}

/** The organ written before a resection word in its sentence, or undefined. */
function organBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sentences: SentenceSites, position: number): string | undefined {
  const back = sentences.nearestBefore(position, ORGAN_REACH, tokens[position]?.sentence, (site) => site.lymphNode !== true);
  return back < 0 ? undefined : sites[back]?.path[0];
}
