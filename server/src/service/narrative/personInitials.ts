import { isAsciiUpper } from './charCodes';
import type { TokenBuffer } from './tokenBuffer';

/**
 * "FNA L parotid (our cytopath, Dr. R. Ahn):", "Sincerely, Dr. P. Raghunathan": the full stop of a person's initial after a
 * title ends no sentence, so the label around the name still labels the findings after it.
 */

/** Titles written before a person's name. */
const TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'prof']);

/** Whether the full stop just pushed closes a capital initial that a title stands right before ("Dr. R.", "Dr R."). */
export function isPersonInitialStop(buffer: TokenBuffer): boolean {
  const initial = buffer.last(1);
  if (initial === undefined || initial.raw.length !== 1 || !isAsciiUpper(initial.raw.charCodeAt(0))) return false;
  const before = buffer.last(2);
  const title = before?.norm === '.' ? buffer.last(3) : before;
  return title !== undefined && TITLES.has(title.norm);
}
