import type { Token } from './tokens';

/**
 * "pancreatic adenocarcinoma (body/tail)", "of the pancreatic body/tail", "gastric body and antrum": two
 * parts of one organ written as one site. The site finder keeps them as one qualifier, the two words
 * joined by `PART_JOINER`, and the table look-up (mapping.ts) reads it as the organ's overlapping lesion
 * when both words are parts of that organ, else as nothing.
 */

/** How two parts of one organ are joined in one qualifier ("body/tail"). */
export const PART_JOINER = '/';

/** The words that join two parts of one site in a note. */
const PART_JOINERS = new Set(['/', 'and', '&']);

/** "body/tail", "body and tail": `first` (the word at `index` unless given) and the word after the joiner that follows it, as one qualifier. */
export function joinedPartAt(tokens: readonly Token[], index: number, first = tokens[index]?.norm): string | undefined {
  const joiner = tokens[index + 1];
  const second = tokens[index + 2];
  if (first === undefined || joiner === undefined || second === undefined || second.punct || second.sentence !== joiner.sentence) return undefined;
  return PART_JOINERS.has(joiner.norm) ? `${first}${PART_JOINER}${second.norm}` : undefined;
}

/** Part nouns written after an organ and before a finding noun ("L parotid tail nodule", "liver dome lesion", "R renal pole mass"). */
export const ORGAN_PART_WORDS: ReadonlySet<string> = new Set(['tail', 'head', 'body', 'dome', 'pole', 'tip', 'apex', 'base', 'isthmus', 'hilum', 'fundus', 'antrum']);
