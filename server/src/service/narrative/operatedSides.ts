import type { Laterality } from './siteLexicon';
import type { Token } from './tokens';
import { WORD_CLASS } from './wordClasses';

/**
 * Sides written on an operation that removes one organ of a pair: "hx of RCC s/p L nephrectomy 2022",
 * "s/p right radical orchiectomy", "left mastectomy 2019". The side is the side of the organ the
 * operation removed, so the encounter documents it for that organ's cancer (encounterSites.ts) as a
 * sided diagnosis would.
 */

/** Operations on one organ of a pair, by the table path of the organ. */
export const OPERATION_ORGANS: ReadonlyMap<string, readonly string[]> = new Map([
  ['nephrectomy', ['kidney']], ['nephroureterectomy', ['kidney']], ['orchiectomy', ['testis']], ['orchidectomy', ['testis']],
  ['mastectomy', ['breast']], ['lumpectomy', ['breast']], ['oophorectomy', ['ovary']], ['pneumonectomy', ['lung']], ['adrenalectomy', ['adrenal']],
]);

/** The length of the shortest operation word: most tokens are shorter, and so need no map look-up. */
const SHORTEST_OPERATION = Math.min(...[...OPERATION_ORGANS.keys()].map((word) => word.length));

/** Words that may stand between the side and the operation ("left radical nephrectomy", "R partial nephrectomy"). */
const OPERATION_MODIFIERS = new Set(['radical', 'partial', 'simple', 'total', 'modified', 'completion', 'robotic', 'laparoscopic', 'lap', 'open', 'inguinal', 'skin-sparing', 'nipple-sparing']);

const SIDES: ReadonlyMap<string, Laterality> = new Map<string, Laterality>([['right', 'right'], ['left', 'left'], ['rt', 'right'], ['lt', 'left']]);

export interface OperatedSide {
  readonly organ: readonly string[];
  readonly side: Laterality;
}

/** Each sided operation of the encounter, in one pass over its tokens (a map look-up per token). */
export function operatedSides(tokens: readonly Token[]): OperatedSide[] {
  const found: OperatedSide[] = [];
  for (let position = 1; position < tokens.length; position++) {
    const operation = tokens[position];
    // Most words name no operation: their word class says so without a look-up.
    if (operation === undefined || (operation.classes & WORD_CLASS.operation) === 0) continue;
    const word = operation.norm;
    const organ = word.length < SHORTEST_OPERATION ? undefined : OPERATION_ORGANS.get(word);
    if (organ === undefined) continue;
    const side = sideOfOperation(tokens, position);
    if (side !== undefined) found.push({ organ, side });
  }
  return found;
}

/** The side written before the operation word at `position`, over its modifiers ("R radical orchiectomy"). */
function sideOfOperation(tokens: readonly Token[], position: number): Laterality | undefined {
  let before = position - 1;
  while (before > position - 3 && OPERATION_MODIFIERS.has(tokens[before]?.norm ?? '')) before--;
  const token = tokens[before];
  return token === undefined ? undefined : token.raw === 'R' ? 'right' : token.raw === 'L' ? 'left' : SIDES.get(token.norm);
}

/** How many tokens before a finding its sample's operation may be written ("Path (R radical orchiectomy): Seminoma"), a parenthesis not counted. */
const SAMPLE_REACH = 8;
/** How many tokens, a parenthesis's counted too, the look for the sample's operation reads at most: the reader stays linear. */
const SAMPLE_STEPS = 24;

/**
 * The side of the operation on the organ written just before a finding in its sentence, its sample's label ("Path (R radical
 * orchiectomy): Seminoma, classic type, … confined to testis"): the organ removed is the finding's, whatever side the text before names.
 * A parenthesis in the label dates or signs the operation ("Right partial mastectomy + SLNB 09/03/2026 (Dr. Whitfield): IDC"), so
 * its words do not count against the reach.
 */
export function operatedSideBefore(tokens: readonly Token[], start: number, organ: string | undefined): Laterality | undefined {
  const sentence = tokens[start]?.sentence;
  let counted = 0;
  let depth = 0;
  for (let position = start - 1; position >= Math.max(1, start - SAMPLE_STEPS) && counted < SAMPLE_REACH && tokens[position]?.sentence === sentence; position--) {
    const operation = tokens[position];
    if (operation?.norm === ')') depth++;
    else if (operation?.norm === '(' && depth > 0) depth--;
    else if (depth === 0) counted++;
    if (operation === undefined || (operation.classes & WORD_CLASS.operation) === 0 || OPERATION_ORGANS.get(operation.norm)?.[0] !== organ) continue;
    return sideOfOperation(tokens, position);
  }
  return undefined;
}
