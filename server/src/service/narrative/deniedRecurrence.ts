import { lastAtOrBefore } from '../sortedSearch';
import { spanOf } from '../spans';
import type { AssertionIndex, AssertionResult } from './assertion';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * A recurrence read at its site is denied by the words that end on it: "No recurrence in the R nephrectomy bed", "L
 * nephrectomy bed w/o recurrence", "no recurrence in the liver". Those words are also the course cue that makes an earlier
 * cancer history ("Colon ca s/p resection, no recurrence": Guideline I.C.2.d), and as one phrase they hid the "no" from the
 * recurrence itself, which was read as present. A recurrence with a site is a mention with the words' own assertion
 * (ANNOTATION.md, "A recurrence at a named site, affirmed or denied, is a mention").
 */

/** The words that open a course cue and deny what follows them. */
const DENIALS = new Set(['no', 'without', 'w/o']);
/** How many trigger words before the recurrence word a denial may open ("no evidence of local recurrence"). */
const CUE_WORDS = 5;

/** The negated reading of a recurrence mention whose own word closes a history cue opened by a denial, else undefined. */
export function deniedRecurrence(tokens: readonly Token[], index: AssertionIndex, mention: RawMention): AssertionResult | undefined {
  if (mention.histology?.nodesOnly !== true || mention.site === undefined) return undefined;
  const last = lastAtOrBefore(index.hitStarts, index.hitStarts.length, mention.anchorStart);
  for (let position = last; position >= 0 && position > last - CUE_WORDS; position--) {
    const hit = index.hits[position];
    if (hit === undefined || hit.start < mention.anchorStart - CUE_WORDS) return undefined;
    if (hit.end !== mention.anchorEnd || hit.trigger.assertion !== 'history' || !DENIALS.has(tokens[hit.start]?.norm ?? '')) continue;
    const first = tokens[hit.start];
    const final = tokens[hit.end - 1];
    return first === undefined || final === undefined ? undefined : { assertion: 'negated', evidence: { trigger: hit.trigger.words, span: spanOf(first.start, final.end) } };
  }
  return undefined;
}
