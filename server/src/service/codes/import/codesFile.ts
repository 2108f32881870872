import { dotlessCodePattern, splitLines, stripBom } from './problems';
import type { ImportProblem } from './problems';

/**
 * Importer for the official "codes" file (`icd10cm-codes-YYYY.txt`): one billable code per line,
 * the dotless code left-justified and padded with spaces to 8 characters, then the long title.
 */

/** One billable code and its long title. */
export interface CodesFileEntry {
  readonly code: string;
  readonly title: string;
}

/** The billable codes of a codes file, in file order, and the lines that could not be read. */
export interface CodesFileResult {
  readonly entries: readonly CodesFileEntry[];
  readonly problems: readonly ImportProblem[];
}

/** Parses the text of an official codes file. Blank lines are skipped; duplicates are reported. */
export function parseCodesFile(text: string): CodesFileResult {
  const entries: CodesFileEntry[] = [];
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const lines = splitLines(stripBom(text));
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as string;
    if (line.trim() === '') continue;
    const lineNumber = index + 1;
    // The title starts at column 9; a 7-character code is followed by a single space.
    const code = line.slice(0, 8).trimEnd();
    const title = line.slice(8).trim();
    if (!dotlessCodePattern.test(code)) {
      problems.push({ line: lineNumber, message: `expected a dotless ICD-10-CM code padded to 8 characters, found "${line.slice(0, 20)}"` });
      continue;
    }
    if (title === '') {
      problems.push({ line: lineNumber, message: `code ${code} has no title` });
      continue;
    }
    if (seen.has(code)) {
      problems.push({ line: lineNumber, message: `code ${code} is listed twice` });
      continue;
    }
    seen.add(code);
    entries.push({ code, title });
  }
  return { entries, problems };
}
