import type { AssertionResult } from './assertion';
import type { RawMention } from './rawMention';
import { promoteMatching } from './promotion';
import { cueBeforeOver } from './sentenceWindow';
import type { TokenTest } from './sentenceWindow';
import type { Token } from './tokens';

/**
 * "Nonfunctioning pituitary macroadenoma s/p transsphenoidal resection 4/2025 … Residual nonfunctioning pituitary adenoma,
 * R cavernous sinus - stable": a tumour the note calls residual is still there, so the mentions that a dated removal made
 * history (Z86.0-) are that present tumour (Guideline I.C.2.d: history only once the neoplasm is gone). Only a benign,
 * uncertain-behaviour or in-situ tumour of the same code is read so, the kind a dated removal ends (`nonInvasiveOnly`
 * cues): a Mohs stage's "residual BCC" says nothing of the patient's prior skin cancers.
 */

const NON_INVASIVE_COLUMNS: ReadonlySet<string> = new Set(['benign', 'uncertain', 'in-situ']);

function nonInvasive(mention: RawMention): boolean {
  return NON_INVASIVE_COLUMNS.has(mention.column ?? '') || mention.inSitu === true || mention.morphology?.code.startsWith('D') === true;
}

/** Words that call a present tumour what an operation or a treatment left of it. */
const RESIDUAL_WORDS: ReadonlySet<string> = new Set(['residual', 'persistent']);
/** How many words before a mention may call it residual ("Residual nonfunctioning pituitary adenoma"). */
const RESIDUAL_REACH = 2;

export function withResidualDisease(
  tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[], codeOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  return promoteMatching(raw, assertions, {
    collects: (mention, assertion) => assertion.assertion === 'present' && nonInvasive(mention) && calledResidual(tokens, mention.start),
    promotes: (mention, assertion) => assertion.assertion === 'history' && nonInvasive(mention),
    keyOf: codeOf,
  });
}

const isResidualWord: TokenTest = (token) => RESIDUAL_WORDS.has(token.norm);
const anyToken: TokenTest = () => true;

/**
 * Whether "residual" or "persistent" stands in the mention's sentence at most two tokens before it. Not `residualBefore`
 * (`residualOwnCancer.ts`), whose one word is "residual" and whose walk stops at punctuation: here a tumour a treatment left
 * ("persistent") is as present as one an operation left, and the two tokens before it are read whatever they are.
 */
function calledResidual(tokens: readonly Token[], start: number): boolean {
  return cueBeforeOver(tokens, start, RESIDUAL_REACH, tokens[start]?.sentence, isResidualWord, anyToken) >= 0;
}
