import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "Well differentiated adenocarcinoma arising in a tubulovillous adenoma", "adenocarcinoma in a tubular adenoma": the adenoma a
 * carcinoma arises in is no mention of its own. The phrase names one malignant neoplasm (Index: Adenocarcinoma, in
 * tubulovillous adenoma — see Neoplasm, malignant; ANNOTATION.md, "More non-mentions": "the adenoma a carcinoma arises in",
 * h05, h42, d793), whose code the carcinoma's mention carries. A benign mention is dropped when, in its sentence, "in",
 * "within" or "from" (after "arising" or right after the carcinoma) and an article at most stand between a malignant
 * mention's end and its start. One look-up per benign mention.
 */
export function withoutArisingAdenomas(tokens: readonly Token[], mentions: readonly RawMention[]): RawMention[] {
  if (!mentions.some((mention) => mention.column === 'benign')) return [...mentions];
  const malignantEnds = new Set<number>();
  for (const mention of mentions) if (mention.column === 'primary') malignantEnds.add(mention.anchorEnd);
  return mentions.filter((mention) => mention.column !== 'benign' || !arisesIn(tokens, mention.start, malignantEnds));
}

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const INTO_WORDS: ReadonlySet<string> = new Set(['in', 'within', 'from']);

/** Whether "<carcinoma> [arising] in [a]" stands right before the benign mention starting at `start`. */
function arisesIn(tokens: readonly Token[], start: number, malignantEnds: ReadonlySet<number>): boolean {
  const sentence = tokens[start]?.sentence;
  let position = start - 1;
  if (ARTICLES.has(tokens[position]?.norm ?? '')) position--;
  if (!INTO_WORDS.has(tokens[position]?.norm ?? '')) return false;
  position--;
  if (tokens[position]?.norm === 'arising') position--;
  return tokens[position]?.sentence === sentence && malignantEnds.has(position + 1);
}
