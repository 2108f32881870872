import { NODE_REGIONS } from './nodeLexicon';
import { LYMPHOMA_NODE_DIGIT } from './morphologySites';
import type { Token } from './tokens';

/**
 * "Lymph nodes: 1/19 involved by metastatic prostatic adenocarcinoma (R external iliac, 4 mm deposit)": a pathology
 * report names the region of the involved node in a parenthesis right after the finding, without a node word of its
 * own, so the parenthesis's opening words name the region of the nodal metastasis (table: lymph gland / iliac, Malignant
 * Secondary C77.5). Only a region word the node lexicon knows, opening the parenthesis after at most a side, is read.
 */

/** The regions by their words; an organ's adjective ("hepatic") is a region only before its node word and is left out. */
const REGIONS: ReadonlyMap<string, string> = new Map(NODE_REGIONS.filter((term) => term.beforeNodeWordOnly !== true).map((term) => [term.words, term.region]));
const SIDES = new Set(['r', 'l', 'right', 'left', 'rt', 'lt', 'bilateral', 'bilat']);
/** The longest region phrase read, in words ("left external iliac" after the side: "external iliac"). */
const MAX_REGION_WORDS = 3;

/** The region a parenthesis right after `end` opens with, or undefined. */
export function nodeRegionInParenthesisAfter(tokens: readonly Token[], end: number): string | undefined {
  if (tokens[end]?.norm !== '(') return undefined;
  let position = end + 1;
  if (SIDES.has(tokens[position]?.norm ?? '')) position++;
  for (let length = MAX_REGION_WORDS; length >= 1; length--) {
    const words = tokens.slice(position, position + length);
    if (words.length < length || words.some((token) => token.punct)) continue;
    const region = REGIONS.get(words.map((token) => token.norm).join(' '));
    const next = tokens[position + length]?.norm;
    if (region !== undefined && (next === ',' || next === ')' || next === ';' || slashedSameRegion(tokens, position + length, region))) return region;
  }
  return undefined;
}

/**
 * "risk of nodal metastasis (parotid/neck)": a second region after a slash that lies in the same region of the Table's node list
 * (parotid and neck both lymph gland, head, face and neck, C77.0) leaves the first region the parenthesis's; two regions of two
 * Table regions ("axillary/supraclavicular") name none here.
 */
function slashedSameRegion(tokens: readonly Token[], slash: number, region: string): boolean {
  if (tokens[slash]?.norm !== '/') return false;
  const second = REGIONS.get(tokens[slash + 1]?.norm ?? '');
  const digit = LYMPHOMA_NODE_DIGIT.get(region);
  return second !== undefined && digit !== undefined && LYMPHOMA_NODE_DIGIT.get(second) === digit;
}
