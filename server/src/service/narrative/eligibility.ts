import type { Span } from '../spans';
import { spanOf } from '../spans';
import type { AssertionEvidence } from './model';
import type { AssertionResult } from './assertion';
import { columnNamed, evidenceAt, walkTables } from './tableCells';

/**
 * A clinical trial's eligibility table ("| # | Criterion | Met | Source |", or the same columns
 * separated by tabs): the text of its Criterion column describes the trial's population ("Known
 * active CNS metastases", "Additional malignancy … within the past 3 years"), not this patient, so
 * every diagnosis written there is hypothetical (ConText's hypothetical: a condition spoken of, not
 * asserted). The other columns ("Met", "Source / comment": "DCIS 2015, tx done 2020") are the
 * patient's own and keep their usual reading. The table is found by a header cell that names the
 * criterion column; it ends at the first line that is no row of it.
 */

/** A header cell that names the column of criteria. */
const CRITERION_HEADER = /^(?:(?:inclusion|exclusion|eligibility|key)\s+)?criteri(?:on|a)$/i;
/**
 * A header cell that names a column of risks, as a survivorship care plan's late-effects table does ("| Risk | Why | What /
 * when |" over "| Breast cancer | chest RT before age 30 | annual mammogram |"): the diseases listed are risks, hypothetical
 * (ANNOTATION.md), as "risk of breast cancer" is.
 */
const RISK_HEADER = /^(?:(?:potential|possible)\s+)?(?:risks?|late\s+effects?)$/i;
/** The words every header cell of those columns holds: outside a table, only a line with one can open one. */
const HEADER_WORD = /criteri|risk|late\s+effect/gi;

/**
 * The "Met" column of an eligibility table and its yes ("| No active second malignancy (except NMSC or CIS) | Y |"): a criterion
 * answered for the patient is about the patient (ANNOTATION.md, "A clinical-trial eligibility criterion answered for the patient"),
 * so its words keep their own reading ("No active second malignancy" denied), while the exceptions written inside it ("except NMSC
 * or CIS") stay the protocol's, hypothetical. A "N" denies the criterion's words for the patient ("| Known active CNS metastases |
 * N |": negated, ANNOTATION.md round 16, "A named cancer or a prior malignancy denied by the answer is negated"), its exceptions
 * again staying the protocol's; an unanswered criterion stays hypothetical.
 */
const MET_HEADER = /^met\s*\??$/i;
const MET = /^\s*(?:y|yes|met|\[x\])\s*$/i;
const NOT_MET = /^\s*(?:n|no|not\s+met)\s*$/i;
/** A criterion written as an absence ("No CNS involvement by myeloma"): answered "N", it would affirm the disease, so it stays hypothetical. */
const ABSENCE_CRITERION = /^\s*(?:no|not|without|absence)\b/i;
/** The trigger of a criterion the table answers "N" for the patient: the reader reads its words as denied. */
export const DENIED_CRITERION = 'eligibility criterion answered no';
const EXCEPTION = /\b(?:except|excluding|other than)\b/i;

/** The part of a criterion cell from its exception on ("except NMSC or CIS)"), or undefined when it has none. */
function exceptionsOf(text: string, cell: readonly [number, number]): readonly [number, number] | undefined {
  const found = EXCEPTION.exec(text.slice(cell[0], cell[1]));
  return found === null ? undefined : [cell[0] + found.index, cell[1]];
}

export interface CriterionCells {
  /** The cells of a criterion column, as `[start, end)` offsets in ascending order. */
  readonly cells: readonly (readonly [number, number])[];
  readonly evidence: readonly AssertionEvidence[];
}

/** The criterion and risk cells of the tables in `[from, to)` of `text`, found in one pass over its lines. */
export function findCriterionCells(text: string, from: number, to: number): CriterionCells {
  const cells: (readonly [number, number])[] = [];
  const evidence: AssertionEvidence[] = [];
  // The open table's header cell and what it makes of its column, set by each header row the walk finds.
  let header: Span | undefined;
  let trigger = 'eligibility criterion';
  let metColumn = -1;
  walkTables(text, new RegExp(HEADER_WORD), from, to, {
    headerColumn: (row) => {
      let column = columnNamed(text, row, CRITERION_HEADER);
      metColumn = column < 0 ? -1 : columnNamed(text, row, MET_HEADER);
      trigger = 'eligibility criterion';
      if (column < 0) {
        column = columnNamed(text, row, RISK_HEADER);
        trigger = 'risk';
      }
      const named = row[column];
      header = named === undefined ? undefined : trimmed(text, named[0], named[1]);
      return column;
    },
    bodyRow: (row, column) => {
      const cell = row[column];
      if (cell === undefined || header === undefined) return;
      const answer = row[metColumn];
      const answered = answer === undefined ? '' : text.slice(answer[0], answer[1]);
      const exceptions = exceptionsOf(text, cell);
      // A criterion answered "N" denies its words up to its exceptions, which stay the protocol's.
      const denied = trigger === 'eligibility criterion' && NOT_MET.test(answered) && !ABSENCE_CRITERION.test(text.slice(cell[0], cell[1]));
      if (denied) {
        cells.push([cell[0], exceptions?.[0] ?? cell[1]]);
        evidence.push({ trigger: DENIED_CRITERION, span: header });
      }
      // A criterion answered "Y" is the record's statement about the patient: only its exceptions stay the protocol's.
      const hypothetical = MET.test(answered) || denied ? exceptions : cell;
      if (hypothetical === undefined) return;
      cells.push(hypothetical);
      evidence.push({ trigger, span: header });
    },
  });
  return { cells, evidence };
}

/** Whether the criterion cell's evidence is a criterion the table answers "N" for the patient. */
export function answeredNo(criterion: AssertionEvidence): boolean {
  return criterion.trigger === DENIED_CRITERION;
}

/**
 * The reading of a diagnosis in a criterion answered "N", from the reading its own words give: denied ("Prior malignancy within
 * 3 years | N": the history it names is denied, Z85.9 negated, as queryOptions.ts reads an unchecked option).
 */
export function deniedCriterionReading(criterion: AssertionEvidence, read: AssertionResult): AssertionResult {
  return read.assertion === 'history' ? { assertion: 'negated', evidence: criterion, historyNegated: true } : { assertion: 'negated', evidence: criterion };
}

/** The evidence of the criterion cell holding `offset`, if any. */
export function criterionAt(found: CriterionCells, offset: number): AssertionEvidence | undefined {
  return evidenceAt(found.cells, found.evidence, offset);
}

/** The span of a cell without its padding. */
function trimmed(text: string, start: number, end: number): Span {
  let first = start;
  let last = end;
  while (first < last && text.charCodeAt(first) <= 0x20) first++;
  while (last > first && text.charCodeAt(last - 1) <= 0x20) last--;
  return spanOf(first, last);
}
