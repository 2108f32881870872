import type { RawMention } from './rawMention';
import { nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * Whether a metastasis is denied where it is written ("No liver or peritoneal mets at exploration", "without distant mets"),
 * read before the assertions are: the note-level passes that place "the tumor" at the encounter's cancer hold back where
 * the cancer has spread, since "the tumor" may then be a metastasis, and a spread the note denies is no spread. A denial
 * word a few words before the metastasis in its sentence denies it (the assertion triggers' own "no" reaches further).
 */
const DENIALS = new Set(['no', 'without', 'w/o', 'negative', 'neg', 'free', 'denies', 'absent']);
/** How many words before the metastasis a denial is looked for ("No liver, lung or peritoneal mets"). */
const DENIAL_REACH = 6;

export function deniedWhereWritten(tokens: readonly Token[], mention: RawMention): boolean {
  return nearestInSentenceBefore(tokens, mention.start, DENIAL_REACH, tokens[mention.start]?.sentence, (token) => DENIALS.has(token.norm)) >= 0;
}
