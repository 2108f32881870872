import type { RawMention } from './rawMention';
import { nearestInSentenceBefore } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * Whether a cancer is only foreseen or suspected where it is written ("possibility of muscle-invasive bladder cancer requiring
 * cystectomy", "r/o carcinoma"), read before the assertions are. A site-less "tumor" restates the encounter's cancer only when
 * that cancer is a proven one (ANNOTATION.md, "Tumor" of a proven cancer): a bladder tumour whose cancer the consent only
 * foresees is still a tumour of unknown behaviour (Index: Tumor — see also Neoplasm, unspecified behavior; D49.4). The cue is
 * looked for a few words before the cancer in its sentence, as a denial is for a spread (deniedSpread.ts).
 */
const FORESEEING_CUES: ReadonlySet<string> = new Set([
  'possibility', 'possible', 'possibly', 'risk', 'risks', 'r/o', 'rule', 'suspicious', 'suspected', 'suspect', 'concern', 'concerning', 'probable', 'presumed', 'if',
]);

/** How many words before the cancer a foreseeing cue is looked for ("possibility of muscle-invasive bladder cancer"). */
const FORESEEING_REACH = 5;

/** Whether a foreseeing or suspecting cue stands a few words before the mention in its sentence. */
export function foreseenWhereWritten(tokens: readonly Token[], mention: RawMention): boolean {
  return nearestInSentenceBefore(tokens, mention.start, FORESEEING_REACH, tokens[mention.start]?.sentence, (token) => FORESEEING_CUES.has(token.norm)) >= 0;
}
