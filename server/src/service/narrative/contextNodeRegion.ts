import { fieldLabelNodeRegion } from './fieldLabelNodeRegion';
import { MULTIPLE_NODE_REGIONS_PATH, joinsAnotherRegion } from './joinedNodeRegions';
import { nodeRegionInParenthesisAfter } from './nodeRegionAfter';
import type { RawMention } from './rawMention';
import { resectionNodeRegion } from './resectionNodes';
import type { SentenceSites } from './sentenceSites';
import type { SiteMatch } from './siteFinder';
import { sentenceStart } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * The node region of a lymph node mention written with none ("nodal metastasis"): a node site earlier in
 * its sentence ("hilar adenopathy concerning for nodal metastasis" → C77.1), or in the label line above
 * it, the neck for a head and neck primary of its sentence, the region of a node specimen, or the region of
 * the resected organ's regional nodes (resectionNodes.ts).
 */

// The first token of a sentence is read in sentenceWindow.ts, where the label a few sentences back (scopeLabel.ts) reads it too.
export { sentenceStart };

/** Whether the sentence before the one holding `index` ends in a colon (a report line's label). */
function labelEndsSentence(tokens: readonly Token[], index: number): boolean {
  const first = sentenceStart(tokens, index);
  return tokens[first - 1]?.norm === ':';
}

/** Head and neck organs (table rows as the site finder reads them), whose regional lymph nodes are all in the neck. */
export const HEAD_AND_NECK: ReadonlySet<string> = new Set([
  'tonsil', 'tongue', 'larynx', 'glottis', 'supraglottis', 'subglottis', 'hypopharynx', 'hypopharyngeal', 'oropharynx', 'nasopharynx', 'pharynx',
  'thyroid', 'parotid', 'mouth', 'buccal', 'palate', 'submandibular gland', 'epiglottis', 'lip', 'gum', 'gingiva', 'vocal cords', 'salivary',
]);

/** Whether at most two words ("the known") stand before the token in its sentence. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  return index - sentenceStart(tokens, index) <= 2;
}

/** Whether the sentence holding `index` is a clause after a semicolon. */
function clauseAfterSemicolon(tokens: readonly Token[], index: number): boolean {
  return tokens[sentenceStart(tokens, index) - 1]?.norm === ';';
}

/** How far back a node mention looks for its region: a node and its description ("1.3 cm short axis, rounded, loss of fatty hilum, …"). */
const NODE_REACH = 40;

export function withContextNodeRegion(
  tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], sentences: SentenceSites, mention: RawMention, site: SiteMatch, specimen: SiteMatch | undefined,
): RawMention {
  if (site.path[site.path.length - 1] !== 'site NEC') return mention;
  // The same sentence, or the label line above it when that line ends in a colon ("… left axilla, excision:").
  const sentence = tokens[mention.start]?.sentence ?? 0;
  // "Single left axillary node with a thickened cortex, indeterminate; nodal metastasis not excluded": a clause that opens
  // with the node metastasis concludes about the node of the clause before.
  // "Indeterminate L axillary level I node; recommend … FNA to exclude nodal metastasis": a clause joined by a semicolon
  // goes on about the node of the clause before.
  const previousReaches = labelEndsSentence(tokens, mention.start) || opensSentence(tokens, mention.start) || clauseAfterSemicolon(tokens, mention.start);
  const inReach = (token: Token | undefined): boolean => token !== undefined
    && (token.sentence === sentence || (token.sentence === sentence - 1 && previousReaches));
  let headAndNeck = false;
  // Site to site: the sentences in reach end at the mention, so the first site out of reach ends the look (sentenceSites.ts).
  for (let position = sentences.siteBefore(mention.start); position >= Math.max(0, mention.start - NODE_REACH) && inReach(tokens[position]); position = sentences.siteBefore(position)) {
    const other = sites[position];
    if (other !== undefined && other !== site && other.lymphNode && other.path[other.path.length - 1] !== 'site NEC') {
      const path = joinsAnotherRegion(tokens, sites, sentences, position) ? MULTIPLE_NODE_REGIONS_PATH : other.path;
      return { ...mention, site: { ...site, path } };
    }
    headAndNeck ||= other !== undefined && !other.lymphNode && HEAD_AND_NECK.has(other.path[0] ?? '') && tokens[position]?.sentence === sentence;
  }
  // "1/19 involved by metastatic prostatic adenocarcinoma (R external iliac, 4 mm deposit)": the region the parenthesis names.
  const bracketed = nodeRegionInParenthesisAfter(tokens, mention.end);
  if (bracketed !== undefined) return { ...mention, site: { ...site, path: [...site.path.slice(0, -1), bracketed] } };
  // "SCC of the right tonsil with ipsilateral nodal mets": the regional nodes of a head and neck primary are the
  // neck's (lymph gland, cervical → C77.0, the nodes of head, face and neck).
  if (headAndNeck) return { ...mention, site: { ...site, path: [...site.path.slice(0, -1), 'cervical'] } };
  const labelled = itemLabelNode(tokens, sites, mention.start);
  if (labelled !== undefined) return { ...mention, site: { ...site, path: labelled.path } };
  const fieldRegion = fieldLabelNodeRegion(tokens, sites, mention.start);
  if (fieldRegion !== undefined) return { ...mention, site: { ...site, path: [...site.path.slice(0, -1), fieldRegion] } };
  // A node specimen with its region ("Specimen: L supraclavicular lymph node") names the region of "one lymph node" below it.
  const region = specimen?.lymphNode === true ? specimen.path[specimen.path.length - 1] : undefined;
  if (region !== undefined && region !== 'site NEC') return { ...mention, site: { ...site, path: specimen?.path ?? site.path } };
  // "A. Colon, right, hemicolectomy: … Lymph nodes: 2 of 23 positive": the resected organ's regional nodes.
  const regional = resectionNodeRegion(tokens, sites, sentences, mention.start);
  return regional === undefined ? mention : { ...mention, site: { ...site, path: [...site.path.slice(0, -1), regional] } };
}


/** How many clauses before a node mention, joined by semicolons, an item's label may stand. */
const ITEM_CLAUSES = 2;

/**
 * "4. R groin node: US in 6 wk; FNA if enlarging to exclude contralateral nodal recurrence": a list item
 * whose label is a node of a named region, followed by a colon, is about that node in every clause of
 * the item (clauses joined by semicolons).
 */
function itemLabelNode(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], start: number): SiteMatch | undefined {
  let first = sentenceStart(tokens, start);
  for (let clause = 0; clause < ITEM_CLAUSES && tokens[first - 1]?.norm === ';'; clause++) {
    first = sentenceStart(tokens, first - 1);
    for (let position = first; position <= first + LABEL_OPENING; position++) {
      const site = sites[position];
      if (site === undefined) continue;
      const region = site.path[site.path.length - 1];
      return site.lymphNode && region !== 'site NEC' && tokens[site.end]?.norm === ':' ? site : undefined;
    }
  }
  return undefined;
}

/** How many tokens ("4.", "-") may stand before the node that an item's label opens with. */
const LABEL_OPENING = 3;
