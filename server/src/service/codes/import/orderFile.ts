import { dotlessCodePattern, splitLines, stripBom } from './problems';
import type { ImportProblem } from './problems';

/**
 * Importer for the official "order" file (`icd10cm-order-YYYY.txt`), fixed width:
 * order number (5) · space · dotless code padded to 7 · space · billable flag 0/1 · space ·
 * short title padded to 60 · space · long title. It lists headers (flag 0) as well as billable codes.
 */

/** One row of an order file. */
export interface OrderFileEntry {
  readonly order: number;
  readonly code: string;
  readonly billable: boolean;
  readonly shortTitle: string;
  readonly longTitle: string;
}

/** The rows of an order file, in file order, and the lines that could not be read. */
export interface OrderFileResult {
  readonly entries: readonly OrderFileEntry[];
  readonly problems: readonly ImportProblem[];
}

const orderPattern = /^[0-9]{5}$/;

/** Parses the text of an official order file. Blank lines are skipped; damaged rows are reported. */
export function parseOrderFile(text: string): OrderFileResult {
  const entries: OrderFileEntry[] = [];
  const problems: ImportProblem[] = [];
  const lines = splitLines(stripBom(text));
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    const orderText = line.slice(0, 5);
    const code = line.slice(6, 13).trimEnd();
    const flag = line.charAt(14);
    if (!orderPattern.test(orderText) || line.charAt(5) !== ' ' || line.charAt(13) !== ' ' || line.charAt(15) !== ' ') {
      problems.push({ line: lineNumber, message: 'expected "NNNNN CODE    F short title" in fixed columns (order number, code, billable flag)' });
      continue;
    }
    if (!dotlessCodePattern.test(code)) {
      problems.push({ line: lineNumber, message: `"${code}" is not a dotless ICD-10-CM code` });
      continue;
    }
    if (flag !== '0' && flag !== '1') {
      problems.push({ line: lineNumber, message: `billable flag of ${code} must be 0 or 1, found "${flag}"` });
      continue;
    }
    const shortTitle = line.slice(16, 76).trim();
    const longTitle = line.slice(77).trim();
    if (longTitle === '') {
      problems.push({ line: lineNumber, message: `code ${code} has no long title` });
      continue;
    }
    entries.push({ order: Number(orderText), code, billable: flag === '1', shortTitle, longTitle });
  }
  return { entries, problems };
}
