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
  const { id, title, level, parent, nemod, see, seeAlso, manif, cells } = parts;
  return {
    id,
    title,
    level,
    parent,
    ...(nemod ? { nemod } : {}),
    ...(see ? { see } : {}),
    ...(seeAlso ? { seeAlso } : {}),
    ...(manif ? { manif } : {}),
    cells,
  };
}
