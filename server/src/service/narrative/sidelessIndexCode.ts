import type { CodeChoice } from './mapping';
import type { RawMention } from './rawMention';

/**
 * Round 23 (endocrine notes): a histology whose Index entry prints a complete code for the unspecified site is that code when
 * its words name no side. The printed Index gives "Pheochromocytoma — specified site, see Neoplasm, benign, by site —
 * unspecified site D35.00" (ANNOTATION.md, "A pheochromocytoma whose words name no site is D35.00"): the Index entry comes
 * before the Table's side-less cell (adrenal, medulla D35.0-), so an undecided side leaves no choice open. A side the
 * words or the note give ("L adrenal pheochromocytoma") keeps the Table's D35.01 / D35.02.
 */
/** A histology's Index entry for the unspecified site, with the code it prints there. */
interface SidelessIndexCode {
  readonly code: string;
  readonly entry: string;
}

const PHEOCHROMOCYTOMA: SidelessIndexCode = { code: 'D3500', entry: 'Pheochromocytoma, unspecified site' };

const SIDELESS_INDEX_CODES: ReadonlyMap<string, SidelessIndexCode> = new Map(
  ['pheochromocytoma', 'pheochromocytomas', 'pheo', 'pheos'].map((words) => [words, PHEOCHROMOCYTOMA]),
);

/** The Index's unspecified-site code for a benign histology whose side the Table left undecided, or the choice as it was. */
export function sidelessIndexChoice(mention: RawMention, choice: CodeChoice): CodeChoice {
  if (choice.code !== null || mention.column !== 'benign') return choice;
  const indexed = SIDELESS_INDEX_CODES.get(mention.histology?.words ?? '');
  if (indexed === undefined || !choice.candidates.includes(indexed.code)) return choice;
  const { code, entry } = indexed;
  return { ...choice, code, candidates: [], source: `Index: ${entry} ${code.slice(0, 3)}.${code.slice(3)}; ${choice.source}` };
}
