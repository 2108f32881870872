import { cueBeforeOver } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * A carcinoma word qualified as what is left or has come back of the patient's cancer ("no residual carcinoma identified",
 * "bx: no residual adenocarcinoma", "no evidence of recurrent malignancy", "persistent carcinoma in the scar"). The qualifier
 * presupposes the cancer the encounter treats: nothing can be residual or recurrent that was not there before, so the words
 * restate that cancer, and ANNOTATION.md (round 17: "A denied tumour, residual or recurrence of a cancer recorded as history
 * takes the cancer's own code, negated"; "'Tumor' … that names a proven cancer's own residual, recurrence or progression takes
 * the cancer's code, in every assertion") codes them at its site, whatever their assertion. `restatedCarcinoma.ts` places
 * them only when every primary the encounter names with a site is of one organ, as it does a tissue result's carcinoma.
 */

/** The qualifiers that make a carcinoma word the patient's cancer restated. */
const RESIDUAL_WORDS: ReadonlySet<string> = new Set(['residual', 'recurrent', 'persistent', 'viable']);

/** Words that may stand between the qualifier and the carcinoma word without naming another disease ("residual invasive carcinoma"). */
const BETWEEN_WORDS: ReadonlySet<string> = new Set(['invasive', 'infiltrating', 'or', 'and', '/', 'local', 'locally', 'gross', 'microscopic', 'viable']);

/** How many words may stand between the qualifier and the carcinoma word ("residual or recurrent invasive carcinoma"). */
const REACH = 4;

const isResidualWord: TokenTest = (token) => RESIDUAL_WORDS.has(token.norm);
const isBetweenWord: TokenTest = (token) => BETWEEN_WORDS.has(token.norm);

/**
 * Whether a residual or recurrence word qualifies the carcinoma word at `start` in its own sentence (at most `REACH` words before it).
 * Wider than `residualBefore` (`residualOwnCancer.ts`), which reads "residual" alone: a recurrence restates the cancer the
 * encounter treats, but may arise elsewhere in its organ, so it places no lesion at the documented site.
 */
export function qualifiedAsResidual(tokens: readonly Token[], start: number): boolean {
  return cueBeforeOver(tokens, start, REACH, tokens[start]?.sentence, isResidualWord, isBetweenWord) >= 0;
}
