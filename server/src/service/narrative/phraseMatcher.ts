import type { Token } from './tokens';
import { ANY_LEXICON } from './wordClasses';
import { internalized } from './tokenWords';
import { foldedWord } from './charCodes';
import { british } from './britishSpellings';

/**
 * Finds the longest lexicon phrase that starts at a token. Phrases are lower-case words separated by
 * single spaces, each word one token of `tokens.ts` ("upper outer quadrant", "s/p"). The matcher is built
 * once per reader context; a look-up costs one map step per word of the longest phrase that starts with the token.
 * A token whose word classes say it starts none of the matcher's phrases (its `bit` is clear) is turned
 * away before the map look-up.
 */
export class PhraseMatcher<T> {
  /**
   * The phrases as a tree of words, one root per first word: a look-up walks one map step per word of the text
   * instead of trying each phrase that shares the first word (the trigger lexicon has dozens behind "no").
   */
  private readonly byFirstWord = new Map<string, PhraseNode<T>>();

  /**
   * `bit`: the matcher's lexicon class (`wordClasses.ts`), which the context's word classes set for the
   * first words of its phrases; by default any lexicon's, so only a word that starts no phrase of any
   * lexicon is turned away without a look-up.
   */
  constructor(entries: readonly T[], wordsOf: (entry: T) => string, readonly bit: number = ANY_LEXICON) {
    for (const entry of entries) this.add(wordsOf(entry), entry);
    // Every phrase is also read in its British spelling ("caecal", "localised", "haemorrhage"), after all the phrases as written,
    // so that a lexicon that lists both spellings keeps its own entry for each: the spelling is one table, not one per lexicon.
    for (const entry of entries) {
      const words = wordsOf(entry);
      const britishWords = british(words);
      if (britishWords !== words) this.add(britishWords, entry);
    }
  }

  private add(words: string, entry: T): void {
    // The words are kept as V8 interns them, as the context's token words are: equal words are then the same string. A
    // diacritic is left out, as the tokenizer leaves it out of a token's norm ("sézary" is read as "sezary").
    const [first = '', ...rest] = words.split(' ').map((word) => internalized(foldedWord(word)));
    let node = this.byFirstWord.get(first);
    if (node === undefined) {
      node = new PhraseNode<T>();
      this.byFirstWord.set(first, node);
    }
    for (const word of rest) node = node.child(word);
    // Of two entries with the same words, the first given is the one found.
    node.entry ??= { value: entry };
  }

  /** The first words of the phrases, for the word classes of the reader context. */
  firstWords(): IterableIterator<string> {
    return this.byFirstWord.keys();
  }

  /** The longest entry matching at `index` (words compared with `Token.norm`, all in its sentence), and the index after it. */
  matchAt(tokens: readonly Token[], index: number): { value: T; end: number } | undefined {
    const first = tokens[index];
    if (first === undefined || (first.classes & this.bit) === 0) return undefined;
    let node = this.byFirstWord.get(first.norm);
    let found = node?.entry;
    let end = index + 1;
    for (let next = index + 1; node?.children !== undefined; next++) {
      const token = tokens[next];
      if (token === undefined || token.sentence !== first.sentence) break;
      node = node.children.get(token.norm);
      if (node?.entry !== undefined) {
        found = node.entry;
        end = next + 1;
      }
    }
    return found === undefined ? undefined : { value: found.value, end };
  }
}

/** The phrases that share their first words: the entry those words make, if any, and the words that may follow. */
class PhraseNode<T> {
  entry: { readonly value: T } | undefined = undefined;
  children: Map<string, PhraseNode<T>> | undefined = undefined;

  child(word: string): PhraseNode<T> {
    this.children ??= new Map();
    let node = this.children.get(word);
    if (node === undefined) {
      node = new PhraseNode<T>();
      this.children.set(word, node);
    }
    return node;
  }
}
