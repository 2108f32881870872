import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Liver bx: adenocarcinoma c/w intrahepatic cholangiocarcinoma (CK7+, CK20-)": a finding the same sentence
 * goes on to call a primary of the organ it was found in names that one tumour, not a metastasis there beside
 * it. The finding read as a secondary of the organ (a carcinoma in the liver is most often one) is dropped.
 */

/** Words that conclude a finding is a named tumour ("c/w", "consistent with", "compatible with", "favor"). */
const CONCLUDING = new Set(['c/w', 'consistent', 'compatible', 'favor', 'favoring', 'favour', 'suggestive']);
/** How many tokens after the finding the concluding word may stand ("adenocarcinoma, moderately differentiated, c/w …"). */
const CONCLUSION_REACH = 6;

export function withoutRestatedFindings(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  return mentions.filter((mention, index) => !(mention.column === 'secondary' && namedAsPrimaryThere(tokens, mention, mentions[index + 1])));
}

function namedAsPrimaryThere(tokens: readonly Token[], mention: RawMention, next: RawMention | undefined): boolean {
  const organ = mention.site?.path[0];
  if (organ === undefined || next === undefined || next.column !== 'primary' || next.site?.path[0] !== organ || mention.histology === undefined) return false;
  const sentence = tokens[mention.anchorEnd - 1]?.sentence;
  if (tokens[next.anchorStart]?.sentence !== sentence || next.anchorStart - mention.anchorEnd > CONCLUSION_REACH + 3) return false;
  for (let position = mention.anchorEnd; position < Math.min(next.anchorStart, mention.anchorEnd + CONCLUSION_REACH); position++) {
    if (CONCLUDING.has(tokens[position]?.norm ?? '')) return true;
  }
  return false;
}
