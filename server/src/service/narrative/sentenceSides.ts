import type { Token } from './tokens';

/** Whether a mention's sentence names the brain side, the spine side, both or neither. */
export interface SentenceSides {
  readonly brain: boolean;
  readonly spine: boolean;
}

/**
 * Reads the tokens of the sentence of `[from, to)` within `reach` either side and asks each whether it
 * names the brain or the spine: the meninges and the dura both have a cerebral and a spinal row in the
 * Table of Neoplasms (C79.32 / C79.49), and the words around a mention decide which it is.
 */
export function sentenceSides(
  tokens: readonly Token[], from: number, to: number, reach: number,
  namesBrain: (position: number) => boolean, namesSpine: (position: number) => boolean,
): SentenceSides {
  const sentence = tokens[from]?.sentence;
  let brain = false;
  let spine = false;
  for (let position = Math.max(0, from - reach); position < Math.min(tokens.length, to + reach); position++) {
    if (tokens[position]?.sentence !== sentence) continue;
    brain ||= namesBrain(position);
    spine ||= namesSpine(position);
  }
  return { brain, spine };
}
