import { LYMPHOMA_NODE_DIGIT } from './morphologySites';
import { TISSUE_SAMPLE_WORDS } from './sampleWords';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * The site of a morphology-classified histology reported right after a biopsy label ("VATS pleural bx
 * 11/20: malignant mesothelioma" is the pleura's, C45.0). A lymphoma takes the lymph node region
 * (Tabular C83.3-, fifth character by region): "L axillary node …; excisional bx: DLBCL" is the
 * axillary node biopsied (C83.34), and "bx mesenteric mass: DLBCL" a mesenteric nodal mass
 * (intra-abdominal lymph nodes, C83.33). A label naming no site takes the node of the clause just
 * before it, when a semicolon joins them on one line; a label naming an organ and no node, the organ ("Liver bx: DLBCL" C83.398).
 */
export function biopsyLabelSite(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number, axis: string | undefined): SiteMatch | undefined {
  const colon = labelColon(tokens, start);
  if (colon === undefined || (axis !== 'lymphoma' && axis !== 'mesothelioma')) return undefined;
  const first = clauseStart(tokens, colon);
  if (!hasBiopsyWord(tokens, first, colon)) return undefined;
  if (axis === 'mesothelioma') return organIn(sites, first, colon);
  const labelled = nodeIn(tokens, sites, first, colon);
  if (labelled !== undefined) return labelled;
  const before = tokens[first - 1]?.norm === ';' ? nodeIn(tokens, sites, clauseStart(tokens, first - 1), first - 1) : undefined;
  // "Liver bx seg 6 (09/24): DLBCL": an organ biopsied is the lymphoma's extranodal site (ANNOTATION.md, …9 in its own sentence).
  return before ?? organIn(sites, first, colon);
}

/**
 * Whether a mention is the result a biopsy label reports ("US-guided bx of seg 6 liver lesion 11/2026: metastatic
 * adrenocortical carcinoma"): the note's own tissue written in its history, which settles an image's "c/w" of the same code
 * as a pathology report does (ANNOTATION.md: an image's "c/w X" is present once tissue establishes it). Bounded by the label's
 * few words before the colon.
 */
export function reportedByBiopsyLabel(tokens: readonly Token[], start: number): boolean {
  const colon = labelColon(tokens, start);
  return colon !== undefined && hasBiopsyWord(tokens, clauseStart(tokens, colon), colon);
}

/** The first site between `from` and `to` that is no lymph node. */
function organIn(sites: readonly (SiteMatch | undefined)[], from: number, to: number): SiteMatch | undefined {
  for (let position = from; position < to; position++) {
    const site = sites[position];
    if (site !== undefined && !site.lymphNode) return site;
  }
  return undefined;
}

/** Words that may stand between the label's colon and the histology ("bx: malignant mesothelioma"). */
const RESULT_MODIFIERS = new Set(['malignant', 'diffuse', 'epithelioid', 'sarcomatoid', 'biphasic', 'primary', 'classic', 'classical', 'involved', 'by']);

/** The index of the label's colon before the histology, over at most two result modifiers. */
function labelColon(tokens: readonly Token[], start: number): number | undefined {
  let position = start - 1;
  while (position >= start - 2 && RESULT_MODIFIERS.has(tokens[position]?.norm ?? '')) position--;
  return tokens[position]?.norm === ':' ? position : undefined;
}

/**
 * Words of a biopsy label ("excisional bx:", "core biopsy:", "FNA:"): the tissue samples (`sampleWords.ts`), the open biopsies
 * that remove a node whole or in part, and the marrow's "BMBx" written as one word.
 */
const BIOPSY_WORDS: ReadonlySet<string> = new Set([...TISSUE_SAMPLE_WORDS, 'excisional', 'excision', 'incisional', 'bmbx']);
/** At most this many words make a label or the clause before it. */
const CLAUSE_REACH = 16;
/** Nouns after a region adjective that make it a nodal mass ("mesenteric mass", "retroperitoneal conglomerate"). */
const MASS_NOUNS = new Set(['mass', 'masses', 'conglomerate', 'adenopathy', 'lymphadenopathy']);

function clauseStart(tokens: readonly Token[], index: number): number {
  const sentence = tokens[index]?.sentence;
  let first = index;
  while (first > 0 && index - first < CLAUSE_REACH && tokens[first - 1]?.sentence === sentence) first--;
  return first;
}

function hasBiopsyWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let position = from; position < to; position++) if (BIOPSY_WORDS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}

/** The node site between `from` and `to`: a node with its region, or a mass named by a node region's adjective. */
function nodeIn(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], from: number, to: number): SiteMatch | undefined {
  for (let position = from; position < to; position++) {
    const site = sites[position];
    if (site === undefined) continue;
    const region = site.path[site.path.length - 1] ?? '';
    if (site.lymphNode && LYMPHOMA_NODE_DIGIT.has(region)) return site;
    if (!site.lymphNode && site.path.length === 1 && LYMPHOMA_NODE_DIGIT.has(region) && MASS_NOUNS.has(tokens[site.end]?.norm ?? '')) {
      return { ...site, path: ['lymph', 'gland', region], lymphNode: true };
    }
  }
  return undefined;
}
