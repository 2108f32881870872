import type { RawMention } from './rawMention';
import { cueBeforeOver } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "Liver, right hepatectomy: metastatic colorectal adenocarcinoma", "bx RLL: metastatic clear cell RCC": when the words name
 * the primary's organ or type and a specimen label names where it spread, the word "metastatic" is the labelled organ's
 * metastasis and the organ and histology after it are the primary's (ANNOTATION.md, "metastatic X cancer": X is the primary;
 * the secondary's entry is the word that calls it metastatic). The secondary's words therefore begin at "metastatic".
 */

/** How many words of the primary's organ and type may stand between "metastatic" and the histology word ("metastatic clear cell"). */
const ORGAN_AND_TYPE_WORDS = 6;

const isMetastaticWord = (token: Token): boolean => token.norm === 'metastatic';
/** The organ and type words between "metastatic" and the histology; a punctuation mark ends the phrase. */
const isWord = (token: Token): boolean => !token.punct;

/** The secondary mention with its words begun at the "metastatic" written before its histology, in its sentence; else as it is. */
export function fromMetastaticWord(tokens: readonly Token[], mention: RawMention): RawMention {
  const metastatic = cueBeforeOver(tokens, mention.start, ORGAN_AND_TYPE_WORDS, tokens[mention.start]?.sentence, isMetastaticWord, isWord);
  return metastatic < 0 ? mention : { ...mention, start: metastatic };
}

/** The mentions of a histology whose organ is implied, the secondary at a labelled organ begun at "metastatic" (`fromMetastaticWord`). */
export function withSpreadFromMetastaticWord(tokens: readonly Token[], mentions: readonly RawMention[], labelled: boolean): readonly RawMention[] {
  return labelled ? mentions.map((mention) => (mention.column === 'secondary' ? fromMetastaticWord(tokens, mention) : mention)) : mentions;
}

/**
 * "Metastatic papillary thyroid carcinoma in 3 of 7 lymph nodes": the word that calls the carcinoma metastatic is the nodes'
 * metastasis, so the node mention's words begin there (the histology and its organ between them are the primary's). Read so
 * for the nodes a report finds it in; a spread "to" its nodes keeps the words from the histology.
 */
export function nodesFromMetastaticWord(tokens: readonly Token[], leftStart: number, mention: RawMention): RawMention {
  for (let position = leftStart; position < mention.start; position++) {
    if (tokens[position]?.norm === 'metastatic') return { ...mention, start: position };
  }
  return mention;
}
