import { sentenceStart } from './contextNodeRegion';
import { lateralityAt } from './siteFinder';
import type { Laterality } from './siteLexicon';
import type { Token } from './tokens';

/**
 * "RIGHT: 6 mm oval circumscribed mass at 7:00 …, likely fibroadenoma", "L: no suspicious enhancement": a
 * report line that opens with a side and a colon is about that side of the organ the report images, so a
 * finding on the line with no side of its own takes it, before any side written further back.
 */

/** The side the line of the token at `index` opens with ("RIGHT:", "R:"; the letters only in capitals), if any. */
export function sideLabelAt(tokens: readonly Token[], index: number): Laterality | undefined {
  let first = sentenceStart(tokens, index);
  if (tokens[first]?.norm === '-' || tokens[first]?.norm === '*') first++;
  if (tokens[first] === undefined || tokens[first + 1]?.norm !== ':' || first + 1 >= index) return undefined;
  // The side words of sites ("R", "rt", "left"); a "BILATERAL:" line names no one side to lend.
  const side = lateralityAt(tokens, first);
  return side === 'bilateral' ? undefined : side;
}
