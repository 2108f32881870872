import { TISSUE_SAMPLE_WORDS } from './sampleWords';
import type { SiteMatch } from './siteMatch';
import type { Token } from './tokens';

/**
 * "IR liver bx (seg 7) done 11/30 - prelim per Dr. Okoye (path) by phone: metastatic adenocarcinoma", "Tissue NGS (liver bx,
 * "metastatic adenocarcinoma c/w pancreatic primary")", "Pathologic fracture L humeral shaft through lytic lesion, suspected
 * metastatic carcinoma": a metastatic carcinoma with no site of its own, written after an organ its sentence names as sampled (a
 * biopsy, core, aspirate, fluid) or as the lesion's place, is the spread found there (ANNOTATION.md, "Sites and columns": a site-less
 * metastasis takes the specimen's or the lesion's site; Table of Neoplasms, that site's Malignant Secondary column: liver C78.7, bone
 * C79.51). Only the nearest such organ before the carcinoma in its own sentence counts, and none when another organ's site stands
 * between them, which the words would then speak of instead. Bounded: `SENTENCE_REACH` tokens back, `SAMPLE_REACH` after each site.
 */

/**
 * Words after an organ that make it the place sampled or the lesion's ("liver bx", "pleural fluid", "humeral shaft through lytic
 * lesion"): the tissue samples (`sampleWords.ts`), with the fluids, cytology and operations that sample an organ and the lesion nouns.
 */
const SAMPLE_WORDS: ReadonlySet<string> = new Set([
  ...TISSUE_SAMPLE_WORDS, 'cores', 'fluid', 'effusion', 'cytology', 'resection', 'excision', 'wedge',
  'lesion', 'lesions', 'mass', 'masses', 'nodule', 'nodules',
]);
/** How many tokens before the carcinoma the sampled organ may stand in its sentence. */
const SENTENCE_REACH = 32;
/** How many words may stand between the organ and its sample or lesion word ("L humeral shaft through lytic lesion"). */
const SAMPLE_REACH = 3;

/** Whether a sample or lesion word follows the site within its reach, before `limit`. */
function sampledAt(tokens: readonly Token[], site: SiteMatch, limit: number): boolean {
  for (let position = site.end; position < Math.min(limit, site.end + SAMPLE_REACH); position++) {
    const word = tokens[position]?.norm ?? '';
    if (SAMPLE_WORDS.has(word)) return true;
  }
  return false;
}

/** The organ the carcinoma's sentence names as sampled, or as its lesion's place, before it. */
export function sampledOrganBefore(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  const sentence = tokens[start]?.sentence;
  // The organ of the sites passed on the way back ("liver bx (seg 7) …": the segment is the same liver's).
  let passed: string | undefined;
  for (let position = start - 1; position >= Math.max(0, start - SENTENCE_REACH); position--) {
    if (tokens[position]?.sentence !== sentence) return undefined;
    const site = sites[position];
    if (site === undefined || site.end > start) continue;
    const organ = site.path[0] ?? '';
    if (passed !== undefined && passed !== organ) return undefined;
    if (sampledAt(tokens, site, start)) return site;
    passed = organ;
  }
  return undefined;
}

/** The first word from `from` on, before `to`: the phrase opens with no punctuation left of its words (', "metastatic …'). */
export function firstWordFrom(tokens: readonly Token[], from: number, to: number): number {
  let first = from;
  while (first < to && tokens[first]?.punct === true) first++;
  return first;
}
