import type { NeoplasmRow } from './model';

/** The parts of a row, with empty or absent texts for what the table does not print. */
export interface NeoplasmRowParts {
  readonly id: number;
  readonly title: string;
  readonly level: number;
  readonly parent: number | undefined;
  readonly nemod?: string | undefined;
  readonly see?: string | undefined;
  readonly seeAlso?: string | undefined;
  readonly manif?: string | undefined;
  readonly cells: NeoplasmRow['cells'];
}

/**
 * A row whose optional texts are present only when the table prints them, so rows read from the XML
 * and rows read back from the index compare equal.
 */
export function neoplasmRow(parts: NeoplasmRowParts): NeoplasmRow {
  // Assigned one by one rather than spread: the table makes about 2,000 rows on its first use, and
  // this runs before the engine has optimised it.
  const row: { -readonly [K in keyof NeoplasmRow]: NeoplasmRow[K] } = { id: parts.id, title: parts.title, level: parts.level, parent: parts.parent, cells: parts.cells };
  if (parts.nemod) row.nemod = parts.nemod;
  if (parts.see) row.see = parts.see;
  if (parts.seeAlso) row.seeAlso = parts.seeAlso;
  if (parts.manif) row.manif = parts.manif;
  return row;
}
