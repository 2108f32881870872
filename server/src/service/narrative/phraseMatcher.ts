import type { Token } from './tokens';
import { ANY_LEXICON } from './wordClasses';
import { internalized } from './tokenWords';

/**
 * Finds the longest lexicon phrase that starts at a token. Phrases are lower-case words separated by
 * single spaces, each word one token of `tokens.ts` ("upper outer quadrant", "s/p"). The matcher is built
 * once per reader context; a look-up costs the length of the longest phrase that starts with the token.
 * A token whose word classes say it starts none of the matcher's phrases (its `bit` is clear) is turned
 * away before the map look-up.
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, { words: readonly string[]; value: T }[]>();

  /**
   * `bit`: the matcher's lexicon class (`wordClasses.ts`), which the context's word classes set for the
   * first words of its phrases; by default any lexicon's, so only a word that starts no phrase of any
   * lexicon is turned away without a look-up.
   */
  constructor(entries: readonly T[], wordsOf: (entry: T) => string, readonly bit: number = ANY_LEXICON) {
    for (const entry of entries) {
      // The words are kept as V8 interns them, as the context's token words are: equal words are then the same string.
      const words = wordsOf(entry).split(' ').map(internalized);
      const first = words[0] ?? '';
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ words, value: entry });
      this.byFirstWord.set(first, list);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The first words of the phrases, for the word classes of the reader context. */
  firstWords(): IterableIterator<string> {
    return this.byFirstWord.keys();
  }

  /** The longest entry matching at `index` (words compared with `Token.norm`), and the index after it. */
  matchAt(tokens: readonly Token[], index: number): { value: T; end: number } | undefined {
    const first = tokens[index];
    if (first === undefined || (first.classes & this.bit) === 0) return undefined;
    const candidates = this.byFirstWord.get(first.norm);
    if (candidates === undefined) return undefined;
    for (const candidate of candidates) {
      if (this.matches(tokens, index, candidate.words)) return { value: candidate.value, end: index + candidate.words.length };
    }
    return undefined;
  }

  /** Whether the words after a candidate's first (which the map look-up matched already) follow at `index`, in its sentence. */
  private matches(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
    const sentence = tokens[index]?.sentence;
    for (let offset = 1; offset < words.length; offset++) {
      const token = tokens[index + offset];
      if (token === undefined || token.norm !== words[offset] || token.sentence !== sentence) return false;
    }
    return true;
  }
}
