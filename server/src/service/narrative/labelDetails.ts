import { PART_NOUNS } from './apposedPart';

/**
 * Each two neighbouring detail words together, then each word alone; with `anyDetail` false only the part nouns among them.
 * Pushed into one literal rather than spread from `map` into `filter`: an optimised `map` builds an array of
 * another map than the interpreted one, which sent the optimised label reader back to the interpreter.
 */
export function labelDetails(qualifiers: readonly string[], anyDetail: boolean): string[] {
  const details: string[] = [];
  const keep = (words: string): void => {
    if (anyDetail || PART_NOUNS.has(words)) details.push(words);
  };
  for (let index = 1; index < qualifiers.length; index++) keep(`${qualifiers[index - 1] ?? ''} ${qualifiers[index] ?? ''}`);
  for (const word of qualifiers) keep(word);
  return details;
}
