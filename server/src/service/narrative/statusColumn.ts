import type { AssertionEvidence } from './model';
import { spanOf } from '../spans';
import { columnNamed, evidenceAt, walkTables } from './tableCells';

/**
 * A problem list pasted from an EHR as a table with a status column ("| Problem | Onset | Status |" over "| Papillary
 * thyroid ca s/p total thyroidectomy + RAI | 2008 | Resolved |"): a row the table marks resolved, inactive or historical
 * names a condition that no longer exists, as the "RESOLVED / INACTIVE" part of a problem list does (Guideline I.C.2.d
 * for a malignancy; a removed benign one is Z86.01-). The other cells of such a row keep their own cues; an "Active" row
 * keeps the usual reading. The table is found by a header cell "Status" and ends at the first line that is no row of it.
 */

/** A header cell that names the status column ("Status", "Problem status"). */
const STATUS_HEADER = /^(?:problem\s+)?status$/i;
/** The header word: outside a table, only a line with it can open one. */
const HEADER_WORD = /status/gi;
/** Status cells that say the condition is gone. */
const PAST_STATUS = /^(?:resolved|inactive|historical|history|past|remote|hx)$/i;

export interface PastRows {
  /** The rows marked past, as `[start, end)` offsets in ascending order. */
  readonly rows: readonly (readonly [number, number])[];
  readonly evidence: readonly AssertionEvidence[];
}

/** The rows of `[from, to)` of `text` that a status column marks past, found in one pass over its lines. */
export function findPastRows(text: string, from: number, to: number): PastRows {
  const rows: [number, number][] = [];
  const evidence: AssertionEvidence[] = [];
  walkTables(text, new RegExp(HEADER_WORD), from, to, {
    headerColumn: (cells) => columnNamed(text, cells, STATUS_HEADER),
    bodyRow: (cells, column, lineStart, lineEnd) => {
      const cell = cells[column];
      if (cell === undefined) return;
      const status = text.slice(cell[0], cell[1]).trim();
      if (!PAST_STATUS.test(status)) return;
      rows.push([lineStart, lineEnd]);
      const at = text.indexOf(status, cell[0]);
      evidence.push({ trigger: status.toLowerCase(), span: spanOf(at, at + status.length) });
    },
  });
  return { rows, evidence };
}

/** The evidence of the past row holding `offset`, if any. */
export function pastRowAt(found: PastRows, offset: number): AssertionEvidence | undefined {
  return evidenceAt(found.rows, found.evidence, offset);
}
