import type { HistologyTerm } from './histologyTerm';
import type { RawMention } from './rawMention';
import type { SiteMatch } from './siteFinder';
import type { Token } from './token';
import { isCount } from './countWords';

/**
 * "Post-op Dx: positive left axillary sentinel lymph node", "completion ALND for +SLN on frozen": a lymph node called positive
 * is a node that holds the patient's cancer, its metastasis there (ANNOTATION.md, "Lymph node metastasis by region"; table:
 * lymph gland, <region> / Malignant Secondary C77.-). The word reads so only right before the node it qualifies: "positive"
 * elsewhere is a marker's or a margin's result ("ER positive", "positive margin"), and a node named after a preposition
 * ("positive for carcinoma in 2 nodes") is the finding's own reading. A plus sign reads so only written onto the node ("+SLN"):
 * with a space it is "and" ("TLH/BSO + SLN", "frozen section + LN sampling"). An imaging study's "PET positive node" is an avid
 * node, a finding the imaging rules read, and "0 positive nodes" names none. The terms are `positiveNodeTerms` in
 * `histologyTermFamilies.ts`, apart from this file so that the lexicon imports no mention type.
 */

/** Words before "positive" that make it an imaging study's or a marker's result, not the node's pathology. */
const RESULT_OWNERS: ReadonlySet<string> = new Set(['pet', 'fdg', 'psma', 'dotatate', 'mibg', 'octreotide', 'scan', 'imaging', '-', '0', 'zero']);

/** Whether a positive-node word at `start`..`end` calls no node positive: no lymph node opens right after it, or its owner is another. */
export function callsNoNodePositive(tokens: readonly Token[], sites: readonly (SiteMatch | undefined)[], term: HistologyTerm, start: number, end: number): boolean {
  if (term.nodeRightAfter !== true) return false;
  const node = sites[end];
  if (node?.lymphNode !== true || node.start !== end || !namesTheNode(tokens, node)) return true;
  const word = tokens[start];
  if (word?.norm === '+') return tokens[end]?.start !== word.end;
  // Round 22: "(T1, 1 positive SLN, BCS w/ WBRT planned)" counts the positive nodes, a node status with no neoplasm word
  // (ANNOTATION.md round 21: a lymph-node count or status is not a mention), as "0 positive nodes" names none.
  return RESULT_OWNERS.has(tokens[start - 1]?.norm ?? '') || isCount(tokens[start - 1]);
}

/** Words that name which node was sampled when no region is written ("positive sentinel node", "+SLN"). */
const SAMPLED_NODE_WORDS: ReadonlySet<string> = new Set(['sentinel', 'sln', 'slns']);

/**
 * Whether the node is one the note identifies, by its region or as the sentinel node: a bare count of "positive nodes" ("will hold
 * chemo unless RPLND shows >2 positive nodes") is a staging threshold more often than a finding.
 */
function namesTheNode(tokens: readonly Token[], node: SiteMatch): boolean {
  if (node.path[node.path.length - 1] !== 'site NEC') return true;
  for (let position = node.start; position < node.end; position++) if (SAMPLED_NODE_WORDS.has(tokens[position]?.norm ?? '')) return true;
  return false;
}

/** The anchor's mentions whose site is the lymph node that begins right after the word, the node it calls positive. */
export function positiveNodeMentions(mentions: readonly RawMention[], anchorEnd: number): RawMention[] {
  return mentions.filter((mention) => mention.site?.lymphNode === true && mention.site.start === anchorEnd);
}
