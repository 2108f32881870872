import type { AssertionResult } from './assertion';
import type { RawMention } from './rawMention';
import type { Token } from './token';

/**
 * "Screening for breast cancer will begin age 20 (MRI), brain tumors (annual MRI), sarcomas (WBMRI), leukemia (CBC)": a
 * screening plan lists what it looks for, each item with its study in parentheses, and every item is looked for, not found
 * (ANNOTATION.md, "Codes by assertion": "a screening or surveillance *for*" is hypothetical; d541). A cue's scope stops after a
 * few words, so a long list outruns it; this pass carries the screening from one item to the next while the list keeps that
 * shape: the item before ends in its parenthesis, the next opens after a comma or "and" and closes with its own parenthesis,
 * and at most a few plain words (an item that names no diagnosis: "sarcomas (WBMRI)") stand between. Each mention looks
 * only at the gap to the one before it, bounded by `GAP_TOKENS`, so the pass stays linear.
 */
export function withScreeningListCarried(tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[]): AssertionResult[] {
  const carried = [...assertions];
  raw.forEach((mention, index) => {
    const before = raw[index - 1];
    const lead = carried[index - 1];
    const own = carried[index];
    if (before === undefined || lead === undefined || own === undefined || !plain(own) || !screening(lead)) return;
    if (listedAfter(tokens, before, mention)) carried[index] = lead;
  });
  return carried;
}

const GAP_TOKENS = 16;
const PLAIN_WORDS = 2;

/** The screening and surveillance leads whose list this pass continues (`assertionTriggers.ts`). */
const SCREENING_LEADS: ReadonlySet<string> = new Set(['screening for', 'screen for', 'to screen for', 'surveillance for']);

function screening(assertion: AssertionResult): boolean {
  return assertion.assertion === 'hypothetical' && SCREENING_LEADS.has(assertion.evidence?.trigger ?? '');
}

function plain(assertion: AssertionResult): boolean {
  return assertion.assertion === 'present' && assertion.evidence === undefined && assertion.otherExperiencer !== true;
}

/** Whether `mention` is the next item of the list `before` is an item of, in the same sentence. */
function listedAfter(tokens: readonly Token[], before: RawMention, mention: RawMention): boolean {
  const first = tokens[mention.start];
  if (first === undefined || tokens[before.end - 1]?.sentence !== first.sentence) return false;
  if (mention.start - before.end > GAP_TOKENS || tokens[before.end]?.norm !== '(' || tokens[mention.end]?.norm !== '(') return false;
  if (!SEPARATORS.has(tokens[mention.start - 1]?.norm ?? '')) return false;
  let depth = 0;
  let words = 0;
  for (let at = before.end; at < mention.start; at += 1) {
    const norm = tokens[at]?.norm ?? '';
    if (norm === '(') depth += 1;
    else if (norm === ')') depth -= 1;
    else if (depth === 0 && !SEPARATORS.has(norm)) words += 1;
    if (depth < 0 || words > PLAIN_WORDS) return false;
  }
  return depth === 0;
}

const SEPARATORS: ReadonlySet<string> = new Set([',', 'and', 'or']);
