import type { AssertionResult } from './assertion';
import type { RawMention } from './rawMention';
import type { Token } from './tokens';

/**
 * "PMH: Laryngeal SCC as above": a diagnosis that points back to where the note described it takes the
 * assertion the note gave it there. When the earlier mention of the same category is history ("Dx: SCC
 * of the R true vocal cord, s/p XRT completed 1/2025"), the pointer is history too; otherwise the
 * pointer's own cue ("as above" is an active cue) keeps it current, as before.
 */

/** Phrases after a diagnosis that point back to an earlier description of it. */
const POINTERS: readonly (readonly string[])[] = [['as', 'above'], ['see', 'above'], ['as', 'noted', 'above'], ['as', 'described', 'above'], ['see', 'hpi'], ['per', 'hpi']];
/** How many tokens after the mention the pointer may start. */
const POINTER_GAP = 2;
/** How many earlier mentions are searched for the one pointed to. */
const LOOK_BACK_MENTIONS = 40;

/**
 * The assertions with each pointing mention given the history of the earlier mention it points to.
 * `categoryOf` gives a mention's code category as if present (its first three characters), or undefined.
 */
export function withPointersResolved(
  tokens: readonly Token[], raw: readonly RawMention[], assertions: readonly AssertionResult[], categoryOf: (mention: RawMention) => string | undefined,
): AssertionResult[] {
  // Each mention's category is computed at most once, and only near a pointer.
  const categories = new Map<number, string | undefined>();
  const category = (index: number): string | undefined => {
    if (!categories.has(index)) categories.set(index, raw[index] === undefined ? undefined : categoryOf(raw[index] as RawMention));
    return categories.get(index);
  };
  return assertions.map((assertion, index) => {
    const mention = raw[index];
    if (mention === undefined || assertion.assertion !== 'present' || !pointsBack(tokens, mention.end)) return assertion;
    const own = category(index);
    if (own === undefined) return assertion;
    for (let earlier = index - 1; earlier >= Math.max(0, index - LOOK_BACK_MENTIONS); earlier--) {
      // A worry or a weighed reading of the disease ("asked whether this means the cancer is back") describes nothing to point back to.
      if (category(earlier) !== own || assertions[earlier]?.assertion === 'uncertain' || assertions[earlier]?.assertion === 'hypothetical') continue;
      const told = assertions[earlier];
      return told?.assertion === 'history' ? told : assertion;
    }
    return assertion;
  });
}

/** Whether a pointer back ("as above", "see HPI") follows the diagnosis ending before token `end`. */
export function pointsBack(tokens: readonly Token[], end: number): boolean {
  const sentence = tokens[end - 1]?.sentence;
  return pointerFrom(tokens, end, sentence) || pointerFrom(tokens, pastFlag(tokens, end, sentence), sentence);
}

/** Whether a pointer begins within `POINTER_GAP` tokens of `from`, within the sentence. */
function pointerFrom(tokens: readonly Token[], from: number, sentence: number | undefined): boolean {
  for (let start = from; start <= from + POINTER_GAP; start++) {
    for (let pointer = 0; pointer < POINTERS.length; pointer++) if (writtenAt(tokens, start, POINTERS[pointer] ?? [], sentence)) return true;
  }
  return false;
}

/** How many tokens a flag in parentheses right after the diagnosis may hold ("(HCC)", "(CMS-HCC)"). */
const FLAG_LENGTH = 3;

/**
 * Where the pointer may begin: after an EHR flag in parentheses and the dash after it ("Breast cancer (HCC) - see above"):
 * the flag (hierarchical condition category) is no word of the item, so the pointer after it is still the diagnosis's own.
 */
function pastFlag(tokens: readonly Token[], end: number, sentence: number | undefined): number {
  if (tokens[end]?.norm !== '(') return end;
  for (let close = end + 1; close <= end + FLAG_LENGTH + 1; close++) {
    const token = tokens[close];
    if (token === undefined || token.sentence !== sentence) return end;
    if (token.norm === ')') return tokens[close + 1]?.norm === '-' ? close + 2 : close + 1;
  }
  return end;
}

/** Whether `words` are written from `start` on, within the sentence. */
function writtenAt(tokens: readonly Token[], start: number, words: readonly string[], sentence: number | undefined): boolean {
  for (let offset = 0; offset < words.length; offset++) {
    const token = tokens[start + offset];
    if (token === undefined || token.norm !== words[offset] || token.sentence !== sentence) return false;
  }
  return true;
}
