import { dotlessCodePattern, splitLines, stripBom } from './problems';
import type { ImportProblem } from './problems';

/**
 * Importer for the official order addenda (`icd10cm_order_addenda_YYYY.txt`): the code-level
 * changes from the previous fiscal year. Change lines are
 * `<action padded to 13><flag 0|1> <code padded to 7> <short title padded to 60> <long title>` with the
 * actions `Add:`, `Delete:`, `Revise from:` and `Revise to:`; NCHS's summary block closes the file.
 */

/** The four actions of an addenda line. */
export type AddendaAction = 'add' | 'delete' | 'reviseFrom' | 'reviseTo';

/** One change line. */
export interface AddendaChange {
  readonly action: AddendaAction;
  readonly billable: boolean;
  readonly code: string;
  readonly shortTitle: string;
  readonly longTitle: string;
  /** 1-based line in the addenda file. */
  readonly line: number;
}

/** The counts NCHS states in the closing summary, when present. */
export interface AddendaSummary {
  /** Billable codes per order file year, e.g. `{ 2026: 74719, 2027: 74879 }`. */
  readonly codes: Readonly<Record<number, number>>;
  /** Header rows per order file year. */
  readonly headers: Readonly<Record<number, number>>;
}

export interface OrderAddendaResult {
  readonly changes: readonly AddendaChange[];
  readonly summary: AddendaSummary;
  readonly problems: readonly ImportProblem[];
}

const actions: ReadonlyArray<[string, AddendaAction]> = [
  ['Revise from:', 'reviseFrom'],
  ['Revise to:', 'reviseTo'],
  ['Delete:', 'delete'],
  ['Add:', 'add'],
];

const summaryPattern = /^\s*([0-9]+)\s+(codes|headers) in icd10cm[-_]order[-_]([0-9]{4})\.txt\s*$/i;

/** Parses the text of an official order addenda file. */
export function parseOrderAddenda(text: string): OrderAddendaResult {
  const changes: AddendaChange[] = [];
  const problems: ImportProblem[] = [];
  const codes: Record<number, number> = {};
  const headers: Record<number, number> = {};
  const lines = splitLines(stripBom(text));
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    const lineNumber = index + 1;
    const action = actions.find(([prefix]) => line.startsWith(prefix));
    if (!action) {
      const summary = summaryPattern.exec(line);
      if (summary) (summary[2]?.toLowerCase() === 'codes' ? codes : headers)[Number(summary[3])] = Number(summary[1]);
      continue;
    }
    // Fields are fixed width after the 13-character action column.
    const flag = line.charAt(13);
    const code = line.slice(15, 22).trimEnd();
    if (line.charAt(14) !== ' ' || (flag !== '0' && flag !== '1')) {
      problems.push({ line: lineNumber, message: `expected a billable flag 0 or 1 in column 14 after "${action[0]}"` });
      continue;
    }
    if (!dotlessCodePattern.test(code)) {
      problems.push({ line: lineNumber, message: `"${code}" is not a dotless ICD-10-CM code` });
      continue;
    }
    const longTitle = line.slice(84).trim();
    if (longTitle === '') {
      problems.push({ line: lineNumber, message: `code ${code} has no long title` });
      continue;
    }
    changes.push({ action: action[1], billable: flag === '1', code, shortTitle: line.slice(23, 83).trim(), longTitle, line: lineNumber });
  }
  return { changes, summary: { codes, headers }, problems };
}

/**
 * Applies the billable changes of an addenda to the previous year's billable list (code → long
 * title) and returns the new year's list. Header changes do not touch the billable list; a
 * billable `Delete` paired with a header `Add` is a demotion and leaves the code a header.
 */
export function applyAddenda(previous: ReadonlyMap<string, string>, changes: readonly AddendaChange[]): { billable: Map<string, string>; problems: ImportProblem[] } {
  const billable = new Map(previous);
  const problems: ImportProblem[] = [];
  for (const change of changes) {
    if (!change.billable) continue;
    if (change.action === 'delete') {
      if (!billable.delete(change.code)) problems.push({ line: change.line, message: `deleted code ${change.code} is not in the previous year's billable list` });
    } else if (change.action === 'add') {
      if (billable.has(change.code)) problems.push({ line: change.line, message: `added code ${change.code} is already in the previous year's billable list` });
      billable.set(change.code, change.longTitle);
    } else if (change.action === 'reviseTo') {
      if (!billable.has(change.code)) problems.push({ line: change.line, message: `revised code ${change.code} is not in the previous year's billable list` });
      billable.set(change.code, change.longTitle);
    }
  }
  return { billable, problems };
}
