import { LYMPHOMA_NODE_DIGIT } from './morphologySites';
import type { SiteMatch } from './siteFinder';
import type { Token } from './tokens';

/**
 * The lymph node region of a lymphoma reported after a biopsy label (Tabular C83.3-, fifth character by
 * region): "L axillary node …; excisional bx: DLBCL" is the axillary node biopsied (C83.34), and "bx
 * mesenteric mass: DLBCL" a mesenteric nodal mass (intra-abdominal lymph nodes, C83.33). A label naming
 * no site takes the node of the clause just before it, when a semicolon joins them on one line.
 */
export function biopsiedNode(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  if (tokens[start - 1]?.norm !== ':') return undefined;
  const first = clauseStart(tokens, start - 1);
  if (!hasBiopsyWord(tokens, first, start - 1)) return undefined;
  const labelled = nodeIn(tokens, sites, first, start - 1);
  if (labelled !== undefined) return labelled;
  if (tokens[first - 1]?.norm !== ';') return undefined;
  return nodeIn(tokens, sites, clauseStart(tokens, first - 1), first - 1);
}

/** Words of a biopsy label ("excisional bx:", "core biopsy:", "FNA:"). */
const BIOPSY_WORDS = new Set(['bx', 'biopsy', 'biopsies', 'excisional', 'excision', 'fna', 'core', 'incisional']);
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
