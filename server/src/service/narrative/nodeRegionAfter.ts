import { NODE_REGIONS } from './nodeLexicon';
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
    if (region !== undefined && (next === ',' || next === ')' || next === ';')) return region;
  }
  return undefined;
}
