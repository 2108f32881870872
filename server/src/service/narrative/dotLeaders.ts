import type { TokenBuffer } from './tokenBuffer';
import type { TokenWords } from './tokenWords';
import type { WordClassifier } from './wordClasses';
import { UNKNOWN_CLASSES } from './wordClasses';

/**
 * "Histologic Type .................. Acinar adenocarcinoma", "Margins .......... Negative for invasive carcinoma": a form's
 * dot leader joins a field's label to its value, as the colon of "Histologic Type: Acinar adenocarcinoma" does. Read as dots,
 * every full stop of it would end a sentence and cut the value from its label; so the run is one token, read as a colon.
 * A prose ellipsis ("concerning for... lymphoma") has three dots and stays as written.
 */

/** The fewest dots of a leader (a prognostic score's items are read by the same leader, `scoreItems.ts`). */
export const LEADER_DOTS = 4;

/** Where the dot leader starting at `at` ends, or -1 when the full stop there opens none (fewer than four dots before `end`). */
export function dotLeaderEnd(text: string, at: number, end: number): number {
  let after = at;
  while (after < end && text.charCodeAt(after) === 0x2e /* . */) after++;
  return after - at >= LEADER_DOTS ? after : -1;
}

/** Adds the leader `[start, end)` as a colon token: with the context's interned colon when there is a word table. */
export function addDotLeader(buffer: TokenBuffer, table: TokenWords | undefined, classify: WordClassifier | undefined, start: number, end: number, sentence: number): void {
  const entry = table === undefined ? -1 : table.entryOf(':', 0, 1, false);
  if (table !== undefined && entry >= 0) buffer.add(start, end, table.norm(entry), table.raw(entry), sentence, true, table.classes(entry));
  else buffer.add(start, end, ':', ':', sentence, true, classify === undefined ? UNKNOWN_CLASSES : classify(':', ':'));
}
