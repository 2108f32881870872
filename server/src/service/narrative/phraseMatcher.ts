import type { Token } from './tokens';

/**
 * Finds the longest lexicon phrase that starts at a token. Phrases are lower-case words separated by
 * single spaces, each word one token of `tokens.ts` ("upper outer quadrant", "s/p"). The matcher is built
 * once per reader context; a look-up costs the length of the longest phrase that starts with the token.
 */
export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, { words: readonly string[]; value: T }[]>();
  /**
   * A filter in front of the map: for each first character (its code modulo 128), a bit per length (31
   * for any longer) of the first words. A token that starts another lexicon's phrase is mostly turned
   * away here, which costs less than the map look-up it spares.
   */
  private readonly firstShapes = new Uint32Array(128);

  constructor(entries: readonly T[], wordsOf: (entry: T) => string) {
    for (const entry of entries) {
      const words = wordsOf(entry).split(' ');
      const first = words[0] ?? '';
      const list = this.byFirstWord.get(first) ?? [];
      list.push({ words, value: entry });
      this.byFirstWord.set(first, list);
      const slot = shapeSlot(first);
      this.firstShapes[slot] = (this.firstShapes[slot] ?? 0) | shapeBit(first);
    }
    for (const list of this.byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  }

  /** The first words of the phrases, for the tokenizer's `lexical` flag. */
  firstWords(): IterableIterator<string> {
    return this.byFirstWord.keys();
  }

  /** The longest entry matching at `index` (words compared with `Token.norm`), and the index after it. */
  matchAt(tokens: readonly Token[], index: number): { value: T; end: number } | undefined {
    const first = tokens[index];
    if (first === undefined || first.lexical === false || ((this.firstShapes[shapeSlot(first.norm)] ?? 0) & shapeBit(first.norm)) === 0) return undefined;
    const candidates = this.byFirstWord.get(first.norm);
    if (candidates === undefined) return undefined;
    for (const candidate of candidates) {
      if (this.matches(tokens, index, candidate.words)) return { value: candidate.value, end: index + candidate.words.length };
    }
    return undefined;
  }

  private matches(tokens: readonly Token[], index: number, words: readonly string[]): boolean {
    const sentence = tokens[index]?.sentence;
    for (let offset = 0; offset < words.length; offset++) {
      const token = tokens[index + offset];
      if (token === undefined || token.norm !== words[offset] || token.sentence !== sentence) return false;
    }
    return true;
  }
}

/** The filter slot of a word: its first character's code modulo 128 (0 for the empty word). */
function shapeSlot(word: string): number {
  return word.length === 0 ? 0 : word.charCodeAt(0) & 0x7f;
}

/** The filter bit of a word: one per length up to 30, the last for every longer word. */
function shapeBit(word: string): number {
  return 1 << Math.min(word.length, 31);
}
