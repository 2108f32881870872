/**
 * A word or punctuation token of an encounter (`tokens.ts` makes them), in a module of its own so that
 * the token buffer the tokenizer fills can name it without an import cycle.
 */
export interface Token {
  readonly start: number;
  readonly end: number;
  /** The token in lower case ("rul", "s/p", "non-small"). */
  readonly norm: string;
  /** The token as written. */
  readonly raw: string;
  readonly sentence: number;
  readonly punct: boolean;
  /**
   * The word's classes (`wordClasses.ts`), bits that let a pass turn the token away without testing it:
   * a clear bit of a lexicon says the word starts none of its phrases, so the phrase matcher need not
   * look it up. Every bit is set when the tokenizer was given no words to classify by.
   */
  readonly classes: number;
}
